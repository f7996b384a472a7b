import { SHOPPER_ERROR_CODES } from '@ocop/contracts/client';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';

describe("the backend's error codes in the shopper's words", () => {
  it('has a Vietnamese and an English sentence for every shopper code, and no stale ones', () => {
    for (const dictionary of [vi, en]) {
      expect(Object.keys(dictionary.apiErrors).sort()).toEqual([...SHOPPER_ERROR_CODES].sort());
      for (const text of Object.values(dictionary.apiErrors)) expect(text.length).toBeGreaterThan(5);
    }
    // Not the backend's English passed through: the Vietnamese sentences are Vietnamese.
    expect(vi.apiErrors.insufficient_inventory).not.toBe(en.apiErrors.insufficient_inventory);
  });
});
