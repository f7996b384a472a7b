import { describe, expect, it } from 'vitest';
import { CERTIFIED_STARS, isCertifiedStars, MAX_STARS, MIN_CERTIFIED_STARS } from './certified-stars';

describe('certified stars', () => {
  it('are 3, 4 and 5, nothing else', () => {
    expect(CERTIFIED_STARS).toEqual([3, 4, 5]);
    expect([MIN_CERTIFIED_STARS, MAX_STARS]).toEqual([3, 5]);
    expect([0, 1, 2, 3, 4, 5, 6, 3.5, '4', null].map(isCertifiedStars)).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
