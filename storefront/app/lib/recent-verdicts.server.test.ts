import { describe, expect, it } from 'vitest';
import { recallVerdict, rememberVerdict } from './recent-verdicts.server';

describe('recent verdicts', () => {
  const outcome = { kind: 'unknown', status: 404, message: null } as const;

  it('recalls a verdict by its id for the same stamp path only, for fifteen minutes', () => {
    const at = Date.parse('2026-12-01T10:00:00Z');
    const id = rememberVerdict('/ocop/AG1/10/L1/21/abc', outcome, at);
    expect(recallVerdict(id, '/ocop/AG1/10/L1/21/abc', at + 60_000)).toEqual(outcome);
    expect(recallVerdict(id, '/ocop/AG1/10/L1/21/abd', at + 60_000)).toBeNull();
    expect(recallVerdict('not-an-id', '/ocop/AG1/10/L1/21/abc', at)).toBeNull();
    expect(recallVerdict(id, '/ocop/AG1/10/L1/21/abc', at + 15 * 60_000 + 1)).toBeNull();
    // Expired entries are gone for good.
    expect(recallVerdict(id, '/ocop/AG1/10/L1/21/abc', at)).toBeNull();
  });

  it('stays bounded: the oldest entries make room', () => {
    const first = rememberVerdict('/p/first', outcome);
    for (let i = 0; i < 5_000; i++) rememberVerdict(`/p/${i}`, outcome);
    expect(recallVerdict(first, '/p/first')).toBeNull();
  });
});
