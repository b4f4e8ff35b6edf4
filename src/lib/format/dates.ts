/**
 * Calendar dates as the site writes them: "YYYY-MM-DD" strings of a day in Vietnam. The one module
 * for date arithmetic and for "today"; the schemas hold no clock, so whoever checks that a date is
 * not in the future passes today from here (src/lib/content/content-check.ts).
 */
export { isCalendarDate } from '../../schema/calendar.ts';

/** Today's date in Vietnam (UTC+7). */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

const DAY = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The same day `months` later (earlier when negative); the 31st of a short month falls back to its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/**
 * Is a date, or the year or month a source gives ("2027", "2027-03", or a year as a number), after
 * `today`? A year or month is in the future only when all of it is.
 */
export function isAfter(date: string | number, today: string): boolean {
  const s = String(date);
  return s > today.slice(0, s.length);
}
