/**
 * The 34 provincial-level units since 1 July 2025 (Resolution 202/2025/QH15) and the
 * pre-2025 provinces each absorbed, copied from shared/domain/provinces-2025.json.
 * formedFrom maps legacy addresses and the historical names of certificate issuers.
 */
export interface Province {
  name: string;
  kind: 'province' | 'city';
  formedFrom: string[];
}

export const PROVINCES: readonly Province[] = [
  { name: 'An Giang', kind: 'province', formedFrom: ['An Giang', 'Kiên Giang'] },
  { name: 'Bắc Ninh', kind: 'province', formedFrom: ['Bắc Ninh', 'Bắc Giang'] },
  { name: 'Cao Bằng', kind: 'province', formedFrom: ['Cao Bằng'] },
  { name: 'Cà Mau', kind: 'province', formedFrom: ['Cà Mau', 'Bạc Liêu'] },
  { name: 'Cần Thơ', kind: 'city', formedFrom: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'] },
  { name: 'Gia Lai', kind: 'province', formedFrom: ['Gia Lai', 'Bình Định'] },
  { name: 'Huế', kind: 'city', formedFrom: ['Huế'] },
  { name: 'Hà Nội', kind: 'city', formedFrom: ['Hà Nội'] },
  { name: 'Hà Tĩnh', kind: 'province', formedFrom: ['Hà Tĩnh'] },
  { name: 'Hưng Yên', kind: 'province', formedFrom: ['Hưng Yên', 'Thái Bình'] },
  { name: 'Hải Phòng', kind: 'city', formedFrom: ['Hải Phòng', 'Hải Dương'] },
  { name: 'Hồ Chí Minh', kind: 'city', formedFrom: ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'] },
  { name: 'Khánh Hòa', kind: 'province', formedFrom: ['Khánh Hòa', 'Ninh Thuận'] },
  { name: 'Lai Châu', kind: 'province', formedFrom: ['Lai Châu'] },
  { name: 'Lào Cai', kind: 'province', formedFrom: ['Lào Cai', 'Yên Bái'] },
  { name: 'Lâm Đồng', kind: 'province', formedFrom: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'] },
  { name: 'Lạng Sơn', kind: 'province', formedFrom: ['Lạng Sơn'] },
  { name: 'Nghệ An', kind: 'province', formedFrom: ['Nghệ An'] },
  { name: 'Ninh Bình', kind: 'province', formedFrom: ['Ninh Bình', 'Hà Nam', 'Nam Định'] },
  { name: 'Phú Thọ', kind: 'province', formedFrom: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'] },
  { name: 'Quảng Ngãi', kind: 'province', formedFrom: ['Quảng Ngãi', 'Kon Tum'] },
  { name: 'Quảng Ninh', kind: 'province', formedFrom: ['Quảng Ninh'] },
  { name: 'Quảng Trị', kind: 'province', formedFrom: ['Quảng Trị', 'Quảng Bình'] },
  { name: 'Sơn La', kind: 'province', formedFrom: ['Sơn La'] },
  { name: 'Thanh Hóa', kind: 'province', formedFrom: ['Thanh Hóa'] },
  { name: 'Thái Nguyên', kind: 'province', formedFrom: ['Thái Nguyên', 'Bắc Kạn'] },
  { name: 'Tuyên Quang', kind: 'province', formedFrom: ['Tuyên Quang', 'Hà Giang'] },
  { name: 'Tây Ninh', kind: 'province', formedFrom: ['Tây Ninh', 'Long An'] },
  { name: 'Vĩnh Long', kind: 'province', formedFrom: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'] },
  { name: 'Điện Biên', kind: 'province', formedFrom: ['Điện Biên'] },
  { name: 'Đà Nẵng', kind: 'city', formedFrom: ['Đà Nẵng', 'Quảng Nam'] },
  { name: 'Đắk Lắk', kind: 'province', formedFrom: ['Đắk Lắk', 'Phú Yên'] },
  { name: 'Đồng Nai', kind: 'province', formedFrom: ['Đồng Nai', 'Bình Phước'] },
  { name: 'Đồng Tháp', kind: 'province', formedFrom: ['Đồng Tháp', 'Tiền Giang'] },
];

export const PROVINCE_NAMES: readonly string[] = PROVINCES.map((p) => p.name);

export function isProvince(name: string): boolean {
  return PROVINCE_NAMES.includes(name.normalize('NFC'));
}

/** The current province a pre-2025 province now belongs to (e.g. Kiên Giang → An Giang). */
export function currentProvinceOf(legacyName: string): string | undefined {
  const n = legacyName.normalize('NFC');
  return PROVINCES.find((p) => p.formedFrom.includes(n))?.name;
}
