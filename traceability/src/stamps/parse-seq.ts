import { MAX_SEQ } from '@ocop/domain';
import { notFound } from '../http/app-error';

/** A unit's sequence number from a path; anything else is simply not a stamp we issued. */
export function parseSeq(value: string | undefined): number {
  const seq = value && /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
  if (!(seq >= 0 && seq <= MAX_SEQ)) throw notFound('The stamp');
  return seq;
}
