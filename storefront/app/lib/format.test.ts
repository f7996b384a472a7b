import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatVnd, groupName, sectorName } from './format';

describe('formatting for Vietnamese shoppers', () => {
  it('writes integer đồng the Vietnamese way', () => {
    expect(formatVnd(125000)).toBe('125.000\u00a0₫');
    expect(formatVnd(30000)).toBe('30.000\u00a0₫');
  });

  it('shows dates and times in Asia/Ho_Chi_Minh, whatever the server zone', () => {
    // 17:30 UTC on 23 Nov is already 24 Nov in Vietnam.
    expect(formatDate('2026-11-23T17:30:00Z', 'vi')).toBe('24/11/2026');
    expect(formatDate('2026-11-23T17:30:00Z', 'en')).toBe('24 Nov 2026');
    expect(formatDateTime('2026-11-23T17:30:00Z', 'vi')).toBe('00:30, 24/11/2026');
    expect(formatDate(null, 'vi')).toBe('');
  });

  it('names sectors and groups in the visitor’s language', () => {
    expect(sectorName('food', 'vi')).toBe('Thực phẩm');
    expect(sectorName('food', 'en')).toBe('Food');
    expect(groupName('fresh_food', 'en')).toBe('Fresh food');
    expect(groupName('no_such_group', 'vi')).toBe('no_such_group');
  });
});
