import { describe, expect, it } from 'vitest';
import {
  findProductSet,
  PRODUCT_GROUPS,
  PRODUCT_SETS,
  productSetsOf,
  type SectorCode,
  scorecardSetIdFor,
} from './product-groups';
import { findScorecardSet, scorecardSets, scorecardsQd26 } from './scorecard-sets';

// The criteria file names sectors in the singular; our codes are stored on products already.
const SECTOR_OF_CATEGORY: Record<string, SectorCode> = {
  food: 'food',
  beverage: 'beverages',
  herbal: 'herbal',
  handicraft: 'handicrafts',
  ornamental: 'ornamental',
  tourism: 'tourism',
};

describe('PRODUCT_SETS: product groups → the 26 criteria sets of Decision 26', () => {
  it('names every set of the criteria file exactly once, in sheet order', () => {
    expect(PRODUCT_SETS.map((s) => s.setId)).toEqual(scorecardSets().map((s) => s.group));
    expect(PRODUCT_SETS.map((s) => s.setNo)).toEqual(scorecardSets().map((s) => s.set_no));
  });

  it.each(PRODUCT_SETS.map((s) => [s.setId, s] as const))(
    '%s: same name and sector as its sheet',
    (id, s) => {
      const sheet = findScorecardSet(id);
      expect(sheet?.name_vi).toBe(`Bộ sản phẩm: ${s.vi}`);
      const group = PRODUCT_GROUPS.find((g) => g.code === s.group);
      expect(group).toBeDefined();
      expect(SECTOR_OF_CATEGORY[sheet?.category ?? '']).toBe(group?.sector);
      expect(s.en.trim()).not.toBe('');
    },
  );

  it('gives every group at least one set, and every set is reachable from its group', () => {
    for (const g of PRODUCT_GROUPS) expect(productSetsOf(g.code).length, g.code).toBeGreaterThan(0);
    const reachable = PRODUCT_GROUPS.flatMap((g) => productSetsOf(g.code).map((s) => s.setId));
    expect(new Set(reachable).size).toBe(26);
  });

  it('labels each group as Phụ lục I of Decision 26 does', () => {
    const pl1 = scorecardsQd26().framework.classification_pl1 as Array<{ group_vi: string }>;
    for (const s of PRODUCT_SETS) {
      const label = PRODUCT_GROUPS.find((g) => g.code === s.group)?.vi;
      expect(label?.toLowerCase()).toBe(pl1[s.setNo - 1]?.group_vi.toLowerCase());
    }
  });
});

describe('scorecardSetIdFor', () => {
  it('answers the only set of a one-set group without being told', () => {
    expect(scorecardSetIdFor('coffee_cocoa')).toBe('food.coffee_cocoa');
    expect(scorecardSetIdFor('community_tourism')).toBe('tourism.community_eco_tourism_sites');
  });

  it('needs the set when a group has several, and checks it belongs to the group', () => {
    expect(productSetsOf('spices').map((s) => s.setNo)).toEqual([9, 10]);
    expect(scorecardSetIdFor('spices')).toBeUndefined();
    expect(scorecardSetIdFor('spices', 'food.condiments.sauces_fish_sauce_liquid')).toBe(
      'food.condiments.sauces_fish_sauce_liquid',
    );
    expect(scorecardSetIdFor('tea', 'food.condiments.sauces_fish_sauce_liquid')).toBeUndefined();
    expect(scorecardSetIdFor('nope')).toBeUndefined();
  });

  it('finds a set by id', () => {
    expect(findProductSet('food.condiments.sauces_fish_sauce_liquid')).toMatchObject({
      setNo: 9,
      group: 'spices',
    });
    expect(findProductSet('toString')).toBeUndefined();
  });
});
