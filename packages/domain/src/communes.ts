import { z } from 'zod';
import communesJson from '../data/communes-2025.json';
import { deepFreeze } from './deep-freeze';
import { foldVietnamese } from './fold-vietnamese';

// The 3,321 communes (xã, phường, đặc khu) of the 34 provinces since 1 July 2025 with their
// statistics-office codes, from data/communes-2025.json. An address stores the code beside the
// name; names are compared folded, because tone marks sit in two places in real use (Hoà / Hòa).

export const COMMUNE_KINDS = {
  xa: { vi: 'Xã', en: 'Commune' },
  phuong: { vi: 'Phường', en: 'Ward' },
  dac_khu: { vi: 'Đặc khu', en: 'Special zone' },
} as const;
export type CommuneKind = keyof typeof COMMUNE_KINDS;

export interface Commune {
  /** Five-digit statistics-office code, unique in the country. */
  code: string;
  /** "Hoà An", as the data set spells it. */
  name: string;
  /** "Xã Hoà An". */
  fullName: string;
  kind: CommuneKind;
  provinceCode: string;
  /** The province's name as PROVINCES spells it ("An Giang"). */
  province: string;
}

const CommuneCode = z.string().regex(/^\d{5}$/);

const CommunesFileSchema = z.looseObject({
  source: z.string(),
  provinces: z.array(
    z.strictObject({
      code: z.string().regex(/^\d{2}$/),
      name: z.string().min(1),
      fullName: z.string().min(1),
      communes: z.array(
        z.strictObject({ code: CommuneCode, name: z.string().min(1), fullName: z.string().min(1) }),
      ),
    }),
  ),
});

interface CommuneIndex {
  all: readonly Commune[];
  byCode: ReadonlyMap<string, Commune>;
  byFoldedName: ReadonlyMap<string, readonly Commune[]>;
}

let index: CommuneIndex | undefined;

function communeIndex(): CommuneIndex {
  if (index) return index;
  const file = CommunesFileSchema.parse(communesJson);
  const all = deepFreeze(
    file.provinces.flatMap((p) =>
      p.communes.map((c) => ({ ...c, kind: kindOf(c.fullName), provinceCode: p.code, province: p.name })),
    ),
  );
  const byFoldedName = new Map<string, Commune[]>();
  for (const c of all) {
    for (const key of new Set([foldVietnamese(c.name), foldVietnamese(c.fullName)])) {
      byFoldedName.set(key, [...(byFoldedName.get(key) ?? []), c]);
    }
  }
  index = { all, byCode: new Map(all.map((c) => [c.code, c])), byFoldedName };
  return index;
}

function kindOf(fullName: string): CommuneKind {
  const folded = foldVietnamese(fullName);
  if (folded.startsWith('phuong ')) return 'phuong';
  if (folded.startsWith('dac khu ')) return 'dac_khu';
  if (folded.startsWith('xa ')) return 'xa';
  throw new RangeError(`Commune "${fullName}" is neither a xã, a phường nor a đặc khu`);
}

/** Every commune, province by province in the data set's order. */
export function listCommunes(): readonly Commune[] {
  return communeIndex().all;
}

export function findCommune(code: string): Commune | undefined {
  return communeIndex().byCode.get(code.trim());
}

/**
 * Communes whose name or full name ("Xã Hoà An") matches, ignoring case, tones, marks and their
 * placement, optionally in one province. Names repeat across provinces, hence a list; exact
 * spellings come first.
 */
export function findCommunesByName(name: string, province?: string): Commune[] {
  const found = communeIndex().byFoldedName.get(foldVietnamese(name)) ?? [];
  const inProvince = province === undefined ? found : found.filter((c) => sameProvince(c, province));
  const exact = name.normalize('NFC').trim();
  return [...inProvince].sort((a, b) => Number(isSpelled(b, exact)) - Number(isSpelled(a, exact)));
}

/** The communes of a province, by its name (folded) or its two-digit code. */
export function communesOfProvince(province: string): Commune[] {
  return communeIndex().all.filter((c) => sameProvince(c, province));
}

/**
 * What is wrong with a commune code (optionally: for that province), or null when it is a real
 * commune there. For forms and imports: the message says what to fix.
 */
export function communeProblem(code: string, province?: string): string | null {
  if (!CommuneCode.safeParse(code).success) return `A commune code has five digits, got "${code}"`;
  const commune = findCommune(code);
  if (!commune) return `No commune has code ${code} (codes of 1 July 2025)`;
  if (province !== undefined && !sameProvince(commune, province)) {
    return `Commune ${code} (${commune.fullName}) is in ${commune.province}, not ${province}`;
  }
  return null;
}

/** A commune code that names a real commune, for zod schemas of forms and API bodies. */
export const CommuneCodeSchema = z.string().superRefine((code, ctx) => {
  const problem = communeProblem(code);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

function sameProvince(c: Commune, province: string): boolean {
  return c.provinceCode === province.trim() || foldVietnamese(c.province) === foldVietnamese(province);
}

function isSpelled(c: Commune, exact: string): boolean {
  return c.name === exact || c.fullName === exact;
}

export type CommuneRefusal = 'unknown_commune' | 'ambiguous_commune' | 'commune_not_in_province';

export type CommuneResolution =
  | { ok: true; commune: Commune }
  | { ok: false; code: CommuneRefusal; message: string; candidates: Commune[] };

/**
 * The commune an address names, by its code or by its name as a person typed it ("chau doc",
 * "Phường Châu Đốc"), in the given province. When both are given they must agree. The refusal
 * says what to fix, in Vietnamese and English, and lists the near candidates a form can offer.
 */
export function resolveCommune(input: {
  province: string;
  code?: string | null;
  name?: string | null;
}): CommuneResolution {
  const { province } = input;
  const code = input.code?.trim() || null;
  const name = input.name?.trim() || null;
  if (code) {
    const commune = findCommune(code);
    if (!commune) {
      return refuse(
        'unknown_commune',
        `Không có xã/phường mã ${code} / No commune has code ${code} (codes of 1 July 2025)`,
      );
    }
    if (!sameProvince(commune, province)) {
      return refuse(
        'commune_not_in_province',
        `${commune.fullName} (${code}) thuộc ${commune.province}, không thuộc ${province} / is in ${commune.province}, not ${province}`,
      );
    }
    if (name && !findCommunesByName(name, province).some((c) => c.code === code)) {
      return refuse(
        'unknown_commune',
        `Mã ${code} là ${commune.fullName}, không phải "${name}" / Code ${code} is ${commune.fullName}, not "${name}"`,
      );
    }
    return { ok: true, commune };
  }
  if (!name) return refuse('unknown_commune', 'Cần tên hoặc mã xã/phường / A commune name or code is needed');
  const found = findCommunesByName(name, province);
  if (found.length === 1) return { ok: true, commune: found[0] as Commune };
  if (found.length > 1) {
    return refuse(
      'ambiguous_commune',
      `Có ${found.length} xã/phường tên "${name}" ở ${province}: chọn theo mã / ${found.length} communes of ${province} are named "${name}": give its code`,
      found,
    );
  }
  const elsewhere = findCommunesByName(name);
  return refuse(
    elsewhere.length > 0 ? 'commune_not_in_province' : 'unknown_commune',
    elsewhere.length > 0
      ? `"${name}" không thuộc ${province} (có ở ${[...new Set(elsewhere.map((c) => c.province))].join(', ')}) / "${name}" is not in ${province}`
      : `${province} không có xã/phường "${name}" (danh mục 01/07/2025) / ${province} has no commune "${name}" (list of 1 July 2025)`,
    elsewhere,
  );
}

function refuse(code: CommuneRefusal, message: string, candidates: Commune[] = []): CommuneResolution {
  return { ok: false, code, message, candidates };
}
