// Product classification of Decision 148/QĐ-TTg: 6 sectors (ngành) and 17 groups (nhóm).
// Subgroups are not modelled because their list is unverified; each group has its own criteria
// sheet, so the group is what a scorecard template is chosen by.

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
    vi: 'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền',
    en: 'Functional foods and herbal medicines',
    stampable: true,
  },
  {
    code: 'herbal_cosmetics',
    sector: 'herbal',
    vi: 'Mỹ phẩm có nguồn gốc thảo dược',
    en: 'Herbal cosmetics',
    stampable: true,
  },
  {
    code: 'essential_oils_herbs',
    sector: 'herbal',
    vi: 'Tinh dầu và thảo dược khác',
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
    vi: 'Vải và may mặc',
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
