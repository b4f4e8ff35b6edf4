import { z } from './zod.ts';
import { boxSchema, latLonSchema } from './geo.ts';
import { nonEmptyText, slugText } from './common.ts';

/** One of the 34 provincial units in force since 1 July 2025 (Nghị quyết 202/2025/QH15). */
export const provinceSchema = z.strictObject({
  id: slugText.describe('Mã tỉnh, thành dùng trong địa chỉ trang và dữ liệu (chữ thường không dấu)'),
  code: z
    .string()
    .regex(/^\d{2}$/, 'mã tỉnh gồm 2 chữ số')
    .describe('Mã đơn vị hành chính cấp tỉnh (2 chữ số)'),
  name: nonEmptyText.describe('Tên ngắn (ví dụ: Hưng Yên)'),
  fullName: nonEmptyText.describe('Tên đầy đủ (ví dụ: Tỉnh Hưng Yên)'),
  type: z.enum(['Tỉnh', 'Thành phố']).describe('Loại đơn vị: tỉnh hay thành phố trực thuộc trung ương'),
  label: latLonSchema.describe('Điểm đặt nhãn trên bản đồ (WGS 84)'),
  bounds: boxSchema.describe('Khung tọa độ bao quanh tỉnh, thành (dùng để kiểm tra tọa độ)'),
  formerProvinces: z.array(nonEmptyText).min(1).describe('Các tỉnh, thành trước ngày 1/7/2025 hợp thành đơn vị này'),
});
export type Province = z.infer<typeof provinceSchema>;
