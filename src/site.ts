/** Site-wide settings: one place for the name, the navigation and where feedback goes. */
import { PAGES } from './lib/site/addresses.ts';

export const SITE = {
  name: 'Mô hình tiêu biểu',
  tagline: 'Thư viện các mô hình tiêu biểu trong phong trào “Toàn dân bảo vệ an ninh Tổ quốc”',
  contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' },
  /** The open data (/du-lieu/) is published under the same licence as the compiled content. */
  dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' },
  /** Shared on social sites when a page is linked (1200×630, made by scripts/og-image.ts). */
  ogImage: '/og-image.png',
} as const;

/**
 * The mailbox of whoever runs the site: it receives feedback and registered deployments. Set
 * CONTACT_EMAIL (and SITE_URL) when building for a real deployment; see the README.
 */
export const CONTACT_EMAIL = process.env.CONTACT_EMAIL ?? 'gopy@mohinhtieubieu.vn';

/**
 * Where "Góp ý / báo sai" goes: one template for the whole site. `{title}` and `{body}` are replaced by
 * URL-encoded text naming the page. A mailto: address or an issue tracker works, e.g.
 * 'https://github.com/<owner>/<repo>/issues/new?title={title}&body={body}'. It is only a link: the site
 * itself sends nothing anywhere.
 */
export const FEEDBACK = {
  label: 'Góp ý, báo sai về trang này',
  urlTemplate: `mailto:${CONTACT_EMAIL}?subject={title}&body={body}`,
} as const;

export interface NavItem {
  href: string;
  label: string;
}

/** Main navigation, in order. Each page in it must exist (the browser tests follow every link). */
export const NAV: NavItem[] = [
  { href: PAGES.models, label: 'Mô hình' },
  { href: PAGES.map, label: 'Bản đồ' },
  { href: PAGES.provinces, label: 'Địa phương' },
  { href: PAGES.replicate, label: 'Nhân rộng' },
  { href: PAGES.search, label: 'Tìm kiếm' },
  { href: PAGES.handbook, label: 'Sổ tay' },
  { href: PAGES.data, label: 'Dữ liệu' },
];
