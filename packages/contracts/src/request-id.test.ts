import { describe, expect, it } from 'vitest';
import { acceptRequestId } from './request-id';

describe('acceptRequestId', () => {
  it('keeps ids that are safe to log and echo', () => {
    for (const id of ['5f0c6a4e-8a51-4d3e-9d57-0c1b2f3e4a5b', 'req_01HXYZABCDEF', 'trace:1234.5678']) {
      expect(acceptRequestId(id)).toBe(id);
    }
    expect(acceptRequestId(['abcdefgh-1', 'other-id-2'])).toBe('abcdefgh-1');
  });

  it('drops what could forge a log line or a header', () => {
    for (const bad of [
      '',
      'a\nlevel=error',
      'x'.repeat(129),
      'id with spaces',
      '<script>',
      null,
      undefined,
    ]) {
      expect(acceptRequestId(bad)).toBeNull();
    }
  });
});
