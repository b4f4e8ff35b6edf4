/**
 * The real-date rule, free of Zod so that browser code may use it through src/lib/format/dates.ts
 * without pulling in the schemas (the schemas use it for isoDate).
 */

/** A real day of the calendar, written YYYY-MM-DD. */
export function isCalendarDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);
}
