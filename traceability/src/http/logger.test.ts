import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { AppError } from './app-error';
import { errorAnswer } from './handle-error';
import { createLogger } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, log: createLogger('debug', stream as never) };
}

describe('the registry log', () => {
  it('writes a failure as one JSON line with the request id the client was answered with', () => {
    const { lines, log } = capture();
    const answer = errorAnswer(new Error('disk on fire', { cause: new Error('ENOSPC') }), 'req-42', log);
    expect(answer).toMatchObject({ status: 500, body: { error: { code: 'internal', requestId: 'req-42' } } });
    expect(JSON.stringify(answer.body)).not.toContain('disk on fire');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      service: 'registry',
      requestId: 'req-42',
      msg: 'request failed',
      err: { message: expect.stringContaining('disk on fire'), stack: expect.stringContaining('Error') },
    });
    expect(String(lines[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("logs nothing for a client's own mistake (an AppError is an answer, not a failure)", () => {
    const { lines, log } = capture();
    expect(errorAnswer(new AppError('not_found', 'No such stamp.'), 'req-1', log).status).toBe(404);
    expect(lines).toEqual([]);
  });
});

describe('with LOG_LEVEL=debug', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await createTestRegistry();
  });
  afterAll(() => registry.close());

  it('logs each request with its id, method, path, status and time', async () => {
    const { lines, log } = capture();
    registry.deps.log = log;
    const r = await registry.request('GET', '/v1/producers/not-a-uuid', {
      headers: { 'x-request-id': 'req-7' },
    });
    expect(r.status).toBe(401);
    expect(r.headers.get('x-request-id')).toBe('req-7');
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 20,
        requestId: 'req-7',
        method: 'GET',
        path: '/v1/producers/not-a-uuid',
        status: 401,
      }),
    );
  });
});
