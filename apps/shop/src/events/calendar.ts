import { dateFormat } from '@guichet/ui';
import { t } from '../i18n/i18n';
/**
 * Calendar arithmetic on Zurich calendar days written "2026-11-27" (see `zurichDay`): pure, and free
 * of the browser's time zone, so a performance at 23:30 stays on its own day everywhere.
 */
export type Day = string;
/** A month written "2026-11". */
export type Month = string;

const DAY_MS = 86_400_000;

function utc(day: Day): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const iso = (date: Date): Day => date.toISOString().slice(0, 10);

export function addDays(day: Day, days: number): Day {
  return iso(new Date(utc(day).getTime() + days * DAY_MS));
}

/** The Monday of a day's week (weeks start on Monday in Switzerland). */
export function mondayOf(day: Day): Day {
  return addDays(day, -((utc(day).getUTCDay() + 6) % 7));
}

export const monthOf = (day: Day): Month => day.slice(0, 7);

export function addMonths(month: Month, months: number): Month {
  const [y, m] = month.split('-').map(Number);
  return iso(new Date(Date.UTC(y, m - 1 + months, 1))).slice(0, 7);
}

export interface CalendarCell<T> {
  day: Day;
  /** False for the days of the previous or next month that fill the first and last weeks. */
  inMonth: boolean;
  items: T[];
}

/** A month as whole weeks, Monday first, each day with the items listed under it. */
export function monthGrid<T>(month: Month, byDay: ReadonlyMap<Day, T[]>): CalendarCell<T>[][] {
  const weeks: CalendarCell<T>[][] = [];
  for (let monday = mondayOf(`${month}-01`); monthOf(monday) <= month; monday = addDays(monday, 7)) {
    weeks.push(weekDays(monday, byDay).map((cell) => ({ ...cell, inMonth: monthOf(cell.day) === month })));
  }
  return weeks;
}

/** The seven days from a Monday, each with its items. */
export function weekDays<T>(monday: Day, byDay: ReadonlyMap<Day, T[]>): CalendarCell<T>[] {
  return Array.from({ length: 7 }, (_, i) => {
    const day = addDays(monday, i);
    return { day, inMonth: true, items: byDay.get(day) ?? [] };
  });
}

/** Items grouped by their day, in the order given. */
export function groupByDay<T>(items: readonly T[], dayOf: (item: T) => Day): Map<Day, T[]> {
  const map = new Map<Day, T[]>();
  for (const item of items) {
    const day = dayOf(item);
    map.set(day, [...(map.get(day) ?? []), item]);
  }
  return map;
}

// Formats in the shop's language, read when called (the customer may switch language).
const dayMonth = { format: (d: Date) => dateFormat({ timeZone: 'UTC', day: 'numeric', month: 'short' }).format(d) };
const dayMonthYear = { format: (d: Date) => dateFormat({ timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(d) };
const monthYear = { format: (d: Date) => dateFormat({ timeZone: 'UTC', month: 'long', year: 'numeric' }).format(d) };
const dayOnly = { format: (d: Date) => dateFormat({ timeZone: 'UTC', day: 'numeric' }).format(d) };

/**
 * "du 27 nov. au 6 déc.", "du 4 au 6 déc.", "le 27 nov."; the years are written when the range
 * crosses one ("du 28 déc. 2026 au 3 janv. 2027").
 */
export function dayRangeLabel(first: Day, last: Day): string {
  if (first === last) return t('calendar.onDay', { day: dayMonth.format(utc(first)) });
  if (first.slice(0, 4) !== last.slice(0, 4)) return t('calendar.range', { from: dayMonthYear.format(utc(first)), to: dayMonthYear.format(utc(last)) });
  if (monthOf(first) === monthOf(last)) return t('calendar.range', { from: dayOnly.format(utc(first)), to: dayMonth.format(utc(last)) });
  return t('calendar.range', { from: dayMonth.format(utc(first)), to: dayMonth.format(utc(last)) });
}

/** The week's days, Monday first, short: "lun.", "mar.", … in French. */
export function weekdayNames(): string[] {
  const format = dateFormat({ timeZone: 'UTC', weekday: 'short' });
  return Array.from({ length: 7 }, (_, i) => format.format(utc(`2024-01-0${i + 1}`)));
}

/** "novembre 2026". */
export function monthLabel(month: Month): string {
  return monthYear.format(utc(`${month}-01`));
}
