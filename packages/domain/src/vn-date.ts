export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Vietnam has used a fixed UTC+7 without daylight saving since 1975, so calendar arithmetic can
// shift by a constant instead of depending on the ICU time-zone data bundled with the runtime.
export const VN_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;
/** The same offset as ISO 8601 and EPCIS write it. */
export const VN_UTC_OFFSET = '+07:00';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The same instant as a Date whose UTC fields read as Vietnamese wall-clock time. Only for
 * reading fields with getUTC*; it is not the real instant.
 */
export function toVnWallClock(d: Date): Date {
  assertValidDate(d);
  return new Date(d.getTime() + VN_UTC_OFFSET_MS);
}

/** Inverse of toVnWallClock: a wall-clock reading in Vietnam back to the real instant. */
export function fromVnWallClock(wallClock: Date): Date {
  return new Date(wallClock.getTime() - VN_UTC_OFFSET_MS);
}

/** 'YYYY-MM-DD' of the Vietnamese calendar day: what a producer or official calls "the date". */
export function vnDate(d: Date): string {
  return toVnWallClock(d).toISOString().slice(0, 10);
}

/**
 * The instant a Vietnamese calendar day begins (00:00 in Hà Nội), `addDays` after the day `d`
 * falls on. Deadlines counted in days ("180 ngày") run on these days, not on UTC's.
 */
export function startOfVnDay(d: Date, addDays = 0): Date {
  if (!Number.isInteger(addDays)) throw new RangeError(`Days must be an integer, got ${addDays}`);
  const local = toVnWallClock(d);
  return fromVnWallClock(
    new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + addDays)),
  );
}

export function formatVnDate(d: Date, locale: 'vi' | 'en' = 'vi'): string {
  const local = toVnWallClock(d);
  const day = local.getUTCDate();
  const month = local.getUTCMonth();
  const year = local.getUTCFullYear();
  if (locale === 'en') return `${day} ${EN_MONTHS[month]} ${year}`;
  return `${pad2(day)}/${pad2(month + 1)}/${year}`;
}

/** Time and date in Vietnam, as the pages show them: "08:05, 23/11/2026" (English: "08:05, 23 Nov 2026"). */
export function formatVnDateTime(d: Date, locale: 'vi' | 'en' = 'vi'): string {
  const local = toVnWallClock(d);
  return `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}, ${formatVnDate(d, locale)}`;
}

/**
 * The instant in ISO 8601 at Vietnam's offset, to the second: "2026-11-23T08:05:00+07:00". For
 * exports people read beside plain dates (Circular 02), where a UTC "Z" time looks a day off.
 */
export function toVnIsoString(d: Date): string {
  return `${toVnWallClock(d).toISOString().slice(0, 19)}${VN_UTC_OFFSET}`;
}

export function assertValidDate(d: Date): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    throw new RangeError(`Expected a valid Date, got ${String(d)}`);
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
