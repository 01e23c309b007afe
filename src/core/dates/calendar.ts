/** Days of the calendar, without a time or a zone: what an author means by `2025-09-02`. */
export interface CalendarDay {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS[month - 1];
}

/** Why a day does not exist (`there is no month 13`), or undefined when it does. */
export function impossibility(day: CalendarDay): string | undefined {
  if (day.month < 1 || day.month > 12) return `there is no month ${day.month}`;
  const days = daysInMonth(day.year, day.month);
  if (day.day < 1 || day.day > days) return `${MONTH_NAMES[day.month - 1]} ${day.year} has ${days} days`;
  return undefined;
}

/** `2025-09-02`. */
export function isoDay(day: CalendarDay): string {
  return `${String(day.year).padStart(4, '0')}-${pad(day.month)}-${pad(day.day)}`;
}

/** `2 September 2025`, or `2 September` without the year: the same in every locale, so messages read alike. */
export function spokenDay(day: CalendarDay, withYear = true): string {
  const text = `${day.day} ${MONTH_NAMES[day.month - 1]}`;
  return withYear ? `${text} ${day.year}` : text;
}

export function sameDay(a: CalendarDay, b: CalendarDay): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
