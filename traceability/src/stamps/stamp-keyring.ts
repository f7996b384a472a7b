import { createStampKey, type StampKey } from '@ocop/domain';

/** All keys that still verify printed stamps, and the one new stamps are signed with. */
export interface StampKeyring {
  active: StampKey;
  find(id: string): StampKey | undefined;
}

/** Parses `A:base64secret,B:base64secret`. */
export function parseStampKeys(spec: string, activeId: string): StampKeyring {
  const keys = new Map<string, StampKey>();
  for (const pair of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const at = pair.indexOf(':');
    if (at !== 1) throw new Error(`STAMP_KEYS entry "${pair.slice(0, 3)}…" must look like A:base64secret`);
    const id = pair.slice(0, 1);
    keys.set(id, createStampKey(id, Buffer.from(pair.slice(2), 'base64')));
  }
  const active = keys.get(activeId);
  if (!active) throw new Error(`STAMP_ACTIVE_KEY_ID "${activeId}" is not among STAMP_KEYS`);
  return { active, find: (id) => keys.get(id) };
}
