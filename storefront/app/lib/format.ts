import { findProductGroup, formatVnDate, formatVnDateTime, formatVnd, SECTORS } from '@ocop/domain/client';
import type { Language } from '../i18n/i18n';

export { formatVnd };

/** A calendar date as people in Vietnam read it: 23/11/2026, or 23 Nov 2026 in English. */
export function formatDate(iso: string | Date | null | undefined, lng: Language): string {
  if (!iso) return '';
  return formatVnDate(typeof iso === 'string' ? new Date(iso) : iso, lng);
}

/** Date and time in Asia/Ho_Chi_Minh: 08:05, 23/11/2026. */
export function formatDateTime(iso: string | null | undefined, lng: Language): string {
  if (!iso) return '';
  return formatVnDateTime(new Date(iso), lng);
}

export function sectorName(code: string | null | undefined, lng: Language): string {
  const sector = SECTORS.find((s) => s.code === code);
  return sector ? sector[lng] : (code ?? '');
}

export function groupName(code: string | null | undefined, lng: Language): string {
  const group = code ? findProductGroup(code) : undefined;
  return group ? group[lng] : (code ?? '');
}
