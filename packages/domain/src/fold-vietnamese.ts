// Vietnamese text arrives both precomposed (NFC, most keyboards) and decomposed (NFD, macOS file
// names, some IMEs); the same word in two forms must compare equal, so we normalise at the edges.

export function toNfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Search key without tones or marks, so "nuoc mam" finds "Nước mắm". đ is a separate letter,
 * not d plus a mark, so Unicode decomposition leaves it alone and it is mapped explicitly.
 */
export function foldVietnamese(s: string): string {
  return toNfc(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/gu, ' ')
    .trim();
}
