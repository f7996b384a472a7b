import { describe, expect, it } from 'vitest';
import { requestedVerdictVersion, toVerdictV1, toVerdictVersion, VERDICTS, VERDICTS_V1 } from './verdict';

const headers = (h: Record<string, string>) => new Headers(h);

describe('verdict contract versions', () => {
  it('answers version 1 to clients that name none, so they keep working', () => {
    expect(requestedVerdictVersion(headers({ accept: 'application/json' }))).toBe(1);
    expect(requestedVerdictVersion(headers({}))).toBe(1);
    expect(requestedVerdictVersion(headers({ 'ocop-verdict-version': 'x' }))).toBe(1);
  });

  it('answers version 2 when asked by header or by an Accept parameter', () => {
    expect(requestedVerdictVersion(headers({ 'ocop-verdict-version': '2' }))).toBe(2);
    expect(requestedVerdictVersion(headers({ accept: 'application/json; version=2' }))).toBe(2);
    expect(requestedVerdictVersion(headers({ accept: 'application/json;version="2"' }))).toBe(2);
  });

  it('answers version 3 when asked, and the newest it has to a newer client', () => {
    expect(requestedVerdictVersion(headers({ 'ocop-verdict-version': '3' }))).toBe(3);
    expect(requestedVerdictVersion(headers({ accept: 'application/json; version=3' }))).toBe(3);
    expect(requestedVerdictVersion(headers({ 'ocop-verdict-version': '9' }))).toBe(3);
  });

  it('says an extended certificate as expiring to version 1 and 2 clients, and nothing else changes', () => {
    const body = { verdict: 'genuine' as const, certificate: { status: 'extended', number: 'AG-1' } };
    expect(toVerdictVersion(body, 3)).toBe(body);
    expect(toVerdictVersion(body, 2)).toEqual({
      ...body,
      certificate: { status: 'expiring', number: 'AG-1' },
    });
    expect(toVerdictVersion({ verdict: 'batch_info' as const, certificate: null }, 1)).toEqual({
      verdict: 'genuine_seen_before',
      certificate: null,
    });
    const active = { verdict: 'genuine' as const, certificate: { status: 'active' } };
    expect(toVerdictVersion(active, 2)).toEqual(active);
  });

  it('never turns a batch code into genuine for version-1 clients, and leaves the rest alone', () => {
    expect(VERDICTS).toContain('batch_info');
    expect(VERDICTS_V1).not.toContain('batch_info');
    expect(toVerdictV1('batch_info')).toBe('genuine_seen_before');
    for (const v of VERDICTS_V1) expect(toVerdictV1(v)).toBe(v);
  });
});
