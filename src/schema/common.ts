import { z } from './zod.ts';

/** Today's date in Vietnam (UTC+7), as YYYY-MM-DD: the reference for "not in the future". */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * A calendar date written YYYY-MM-DD. YAML loaders may hand us a Date (js-yaml) or a string
 * (yaml 1.2); both become the same string so data, pages and the browser agree.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'phải là ngày dạng YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'phải là ngày dạng YYYY-MM-DD')
    .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), 'không phải ngày có thật')
    .refine((s) => s <= todayInVietnam(), 'ngày nằm trong tương lai'),
);

/** A year something started: four digits, not in the future. */
export const pastYear = z
  .number({ error: 'phải là năm (số)' })
  .int('phải là số nguyên')
  .min(1945, 'năm quá sớm (trước 1945)')
  .refine((y) => y <= Number(todayInVietnam().slice(0, 4)), 'năm nằm trong tương lai');

/** A number, with the Vietnamese name of what it counts in every message. */
export const numberOf = (what: string) => z.number({ error: `${what} phải là số` });

/** A whole number greater than zero: teams, members, weeks, months. */
export const positiveCount = (what: string) => numberOf(what).int(`${what} phải là số nguyên`).positive(`${what} phải lớn hơn 0`);

export const nonEmptyText = z.string({ error: 'phải là chuỗi chữ' }).trim().min(1, 'không được để trống');

/** URL-safe identifier: lowercase ASCII words joined by hyphens (diacritics removed, đ → d). */
export const slugText = z
  .string({ error: 'phải là chuỗi chữ' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang');

/** Where a fact comes from. `archive` names the stored copy in the project's source archive. */
export const sourceSchema = z.strictObject({
  id: slugText.optional().describe('Mã nguồn, để các nhận định, bước, chi phí trích dẫn tới (chữ thường không dấu, gạch ngang)'),
  title: nonEmptyText.describe('Tiêu đề bài viết, văn bản nguồn'),
  publisher: nonEmptyText.describe('Cơ quan đăng tải, ban hành (báo, cổng thông tin, cơ quan)'),
  author: z.string().optional().describe('Tác giả, nếu nguồn ghi'),
  date: isoDate.describe('Ngày đăng hoặc ban hành (YYYY-MM-DD)'),
  // http(s) only: a javascript: or data: address must never become a link on the site.
  url: z.httpUrl({ error: 'phải là địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://' }).optional().describe('Địa chỉ trực tuyến của nguồn'),
  archive: z.string().optional().describe('Tên bản lưu trong kho nguồn của dự án'),
  note: z.string().optional().describe('Ghi chú về nguồn (phần được dùng, độ tin cậy…)'),
});
export type Source = z.infer<typeof sourceSchema>;
