/** Calendar dates as the site writes them: "YYYY-MM-DD" strings of a day in Vietnam. */

/** Today's date in Vietnam (UTC+7). */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
