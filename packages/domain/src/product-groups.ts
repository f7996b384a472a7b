// Product classification of Decision 26/2026/QĐ-TTg, Phụ lục I (the same 6 sectors (ngành) and
// 17 groups (nhóm) as Decision 148), and below the groups the 26 product sets (bộ sản phẩm) of
// Phụ lục II: a product is scored on its set's criteria sheet, so the set is what a scorecard is
// chosen by. Group codes are stored on products: they never change, labels may.

export const SECTORS = [
  { code: 'food', vi: 'Thực phẩm', en: 'Food' },
  { code: 'beverages', vi: 'Đồ uống', en: 'Beverages' },
  { code: 'herbal', vi: 'Dược liệu và sản phẩm từ dược liệu', en: 'Medicinal herbs and herbal products' },
  { code: 'handicrafts', vi: 'Thủ công mỹ nghệ', en: 'Handicrafts' },
  { code: 'ornamental', vi: 'Sinh vật cảnh', en: 'Ornamental plants and animals' },
  {
    code: 'tourism',
    vi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    en: 'Community tourism, eco-tourism and destinations',
  },
] as const;

export type SectorCode = (typeof SECTORS)[number]['code'];

export interface Sector {
  code: SectorCode;
  vi: string;
  en: string;
}

// `stampable` is false for tourism: a service has no production batches, so no batch QR or
// unit stamps can be issued for it, although it can still be listed and certified.
export const PRODUCT_GROUPS = [
  { code: 'fresh_food', sector: 'food', vi: 'Thực phẩm tươi sống', en: 'Fresh food', stampable: true },
  {
    code: 'raw_food',
    sector: 'food',
    vi: 'Thực phẩm thô, sơ chế',
    en: 'Raw or pre-processed food',
    stampable: true,
  },
  { code: 'processed_food', sector: 'food', vi: 'Thực phẩm chế biến', en: 'Processed food', stampable: true },
  { code: 'spices', sector: 'food', vi: 'Gia vị', en: 'Spices', stampable: true },
  { code: 'tea', sector: 'food', vi: 'Chè', en: 'Tea', stampable: true },
  { code: 'coffee_cocoa', sector: 'food', vi: 'Cà phê, ca cao', en: 'Coffee and cocoa', stampable: true },
  {
    code: 'alcoholic_drinks',
    sector: 'beverages',
    vi: 'Đồ uống có cồn',
    en: 'Alcoholic drinks',
    stampable: true,
  },
  {
    code: 'non_alcoholic_drinks',
    sector: 'beverages',
    vi: 'Đồ uống không cồn',
    en: 'Non-alcoholic drinks',
    stampable: true,
  },
  {
    code: 'functional_foods_herbal_medicines',
    sector: 'herbal',
    vi: 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền',
    en: 'Functional foods and herbal medicines',
    stampable: true,
  },
  {
    code: 'herbal_cosmetics',
    sector: 'herbal',
    vi: 'Mỹ phẩm có thành phần từ dược liệu',
    en: 'Herbal cosmetics',
    stampable: true,
  },
  {
    code: 'essential_oils_herbs',
    sector: 'herbal',
    vi: 'Tinh dầu và dược liệu khác',
    en: 'Essential oils and other herbs',
    stampable: true,
  },
  {
    code: 'household_decorative_handicrafts',
    sector: 'handicrafts',
    vi: 'Thủ công mỹ nghệ gia dụng, trang trí',
    en: 'Household and decorative handicrafts',
    stampable: true,
  },
  {
    code: 'textiles_garments',
    sector: 'handicrafts',
    vi: 'Vải, may mặc',
    en: 'Textiles and garments',
    stampable: true,
  },
  { code: 'flowers', sector: 'ornamental', vi: 'Hoa', en: 'Flowers', stampable: true },
  {
    code: 'ornamental_plants',
    sector: 'ornamental',
    vi: 'Cây cảnh',
    en: 'Ornamental plants',
    stampable: true,
  },
  {
    code: 'ornamental_animals',
    sector: 'ornamental',
    vi: 'Động vật cảnh',
    en: 'Ornamental animals',
    stampable: true,
  },
  {
    code: 'community_tourism',
    sector: 'tourism',
    vi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    en: 'Community tourism, eco-tourism services and destinations',
    stampable: false,
  },
] as const satisfies ReadonlyArray<{
  code: string;
  sector: SectorCode;
  vi: string;
  en: string;
  stampable: boolean;
}>;

export type ProductGroupCode = (typeof PRODUCT_GROUPS)[number]['code'];

export interface ProductGroup {
  code: ProductGroupCode;
  sector: SectorCode;
  vi: string;
  en: string;
  stampable: boolean;
}

const GROUPS_BY_CODE: ReadonlyMap<string, ProductGroup> = new Map(PRODUCT_GROUPS.map((g) => [g.code, g]));

export function findProductGroup(code: string): ProductGroup | undefined {
  return GROUPS_BY_CODE.get(code);
}

export function isProductGroupCode(x: unknown): x is ProductGroupCode {
  return typeof x === 'string' && GROUPS_BY_CODE.has(x);
}

/**
 * The 26 product sets of Decision 26 (Phụ lục II) with the group each belongs to. `setId` is the
 * set's id in data/scorecards-qd26-2026.json (kept out of this browser-safe file: it is a
 * megabyte); `vi` is the set's name on its sheet.
 */
export const PRODUCT_SETS = [
  productSet(
    1,
    'food.fresh.vegetables_fruits_nuts',
    'fresh_food',
    'Rau, củ, quả, hạt tươi',
    'Fresh vegetables, tubers, fruit and nuts',
  ),
  productSet(
    2,
    'food.fresh.meat_aquatic_eggs_milk',
    'fresh_food',
    'Thịt, thủy sản, trứng, sữa tươi',
    'Fresh meat, seafood, eggs and milk',
  ),
  productSet(
    3,
    'food.raw_preprocessed.rice_cereals_grains',
    'raw_food',
    'Gạo, ngũ cốc, hạt sơ chế khác',
    'Rice, cereals and other pre-processed grains',
  ),
  productSet(
    4,
    'food.raw_preprocessed.honey_other',
    'raw_food',
    'Mật ong, mật khác và nông sản thực phẩm khác',
    'Honey, other syrups and other farm foods',
  ),
  productSet(5, 'processed_food.fast_food', 'processed_food', 'Đồ ăn nhanh', 'Fast food'),
  productSet(
    6,
    'processed_food.from_rice_cereals',
    'processed_food',
    'Chế biến từ gạo, ngũ cốc',
    'Processed from rice and cereals',
  ),
  productSet(
    7,
    'processed_food.from_vegetables_fruits_nuts',
    'processed_food',
    'Chế biến từ rau, củ, quả, hạt',
    'Processed from vegetables, tubers, fruit and nuts',
  ),
  productSet(
    8,
    'processed_food.from_meat_aquatic_eggs_milk_honey_other',
    'processed_food',
    'Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác',
    'Processed from meat, seafood, eggs, milk, honey, other syrups and other farm foods',
  ),
  productSet(
    9,
    'food.condiments.sauces_fish_sauce_liquid',
    'spices',
    'Tương, nước mắm, gia vị dạng lỏng khác',
    'Soy sauce, fish sauce and other liquid condiments',
  ),
  productSet(
    10,
    'food.condiments.other_spices',
    'spices',
    'Gia vị khác (muối, hành, tỏi, tiêu)',
    'Other spices (salt, shallot, garlic, pepper)',
  ),
  productSet(11, 'food.tea.tea', 'tea', 'Chè tươi, chè chế biến', 'Fresh and processed tea'),
  productSet(
    12,
    'food.tea.other_plant_teas',
    'tea',
    'Sản phẩm trà từ thực vật khác',
    'Teas from other plants',
  ),
  productSet(13, 'food.coffee_cocoa', 'coffee_cocoa', 'Cà phê, cacao', 'Coffee and cocoa'),
  productSet(14, 'beverage.alcoholic.white_liquor', 'alcoholic_drinks', 'Rượu trắng', 'White liquor'),
  productSet(
    15,
    'beverage.alcoholic.other',
    'alcoholic_drinks',
    'Đồ uống có cồn khác',
    'Other alcoholic drinks',
  ),
  productSet(
    16,
    'beverage.non_alcoholic.mineral_bottled_water',
    'non_alcoholic_drinks',
    'Nước khoáng thiên nhiên, nước uống đóng chai',
    'Natural mineral water and bottled water',
  ),
  productSet(
    17,
    'beverage.non_alcoholic.other',
    'non_alcoholic_drinks',
    'Đồ uống không cồn khác',
    'Other non-alcoholic drinks',
  ),
  productSet(
    18,
    'herbal.functional_food_herbal_traditional_medicine',
    'functional_foods_herbal_medicines',
    'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền',
    'Functional foods, herbal and traditional medicines',
  ),
  productSet(
    19,
    'herbal.cosmetics',
    'herbal_cosmetics',
    'Mỹ phẩm có thành phần từ dược liệu',
    'Cosmetics with herbal ingredients',
  ),
  productSet(
    20,
    'herbal.essential_oils_other',
    'essential_oils_herbs',
    'Tinh dầu và dược liệu khác',
    'Essential oils and other herbs',
  ),
  productSet(
    21,
    'handicraft.household_decorative',
    'household_decorative_handicrafts',
    'Thủ công mỹ nghệ',
    'Handicrafts',
  ),
  productSet(
    22,
    'handicraft.textiles_garments',
    'textiles_garments',
    'Vải, may mặc',
    'Textiles and garments',
  ),
  productSet(23, 'ornamental.flowers', 'flowers', 'Hoa', 'Flowers'),
  productSet(24, 'ornamental.plants', 'ornamental_plants', 'Cây cảnh', 'Ornamental plants'),
  productSet(25, 'ornamental.animals', 'ornamental_animals', 'Động vật cảnh', 'Ornamental animals'),
  productSet(
    26,
    'tourism.community_eco_tourism_sites',
    'community_tourism',
    'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    'Community tourism, eco-tourism services and destinations',
  ),
] as const;

export interface ProductSet {
  setNo: number;
  setId: string;
  group: ProductGroupCode;
  vi: string;
  en: string;
}

function productSet<const Id extends string>(
  setNo: number,
  setId: Id,
  group: ProductGroupCode,
  vi: string,
  en: string,
): ProductSet & { setId: Id } {
  return { setNo, setId, group, vi, en };
}

export type ProductSetId = (typeof PRODUCT_SETS)[number]['setId'];

const SETS_BY_ID: ReadonlyMap<string, ProductSet> = new Map(PRODUCT_SETS.map((s) => [s.setId, s]));

export function findProductSet(setId: string): ProductSet | undefined {
  return SETS_BY_ID.get(setId);
}

/** The sets a group's products can be scored on, in sheet order (one for most groups). */
export function productSetsOf(group: string): ProductSet[] {
  return PRODUCT_SETS.filter((s) => s.group === group);
}

/**
 * The criteria set a product of `group` is scored on: the group's only set, or `setId` when the
 * group has several and it is one of them. Undefined when the group needs a set that was not
 * given, or was given one of another group's sets.
 */
export function scorecardSetIdFor(group: string, setId?: string): string | undefined {
  const sets = productSetsOf(group);
  if (setId !== undefined) return sets.find((s) => s.setId === setId)?.setId;
  return sets.length === 1 ? sets[0]?.setId : undefined;
}
