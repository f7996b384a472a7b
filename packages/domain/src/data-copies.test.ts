import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The package carries its own copies so it works without the shared folder; when the folder is
// there, the copies must be the same bytes, or an official's correction has not been brought over.
// The shared folder sits beside the checkout (../shared/domain from the repository's root).
const SHARED = fileURLToPath(new URL('../../../../shared/domain', import.meta.url));
const FILES = ['scorecards-qd26-2026.json', 'communes-2025.json'];
const shared = existsSync(SHARED);

const title = shared
  ? `data/ copies equal ${SHARED}`
  : `data/ copies equal ${SHARED} — skipped: that folder is absent on this machine`;

describe.skipIf(!shared)(title, () => {
  it.each(FILES)('%s is byte for byte the shared file', (name) => {
    const ours = readFileSync(new URL(`../data/${name}`, import.meta.url));
    const theirs = readFileSync(`${SHARED}/${name}`);
    expect(ours.equals(theirs)).toBe(true);
  });
});

describe('data/', () => {
  it.each(FILES)('%s is present and is JSON', (name) => {
    const text = readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8');
    expect(() => JSON.parse(text)).not.toThrow();
  });
});
