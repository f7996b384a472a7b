import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps paths on this site', () => {
    expect(safeNext('/tai-khoan')).toBe('/tai-khoan');
    expect(safeNext('/san-pham?q=mam')).toBe('/san-pham?q=mam');
  });

  it('refuses other sites, however they are written', () => {
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'evil',
      '',
      null,
      undefined,
    ]) {
      expect(safeNext(bad)).toBeNull();
    }
  });
});
