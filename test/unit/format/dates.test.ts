import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isAfter, isCalendarDate, todayInVietnam } from '../../../src/lib/format/dates.ts';

describe('dates', () => {
  it('uses the date in Vietnam (UTC+7) as today', () => {
    expect(todayInVietnam(new Date('2026-11-21T18:30:00Z'))).toBe('2026-11-22');
    expect(todayInVietnam(new Date('2026-11-21T16:59:59Z'))).toBe('2026-11-21');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 13)).toBe('2027-01-07');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('adds and takes away calendar months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-05-15', -12)).toBe('2025-05-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2026-01-10', -13)).toBe('2024-12-10');
  });

  it('tells real calendar days from look-alikes', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-7-24')).toBe(false);
  });

  it('puts a year or a month in the future only when all of it is', () => {
    expect(isAfter('2026-11-23', '2026-11-22')).toBe(true);
    expect(isAfter('2026-11-22', '2026-11-22')).toBe(false);
    expect(isAfter('2026-12', '2026-11-22')).toBe(true);
    expect(isAfter('2026-11', '2026-11-22')).toBe(false);
    expect(isAfter(2026, '2026-11-22')).toBe(false);
    expect(isAfter(2027, '2026-11-22')).toBe(true);
  });
});
