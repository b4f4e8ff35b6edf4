import { z } from './zod.ts';
import { nonEmptyText, partialDate, qualifiedNumber, slugText, sourceSchema } from './common.ts';
import { COUNT_UNITS } from './vocab.ts';

/**
 * A national or provincial total as a source gives it ("hơn 2.500 mô hình"): shown as what it is, with its
 * unit and date, and never added to deployment records or to totals of another unit.
 */
export const figureSchema = z.strictObject({
  id: slugText.describe('Mã số liệu'),
  scope: slugText.describe('Phạm vi: toan-quoc, hoặc mã tỉnh, thành (id trong danh sách tỉnh, thành)'),
  ...qualifiedNumber,
  unit: z.enum(COUNT_UNITS.keys).describe('Đơn vị đếm'),
  what: nonEmptyText.describe('Số liệu đếm điều gì'),
  asOf: partialDate.optional().describe('Thời điểm của số liệu'),
  source: sourceSchema.describe('Nguồn của số liệu'),
});

export const NATIONAL_SCOPE = 'toan-quoc';

export type FigureInput = z.input<typeof figureSchema>;
export type Figure = z.infer<typeof figureSchema>;
