import { resolveCommune } from '@ocop/domain';
import { z } from 'zod';
import { AppError } from '../http/app-error';

/** Text as the registry stores it: NFC, trimmed (primer: Unicode NFC). */
export const nfc = (s: string) => s.normalize('NFC').trim();

/**
 * Where a producer is, as a client gives it: the commune by its official code, by its name (as a
 * person typed it: tones and case do not matter), or both. At least one is needed.
 */
export const CommuneFields = {
  commune: z.string().min(2).max(100).transform(nfc).optional(),
  communeCode: z
    .string()
    .regex(/^\d{5}$/, 'a five-digit commune code (communes of 1 July 2025)')
    .optional(),
};

/**
 * The commune the registry stores: the official spelling and its code. A commune that is not on
 * the 2025 list, or not in the province, is refused with its own code and the near candidates.
 */
export function placeProducer(input: { province: string; commune?: string; communeCode?: string }): {
  commune: string;
  communeCode: string;
} {
  const found = resolveCommune({ province: input.province, code: input.communeCode, name: input.commune });
  if (!found.ok) {
    throw new AppError(found.code, found.message, {
      candidates: found.candidates.slice(0, 10).map((c) => ({
        code: c.code,
        name: c.fullName,
        province: c.province,
      })),
    });
  }
  return { commune: found.commune.fullName, communeCode: found.commune.code };
}
