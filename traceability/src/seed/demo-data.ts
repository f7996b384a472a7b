/**
 * Demo registry data: fictional producers making real An Giang specialities (the primer's list;
 * Phú Quốc was Kiên Giang before the 2025 merger). Registration numbers start with DEMO.
 */
export interface DemoProducer {
  registrationNumber: string;
  legalName: string;
  /** The trademark printed on the packs (Circular 02 "nhãn hiệu"). */
  brand: string;
  kind: 'cooperative' | 'cooperative_group' | 'enterprise' | 'household_business';
  commune: string;
  legacyDistrict: string | null;
  addressLine: string;
  products: Array<{ name: string; group: string; origin: string; standards: string[]; stars: 3 | 4 | 5 }>;
}

/**
 * Demo artwork drawn by the storefront (storefront/app/lib/demo-art.ts), as a path on it: the
 * demo has no real photos and must work offline, and the storefront's address is not known here.
 */
export const DEMO_PRODUCT_IMAGE = (name: string) => `/media/demo/${encodeURIComponent(name)}.svg`;

export const DEMO_PRODUCERS: DemoProducer[] = [
  {
    registrationNumber: 'DEMO-1600001',
    legalName: 'Hợp tác xã Mắm Bà Giáo Châu Đốc',
    brand: 'Bà Giáo',
    kind: 'cooperative',
    commune: 'Phường Châu Đốc',
    legacyDistrict: 'Thành phố Châu Đốc',
    addressLine: '12 Trần Hưng Đạo',
    products: [
      {
        name: 'Mắm cá linh Châu Đốc',
        group: 'processed_food',
        origin: 'Cá linh đầu nguồn sông Hậu',
        standards: ['HACCP'],
        stars: 4,
      },
      {
        name: 'Mắm thái đu đủ Châu Đốc',
        group: 'processed_food',
        origin: 'Cá lóc đồng và đu đủ An Giang',
        standards: ['HACCP'],
        stars: 4,
      },
      {
        name: 'Mắm cá sặc Châu Đốc',
        group: 'processed_food',
        origin: 'Cá sặc rằn đồng Bảy Núi',
        standards: ['ISO 22000'],
        stars: 3,
      },
      {
        name: 'Mắm ruột cá lóc',
        group: 'processed_food',
        origin: 'Cá lóc đồng An Giang',
        standards: [],
        stars: 3,
      },
    ],
  },
  {
    registrationNumber: 'DEMO-1600002',
    legalName: 'Công ty TNHH Đường Thốt Nốt Bảy Núi',
    brand: 'Thốt Nốt Bảy Núi',
    kind: 'enterprise',
    commune: 'Xã Tri Tôn',
    legacyDistrict: 'Huyện Tri Tôn',
    addressLine: 'Ấp Phước Long',
    products: [
      {
        name: 'Đường thốt nốt nguyên chất',
        group: 'spices',
        origin: 'Cây thốt nốt vùng Bảy Núi',
        standards: ['VietGAP', 'ISO 22000'],
        stars: 5,
      },
      {
        name: 'Đường thốt nốt dạng bột',
        group: 'spices',
        origin: 'Cây thốt nốt vùng Bảy Núi',
        standards: ['ISO 22000'],
        stars: 4,
      },
      {
        name: 'Nước thốt nốt đóng chai',
        group: 'non_alcoholic_drinks',
        origin: 'Cây thốt nốt vùng Bảy Núi',
        standards: ['HACCP'],
        stars: 4,
      },
      {
        name: 'Bánh bò thốt nốt sấy',
        group: 'processed_food',
        origin: 'Đường thốt nốt Tri Tôn',
        standards: [],
        stars: 3,
      },
    ],
  },
  {
    registrationNumber: 'DEMO-1600003',
    legalName: 'Hộ kinh doanh Khô Cá Lóc Út Hiền',
    brand: 'Út Hiền',
    kind: 'household_business',
    commune: 'Xã Thoại Sơn',
    legacyDistrict: 'Huyện Thoại Sơn',
    addressLine: 'Ấp Đông Sơn',
    products: [
      {
        name: 'Khô cá lóc đồng một nắng',
        group: 'processed_food',
        origin: 'Cá lóc đồng Thoại Sơn',
        standards: ['VietGAP'],
        stars: 4,
      },
      {
        name: 'Khô cá sặc bổi',
        group: 'processed_food',
        origin: 'Cá sặc đồng Thoại Sơn',
        standards: [],
        stars: 3,
      },
      {
        name: 'Khô cá tra phồng',
        group: 'processed_food',
        origin: 'Cá tra nuôi sông Hậu',
        standards: ['VietGAP'],
        stars: 3,
      },
    ],
  },
  {
    registrationNumber: 'DEMO-1600004',
    legalName: 'Hợp tác xã Lụa Tân Châu',
    brand: 'Lụa Tân Châu',
    kind: 'cooperative',
    commune: 'Phường Tân Châu',
    legacyDistrict: 'Thị xã Tân Châu',
    addressLine: '45 Tôn Đức Thắng',
    products: [
      {
        name: 'Lụa Mỹ A nhuộm trái mặc nưa',
        group: 'textiles_garments',
        origin: 'Tơ tằm Tân Châu, nhuộm mặc nưa',
        standards: [],
        stars: 5,
      },
      {
        name: 'Khăn choàng lụa Tân Châu',
        group: 'textiles_garments',
        origin: 'Tơ tằm Tân Châu',
        standards: [],
        stars: 4,
      },
      {
        name: 'Áo bà ba lụa Tân Châu',
        group: 'textiles_garments',
        origin: 'Lụa Mỹ A Tân Châu',
        standards: [],
        stars: 4,
      },
    ],
  },
  {
    registrationNumber: 'DEMO-1600005',
    legalName: 'Hợp tác xã Nông nghiệp Gạo Bảy Núi',
    brand: 'Gạo Bảy Núi',
    kind: 'cooperative',
    commune: 'Phường Tịnh Biên',
    legacyDistrict: 'Thị xã Tịnh Biên',
    addressLine: 'Ấp Văn Trà',
    products: [
      {
        name: 'Gạo Nàng Nhen thơm Bảy Núi',
        group: 'raw_food',
        origin: 'Ruộng lúa vùng Bảy Núi',
        standards: ['VietGAP', 'Hữu cơ TCVN 11041'],
        stars: 5,
      },
      {
        name: 'Gạo Nàng Hương Chợ Đào',
        group: 'raw_food',
        origin: 'Ruộng lúa Tịnh Biên',
        standards: ['VietGAP'],
        stars: 4,
      },
      {
        name: 'Gạo lứt đỏ Bảy Núi',
        group: 'raw_food',
        origin: 'Ruộng lúa Tịnh Biên',
        standards: ['VietGAP'],
        stars: 3,
      },
      {
        name: 'Bánh tráng gạo Bảy Núi',
        group: 'processed_food',
        origin: 'Gạo Nàng Nhen Bảy Núi',
        standards: [],
        stars: 3,
      },
    ],
  },
  {
    registrationNumber: 'DEMO-1700001',
    legalName: 'Công ty Cổ phần Nước Mắm Phú Quốc Hưng Thịnh',
    brand: 'Hưng Thịnh',
    kind: 'enterprise',
    commune: 'Đặc khu Phú Quốc',
    legacyDistrict: 'Thành phố Phú Quốc',
    addressLine: '8 Nguyễn Trung Trực, Dương Đông',
    products: [
      {
        name: 'Nước mắm Phú Quốc 40 độ đạm',
        group: 'spices',
        origin: 'Cá cơm than biển Phú Quốc',
        standards: ['HACCP', 'ISO 22000'],
        stars: 5,
      },
      {
        name: 'Nước mắm Phú Quốc 35 độ đạm',
        group: 'spices',
        origin: 'Cá cơm biển Phú Quốc',
        standards: ['HACCP'],
        stars: 4,
      },
      {
        name: 'Nước mắm nhĩ cá cơm',
        group: 'spices',
        origin: 'Cá cơm than biển Phú Quốc',
        standards: ['HACCP'],
        stars: 4,
      },
    ],
  },
  {
    registrationNumber: 'DEMO-1700002',
    legalName: 'Hợp tác xã Tiêu Phú Quốc',
    brand: 'Tiêu Phú Quốc',
    kind: 'cooperative',
    commune: 'Đặc khu Phú Quốc',
    legacyDistrict: 'Huyện Phú Quốc',
    addressLine: 'Ấp Suối Đá, Dương Tơ',
    products: [
      {
        name: 'Tiêu đen Phú Quốc',
        group: 'spices',
        origin: 'Vườn tiêu Suối Đá',
        standards: ['VietGAP'],
        stars: 4,
      },
      {
        name: 'Tiêu sọ trắng Phú Quốc',
        group: 'spices',
        origin: 'Vườn tiêu Suối Đá',
        standards: ['VietGAP'],
        stars: 4,
      },
      {
        name: 'Tiêu xanh ngâm muối',
        group: 'processed_food',
        origin: 'Vườn tiêu Phú Quốc',
        standards: [],
        stars: 3,
      },
    ],
  },
  {
    registrationNumber: 'DEMO-1700003',
    legalName: 'Tổ hợp tác Mật Ong Rừng U Minh Thượng',
    brand: 'Mật Ong U Minh',
    kind: 'cooperative_group',
    commune: 'Xã U Minh Thượng',
    legacyDistrict: 'Huyện U Minh Thượng',
    addressLine: 'Ấp Minh Phong',
    products: [
      {
        name: 'Mật ong rừng U Minh Thượng',
        group: 'functional_foods_herbal_medicines',
        origin: 'Rừng tràm U Minh Thượng',
        standards: ['VietGAP'],
        stars: 4,
      },
      {
        name: 'Sáp ong tràm',
        group: 'herbal_cosmetics',
        origin: 'Rừng tràm U Minh Thượng',
        standards: [],
        stars: 3,
      },
      {
        name: 'Phấn hoa tràm',
        group: 'functional_foods_herbal_medicines',
        origin: 'Rừng tràm U Minh Thượng',
        standards: [],
        stars: 3,
      },
    ],
  },
  {
    registrationNumber: 'DEMO-1700004',
    legalName: 'Hộ kinh doanh Trà Thảo Mộc Núi Cấm',
    brand: 'Núi Cấm',
    kind: 'household_business',
    commune: 'Xã Núi Cấm',
    legacyDistrict: 'Thị xã Tịnh Biên',
    addressLine: 'Ấp Vồ Đầu',
    products: [
      {
        name: 'Trà khổ qua rừng Núi Cấm',
        group: 'tea',
        origin: 'Khổ qua rừng Thất Sơn',
        standards: ['VietGAP'],
        stars: 3,
      },
      {
        name: 'Trà thảo mộc Thất Sơn',
        group: 'functional_foods_herbal_medicines',
        origin: 'Dược liệu vùng Thất Sơn',
        standards: [],
        stars: 4,
      },
      {
        name: 'Tinh dầu tràm Núi Cấm',
        group: 'essential_oils_herbs',
        origin: 'Cây tràm vùng Bảy Núi',
        standards: [],
        stars: 3,
      },
    ],
  },
  {
    registrationNumber: 'DEMO-1700005',
    legalName: 'Hợp tác xã Du lịch Cộng đồng Búng Bình Thiên',
    brand: 'Búng Bình Thiên',
    kind: 'cooperative',
    commune: 'Xã Khánh Bình',
    legacyDistrict: 'Huyện An Phú',
    addressLine: 'Ấp Khánh Lợi',
    products: [
      {
        name: 'Du lịch cộng đồng Búng Bình Thiên',
        group: 'community_tourism',
        origin: 'Hồ nước ngọt Búng Bình Thiên',
        standards: [],
        stars: 3,
      },
      {
        name: 'Homestay làng Chăm Đa Phước',
        group: 'community_tourism',
        origin: 'Làng Chăm Đa Phước',
        standards: [],
        stars: 3,
      },
    ],
  },
  {
    registrationNumber: 'DEMO-1700006',
    legalName: 'Công ty TNHH Đặc Sản Chợ Mới',
    brand: 'Đặc Sản Chợ Mới',
    kind: 'enterprise',
    commune: 'Xã Chợ Mới',
    legacyDistrict: 'Huyện Chợ Mới',
    addressLine: 'Ấp Long Hòa',
    products: [
      {
        name: 'Bánh phồng nếp Chợ Mới',
        group: 'processed_food',
        origin: 'Nếp Phú Tân',
        standards: ['ISO 22000'],
        stars: 4,
      },
      {
        name: 'Rượu nếp Phú Tân',
        group: 'alcoholic_drinks',
        origin: 'Nếp cái hoa vàng Phú Tân',
        standards: ['HACCP'],
        stars: 3,
      },
      { name: 'Cốm dẹp Chợ Mới', group: 'processed_food', origin: 'Nếp Chợ Mới', standards: [], stars: 3 },
      {
        name: 'Mai vàng bonsai Chợ Mới',
        group: 'ornamental_plants',
        origin: 'Vườn kiểng cù lao Giêng',
        standards: [],
        stars: 3,
      },
    ],
  },
  {
    registrationNumber: 'DEMO-1700007',
    legalName: 'Hợp tác xã Thủ công Đan Lát Thốt Nốt',
    brand: 'Đan Lát Thốt Nốt',
    kind: 'cooperative',
    commune: 'Xã Tri Tôn',
    legacyDistrict: 'Huyện Tri Tôn',
    addressLine: 'Ấp Tô Thủy',
    products: [
      {
        name: 'Giỏ đan lá thốt nốt',
        group: 'household_decorative_handicrafts',
        origin: 'Lá thốt nốt Tri Tôn',
        standards: [],
        stars: 3,
      },
      {
        name: 'Nón lá thốt nốt',
        group: 'household_decorative_handicrafts',
        origin: 'Lá thốt nốt Tri Tôn',
        standards: [],
        stars: 3,
      },
      {
        name: 'Bộ khay gỗ thốt nốt',
        group: 'household_decorative_handicrafts',
        origin: 'Gỗ thốt nốt Bảy Núi',
        standards: [],
        stars: 4,
      },
      {
        name: 'Túi xách đan lá thốt nốt',
        group: 'household_decorative_handicrafts',
        origin: 'Lá thốt nốt Tri Tôn',
        standards: [],
        stars: 3,
      },
      {
        name: 'Thảm lót đan bẹ thốt nốt',
        group: 'household_decorative_handicrafts',
        origin: 'Bẹ thốt nốt Bảy Núi',
        standards: [],
        stars: 3,
      },
    ],
  },
];
