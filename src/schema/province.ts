import { z } from 'astro/zod';
import { boxSchema, latLonSchema } from './geo.ts';
import { nonEmptyText, slugText } from './common.ts';

/** One of the 34 provincial units in force since 1 July 2025 (Nghị quyết 202/2025/QH15). */
export const provinceSchema = z.strictObject({
  id: slugText,
  code: z.string().regex(/^\d{2}$/, 'mã tỉnh gồm 2 chữ số'),
  name: nonEmptyText,
  fullName: nonEmptyText,
  type: z.enum(['Tỉnh', 'Thành phố']),
  label: latLonSchema,
  bounds: boxSchema,
  formerProvinces: z.array(nonEmptyText).min(1),
});
export type Province = z.infer<typeof provinceSchema>;
