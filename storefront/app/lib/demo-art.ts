// Artwork for the demo catalog: the demo data has no real photos, and the machines it runs on
// have no internet, so each demo product gets a drawn package with its name instead.

const PALETTES = [
  ['#0f5132', '#2e8b57', '#f6c445'],
  ['#7c2d12', '#c2410c', '#fde68a'],
  ['#1e3a8a', '#2563eb', '#fef3c7'],
  ['#581c87', '#9333ea', '#fce7f3'],
  ['#134e4a', '#0d9488', '#fef9c3'],
  ['#7f1d1d', '#b91c1c', '#fee2e2'],
  ['#3f6212', '#65a30d', '#ecfccb'],
  ['#78350f', '#b45309', '#ffedd5'],
] as const;

function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Splits a name into at most three lines of about `width` characters. */
function lines(name: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/)) {
    if (`${line} ${word}`.trim().length > width && line) {
      out.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) out.push(line);
  return out.slice(0, 3);
}

export function demoArtSvg(rawName: string): string {
  const name = rawName.normalize('NFC').slice(0, 80);
  const h = hash(name);
  const [dark, mid, light] = PALETTES[h % PALETTES.length] ?? PALETTES[0];
  const jar = h % 2 === 0;
  const label = lines(name, 16)
    .map((l, i) => `<text x="400" y="${660 + i * 44}" class="n">${escapeXml(l)}</text>`)
    .join('');
  const vessel = jar
    ? `<rect x="280" y="170" width="240" height="60" rx="14" fill="${dark}"/>
       <rect x="250" y="220" width="300" height="330" rx="60" fill="${light}" stroke="${dark}" stroke-width="10"/>`
    : `<path d="M270 200 L530 200 L560 550 Q400 585 240 550 Z" fill="${light}" stroke="${dark}" stroke-width="10"/>
       <rect x="300" y="180" width="200" height="36" rx="10" fill="${dark}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${mid}"/><stop offset="1" stop-color="${dark}"/></linearGradient>
<style>.n{font:600 40px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:#fff;text-anchor:middle}</style></defs>
<rect width="800" height="800" fill="url(#g)"/>
<circle cx="${120 + (h % 560)}" cy="${90 + ((h >> 8) % 120)}" r="${60 + ((h >> 4) % 60)}" fill="#fff" opacity=".08"/>
${vessel}
<circle cx="400" cy="385" r="78" fill="${dark}"/>
<path d="M400 330l15 31 34 5-25 24 6 34-30-16-30 16 6-34-25-24 34-5z" fill="#f6c445"/>
${label}
</svg>`;
}
