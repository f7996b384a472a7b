import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * postgres.js 3.4's connection queues (src/queue.js) are patched (patches/postgres+3.4.9.patch,
 * decision 018): unpatched, a queue that is shifted and removed from, as the pool does under
 * pipelining, keeps every shifted slot as a hole and scans them all on each remove. The patch is
 * applied by `patch-package` on `npm install`; this test fails if it was not (or no longer applies
 * after an upgrade), and checks the patched queue still behaves as a queue.
 */
interface Queue<T> {
  readonly length: number;
  push(x: T): T;
  shift(): T | undefined;
  remove(x: T): T | null;
}

// The package's CommonJS entry is cjs/src/index.js (its exports map hides package.json).
const root = join(dirname(createRequire(import.meta.url).resolve('postgres')), '..', '..');
const flavours = ['src/queue.js', 'cjs/src/queue.js', 'cf/src/queue.js'];

async function loadQueue(): Promise<<T>(initial?: T[]) => Queue<T>> {
  const module = await import(pathToFileURL(join(root, 'src/queue.js')).href);
  return module.default;
}

describe('postgres.js queue patch', () => {
  it.each(flavours)('is applied to %s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toContain('xs.indexOf(x, index)');
    expect(text).toContain('xs = xs.slice(index)');
  });

  it('keeps order, length and removal as before', async () => {
    const Queue = await loadQueue();
    const q = Queue<string>(['a']);
    q.push('b');
    q.push('c');
    expect(q.length).toBe(3);
    expect(q.shift()).toBe('a');
    expect(q.remove('a')).toBeNull();
    expect(q.remove('c')).toBe('c');
    expect(q.length).toBe(1);
    expect(q.shift()).toBe('b');
    expect(q.length).toBe(0);
    expect(q.shift()).toBeUndefined();
  });

  it('stays a queue through the pool pattern (shift to pipeline, remove when done)', async () => {
    const Queue = await loadQueue();
    const q = Queue<number>();
    const model: number[] = [];
    let next = 0;
    for (let round = 0; round < 50_000; round++) {
      // Four connections: busy ones are shifted for pipelining, pushed back, removed when idle.
      while (model.length < 4) {
        q.push(next);
        model.push(next++);
      }
      const shifted = q.shift() as number;
      expect(shifted).toBe(model.shift());
      q.push(shifted);
      model.push(shifted);
      const gone = model[round % model.length] as number;
      expect(q.remove(gone)).toBe(gone);
      model.splice(model.indexOf(gone), 1);
      expect(q.length).toBe(model.length);
    }
    const drained: number[] = [];
    while (q.length > 0) drained.push(q.shift() as number);
    expect(drained).toEqual(model);
  });
});
