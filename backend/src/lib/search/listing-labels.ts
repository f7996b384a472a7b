/**
 * Vietnamese and English names of the Decision 148 sectors and product groups, so that a shopper
 * who types "thực phẩm chế biến" or "tea" finds the listings of that group. Copied from
 * @ocop/domain (product-groups.ts), which the CommonJS backend cannot import at run time; a
 * test keeps the two equal.
 */
export const SECTOR_LABELS: Readonly<Record<string, readonly [vi: string, en: string]>> = {
  food: ['Thực phẩm', 'Food'],
  beverages: ['Đồ uống', 'Beverages'],
  herbal: ['Dược liệu và sản phẩm từ dược liệu', 'Medicinal herbs and herbal products'],
  handicrafts: ['Thủ công mỹ nghệ', 'Handicrafts'],
  ornamental: ['Sinh vật cảnh', 'Ornamental plants and animals'],
  tourism: [
    'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    'Community tourism, eco-tourism and destinations',
  ],
};

export const PRODUCT_GROUP_LABELS: Readonly<Record<string, readonly [vi: string, en: string]>> = {
  fresh_food: ['Thực phẩm tươi sống', 'Fresh food'],
  raw_food: ['Thực phẩm thô, sơ chế', 'Raw or pre-processed food'],
  processed_food: ['Thực phẩm chế biến', 'Processed food'],
  spices: ['Gia vị', 'Spices'],
  tea: ['Chè', 'Tea'],
  coffee_cocoa: ['Cà phê, ca cao', 'Coffee and cocoa'],
  alcoholic_drinks: ['Đồ uống có cồn', 'Alcoholic drinks'],
  non_alcoholic_drinks: ['Đồ uống không cồn', 'Non-alcoholic drinks'],
  functional_foods_herbal_medicines: [
    'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền',
    'Functional foods and herbal medicines',
  ],
  herbal_cosmetics: ['Mỹ phẩm có nguồn gốc thảo dược', 'Herbal cosmetics'],
  essential_oils_herbs: ['Tinh dầu và thảo dược khác', 'Essential oils and other herbs'],
  household_decorative_handicrafts: [
    'Thủ công mỹ nghệ gia dụng, trang trí',
    'Household and decorative handicrafts',
  ],
  textiles_garments: ['Vải và may mặc', 'Textiles and garments'],
  flowers: ['Hoa', 'Flowers'],
  ornamental_plants: ['Cây cảnh', 'Ornamental plants'],
  ornamental_animals: ['Động vật cảnh', 'Ornamental animals'],
  community_tourism: [
    'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    'Community tourism, eco-tourism services and destinations',
  ],
};
