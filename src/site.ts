/** Site-wide settings: one place for the name, the navigation and where feedback goes. */
export const SITE = {
  name: 'Mô hình tiêu biểu',
  tagline: 'Thư viện các mô hình tiêu biểu trong phong trào “Toàn dân bảo vệ an ninh Tổ quốc”',
  contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' },
} as const;

export interface NavItem {
  href: string;
  label: string;
}

/** Main navigation, in order. Each page in it must exist (the browser tests follow every link). */
export const NAV: NavItem[] = [
  { href: '/mo-hinh/', label: 'Mô hình' },
  { href: '/ban-do/', label: 'Bản đồ' },
  { href: '/dia-phuong/', label: 'Địa phương' },
  { href: '/nhan-rong/', label: 'Nhân rộng' },
  { href: '/tim-kiem/', label: 'Tìm kiếm' },
];
