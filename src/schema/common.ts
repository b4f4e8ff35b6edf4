import { z } from './zod.ts';
import { isCalendarDate } from './calendar.ts';
import { QUALIFIERS } from './vocab.ts';

/**
 * Dates and years that may not lie in the future. The schemas hold no clock: the content check
 * compares every field registered here with today (src/lib/content/content-check.ts).
 */
export const notInFuture = z.registry<{ message: string }>();

/**
 * A calendar date written YYYY-MM-DD. YAML loaders may hand us a Date (js-yaml) or a string
 * (yaml 1.2); both become the same string so data, pages and the browser agree.
 */
export const isoDate = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'phải là ngày dạng YYYY-MM-DD' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'phải là ngày dạng YYYY-MM-DD')
      .refine(isCalendarDate, 'không phải ngày có thật'),
  )
  .register(notInFuture, { message: 'ngày nằm trong tương lai' });

/**
 * A date known only to the precision a source gives: "2019", "2019-03" or "2019-03-20". A source that says
 * "tháng 3/2019" must not become 1/3/2019. YAML may hand a bare year as a number or a full date as a Date.
 */
export const partialDate = z
  .preprocess(
    (value) =>
      typeof value === 'number' && Number.isInteger(value)
        ? String(value)
        : value instanceof Date && !Number.isNaN(value.getTime())
          ? value.toISOString().slice(0, 10)
          : value,
    z
      .string({ error: 'phải là ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD' })
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'phải là ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD')
      .refine((s) => {
        const [y, m, d] = s.split('-').map(Number);
        if (y < 1945) return false;
        if (m !== undefined && (m < 1 || m > 12)) return false;
        if (d !== undefined) return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        return true;
      }, 'không phải ngày có thật (hoặc trước năm 1945)'),
  )
  .register(notInFuture, { message: 'ngày nằm trong tương lai' });

/** A number, with the Vietnamese name of what it counts in every message. */
export const numberOf = (what: string) => z.number({ error: `${what} phải là số` });

/** A whole number greater than zero: teams, members, weeks, months. */
export const positiveCount = (what: string) => numberOf(what).int(`${what} phải là số nguyên`).positive(`${what} phải lớn hơn 0`);

export const nonEmptyText = z.string({ error: 'phải là chuỗi chữ' }).trim().min(1, 'không được để trống');

/** The slug rule, the one copy: lowercase ASCII words joined by hyphens (slugify() in src/lib/format/slug.ts writes them). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** URL-safe identifier: lowercase ASCII words joined by hyphens (diacritics removed, đ → d). */
export const slugText = z.string({ error: 'phải là chuỗi chữ' }).regex(SLUG_PATTERN, 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang');

/** The five founding articles kept in the project's source archive: the only sources cited without an address. */
export const ARCHIVED_SOURCES = [
  '000_5c0079348eeda745.txt',
  '001_c5e92e0ad98be39d.txt',
  '002_e3dcb4a7b6b60f9b.txt',
  '003_e7af7b2923580a2a.txt',
  '004_6baea4ed914f1bd5.txt',
] as const;

/**
 * Where a fact comes from. A published article is cited by its address; only the five founding articles,
 * kept in the project's source archive, may be cited by `archive` instead.
 */
const sourceShape = {
  id: slugText.optional().describe('Mã nguồn, để các nhận định, bước, chi phí trích dẫn tới (chữ thường không dấu, gạch ngang)'),
  title: nonEmptyText.describe('Tiêu đề bài viết, văn bản nguồn'),
  publisher: nonEmptyText.optional().describe('Cơ quan đăng tải, ban hành (báo, cổng thông tin, cơ quan); để trống khi không rõ'),
  author: z.string().optional().describe('Tác giả, nếu nguồn ghi'),
  date: partialDate.optional().describe('Ngày đăng như trang nguồn ghi (YYYY, YYYY-MM hoặc YYYY-MM-DD); để trống khi trang không ghi ngày'),
  // http(s) only: a javascript: or data: address must never become a link on the site.
  url: z
    .httpUrl({ error: 'phải là địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://' })
    .optional()
    .describe('Địa chỉ trực tuyến của nguồn'),
  archive: z
    .enum(ARCHIVED_SOURCES, { error: 'chỉ năm bài gốc trong kho nguồn của dự án được trích theo bản lưu; bài khác cần url' })
    .optional()
    .describe('Tên bản lưu trong kho nguồn của dự án (chỉ năm bài gốc)'),
  note: z.string().optional().describe('Ghi chú về cách đọc nguồn (hiện ở mục “Về hồ sơ này”)'),
  registration: z
    .literal(true, { error: 'registration chỉ nhận giá trị true' })
    .optional()
    .describe('Nguồn là phiếu đăng ký điểm nhân rộng do địa phương gửi qua trang (không có địa chỉ web)'),
};
const hasAddress = (s: { url?: string; archive?: string; registration?: true }) =>
  s.url !== undefined || s.archive !== undefined || s.registration === true;
const needsAddress = { path: ['url'], message: 'cần địa chỉ web (http:// hoặc https://) của bài nguồn' };

export const sourceSchema = z.strictObject(sourceShape).refine(hasAddress, needsAddress);
/**
 * A model's sources carry an id, so that claims, steps and costs can cite them. They may also be laws,
 * journal articles or statements cited without an address.
 */
export const citedSourceSchema = z.strictObject({
  ...sourceShape,
  id: slugText.describe('Mã nguồn, để các nhận định, bước, chi phí trích dẫn tới'),
});
export type Source = z.infer<typeof sourceSchema>;

/** A figure as a source gives it: the number, and the "gần", "hơn", "khoảng" that goes with it. */
export const qualifiedNumber = {
  value: numberOf('số liệu').positive('số liệu phải dương').describe('Số liệu'),
  qualifier: z.enum(QUALIFIERS.keys).optional().describe('Từ đi kèm số liệu trong nguồn (gần, hơn, khoảng…)'),
};
