import { z } from './zod.ts';

/**
 * Vietnam's territory as a few boxes: the mainland and coastal islands, Quần đảo Hoàng Sa and
 * Quần đảo Trường Sa. Coarse on purpose: it catches swapped or mistyped coordinates; the finer check
 * is the province box in provinces.yaml.
 */
export const VIETNAM_BOXES = [
  { name: 'đất liền và ven bờ', south: 8.1, west: 102.1, north: 23.4, east: 109.7 },
  { name: 'Quần đảo Hoàng Sa', south: 15.6, west: 110.9, north: 17.3, east: 112.9 },
  // Đặc khu Trường Sa reaches west to the DK1 platforms (Bãi Tư Chính, about 109.6° E).
  { name: 'Quần đảo Trường Sa', south: 6.1, west: 109.0, north: 12.1, east: 117.9 },
] as const;

export interface LatLon {
  lat: number;
  lon: number;
}

export interface Box {
  south: number;
  west: number;
  north: number;
  east: number;
}

export function inBox(p: LatLon, b: Box): boolean {
  return p.lat >= b.south && p.lat <= b.north && p.lon >= b.west && p.lon <= b.east;
}

export function inVietnam(p: LatLon): boolean {
  return VIETNAM_BOXES.some((b) => inBox(p, b));
}

export const latLonSchema = z
  .strictObject({
    lat: z.number({ error: 'vĩ độ phải là số' }).min(-90).max(90).describe('Vĩ độ (độ thập phân)'),
    lon: z.number({ error: 'kinh độ phải là số' }).min(-180).max(180).describe('Kinh độ (độ thập phân)'),
  })
  .refine(inVietnam, 'tọa độ nằm ngoài lãnh thổ Việt Nam (kể cả Hoàng Sa, Trường Sa); kiểm tra lại vĩ độ/kinh độ');

export const boxSchema = z
  .strictObject({
    south: z.number().describe('Vĩ độ cực nam'),
    west: z.number().describe('Kinh độ cực tây'),
    north: z.number().describe('Vĩ độ cực bắc'),
    east: z.number().describe('Kinh độ cực đông'),
  })
  .refine((b) => b.south < b.north && b.west < b.east, 'khung tọa độ không hợp lệ (south < north, west < east)');
