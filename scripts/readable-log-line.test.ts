import { describe, expect, it } from 'vitest';
import { readableLogLine } from './readable-log-line';

describe('readableLogLine', () => {
  it("shows a pino line in words, Hà Nội's time and its request", () => {
    const line = JSON.stringify({
      level: 40,
      time: '2026-12-04T19:59:58.425Z',
      service: 'backend',
      requestId: 'req-42',
      msg: 'recent verdicts: Redis failed',
    });
    expect(readableLogLine(line)).toBe('02:59:58 warn  recent verdicts: Redis failed (request req-42)');
  });

  it('says what an access line asked and answered', () => {
    const line = JSON.stringify({
      level: 30,
      time: '2026-12-04T20:05:56.000Z',
      requestId: 'look-here-1',
      req: { method: 'GET', url: '/san-pham' },
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(readableLogLine(line)).toBe(
      '03:05:56 info  request completed GET /san-pham 200 (request look-here-1)',
    );
  });

  it("puts an error's stack below it, and leaves anything else as it is", () => {
    const line = JSON.stringify({
      level: 50,
      time: 0,
      msg: 'request failed',
      err: { stack: 'Error: boom\n  at x' },
    });
    expect(readableLogLine(line)).toBe('07:00:00 error request failed\n    Error: boom\n      at x');
    for (const other of ['registry listening on http://localhost:4000', '{not json', '{"a":1}']) {
      expect(readableLogLine(other)).toBe(other);
    }
  });
});
