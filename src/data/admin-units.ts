/**
 * Today's administrative units for the pages and endpoints (the project's copy in src/data/admin,
 * see its README). Read once per build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdminCommune, AdminProvince } from '../lib/geo/admin.ts';

const DIR = join(process.cwd(), 'src/data/admin');
let units: { communes: AdminCommune[]; provinces: AdminProvince[] } | undefined;

export function adminUnits(): { communes: AdminCommune[]; provinces: AdminProvince[] } {
  units ??= {
    communes: JSON.parse(readFileSync(join(DIR, 'communes.json'), 'utf8')) as AdminCommune[],
    provinces: JSON.parse(readFileSync(join(DIR, 'provinces.json'), 'utf8')) as AdminProvince[],
  };
  return units;
}

/** Where the browser finds the geographic files (public/ranh-gioi is written by scripts/admin-data.ts). */
export const GEO_URLS = {
  finderIndex: '/ranh-gioi/tim-xa.json',
  provinces: '/ranh-gioi/tinh.json',
  communes: (provinceCode: string) => `/ranh-gioi/xa/${provinceCode}.json`,
} as const;

export const GEO_ATTRIBUTION =
  'Ranh giới: sapnhap.bando.com.vn (NXB Tài nguyên – Môi trường và Bản đồ Việt Nam) qua thanglequoc/vietnamese-provinces-database (MIT); bảng chuyển đổi: dvhcvn/20250701 (MIT)';
