/** Formatting for Vietnamese readers: one place for numbers, dates and sorting. */

const numberFormat = new Intl.NumberFormat('vi-VN');
const dateFormat = new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** 1689 → "1.689" */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "2023-07-24" → "24/7/2023" */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
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
