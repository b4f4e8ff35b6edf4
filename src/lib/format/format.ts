/** Formatting for Vietnamese readers: one place for numbers, dates and sorting. */
import { QUALIFIERS, type Qualifier } from '../../schema/vocab.ts';

const numberFormat = new Intl.NumberFormat('vi-VN');
const dateFormat = new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
/** Timestamps are shown in Vietnam's time, whatever the reader's device is set to. */
const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Ho_Chi_Minh',
});
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** 1689 → "1.689" */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "2023-07-24" → "24/7/2023" */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "2026-01-05T17:30:00Z" → "00:30 6/1/2026" (Vietnam time); "" for a missing or unreadable timestamp. */
export function formatDateTime(timestamp: string): string {
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? '' : dateTimeFormat.format(ms);
}

/** "2023-07-24" → "ngày 24 tháng 7 năm 2023", as written in administrative documents. */
export function formatDateLong(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** Vietnamese alphabetical order (a ă â b c d đ e ê …), not code-point order. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortByVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVietnamese(key(a), key(b)));
}

/** Vietnamese currency, in đồng: 15000000 → "15.000.000 đ". */
export function formatVnd(value: number): string {
  return `${numberFormat.format(value)} đ`;
}

/**
 * A figure as its source gives it: "hơn 56.600 lượt người", "729 hòm thư". The qualifier ("gần", "hơn"…)
 * is part of the fact and is never dropped.
 */
export function formatQualified(value: number, qualifier: Qualifier | undefined, unit?: string): string {
  return [qualifier && QUALIFIERS.label(qualifier), formatNumber(value), unit].filter(Boolean).join(' ');
}

/**
 * A date at the precision its source gives: "2019" → "2019", "2019-03" → "tháng 3/2019",
 * "2019-03-20" → "20/3/2019"; undefined → "không ghi ngày".
 */
export function formatPartialDate(date: string | undefined): string {
  if (!date) return 'không ghi ngày';
  const [y, m, d] = date.split('-');
  if (d) return formatDate(date);
  if (m) return `tháng ${Number(m)}/${y}`;
  return y!;
}
