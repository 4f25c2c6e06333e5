import { addDays, isoDate, weekday, type IsoDate } from "./dates";

/**
 * Public holidays that move a deadline to the next working day (Regulation 1182/71 Art. 3(4)).
 *
 * Which calendar: the controller's. LinkedIn Ireland (EU, EEA and Switzerland) answers from Dublin, so its
 * deadlines follow Ireland's public holidays (Organisation of Working Time Act 1997, Schedule 2, with St
 * Brigid's Day added in 2023); LinkedIn Corporation answers UK members under UK law, so the UK letter follows
 * the bank holidays of England and Wales (Banking and Financial Dealings Act 1971, Schedule 1, and the
 * yearly royal proclamations for the May holidays). Choices made here, stated in the README as well:
 * - a fixed-date holiday on a Saturday or Sunday gives the next free weekday off (England and Wales by
 *   proclamation; Ireland by the banks' practice and the Act's "day in lieu" for most workers);
 * - one-off holidays (a coronation, a state funeral) and moved May holidays are not modelled: they are
 *   announced a few months ahead, and a missed one shifts a deadline by one day at most, towards LinkedIn.
 * Easter is computed (anonymous Gregorian algorithm), so the tables need no yearly update.
 */
export type HolidayCalendar = "ie" | "gb-eaw";

/** Easter Sunday of `year` in the Gregorian calendar (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The `n`-th Monday (1-based) of a month. */
function nthMonday(year: number, month: number, n: number): IsoDate {
  const first = isoDate(year, month, 1);
  const offset = (8 - weekday(first)) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

function lastMonday(year: number, month: number): IsoDate {
  const next = isoDate(year, month + 1, 1);
  const back = (weekday(next) + 6) % 7 || 7;
  return addDays(next, -back);
}

const isWeekend = (iso: IsoDate) => weekday(iso) === 0 || weekday(iso) === 6;

/**
 * Adds the fixed-date holidays with their substitute days: each one that falls on a weekend moves to the
 * next weekday that is not already a holiday (Christmas on Saturday: Monday 27 and Tuesday 28 December).
 */
function withSubstitutes(fixed: readonly IsoDate[], movable: readonly IsoDate[]): IsoDate[] {
  const days = new Set<IsoDate>(movable);
  for (const day of fixed) days.add(day);
  for (const day of [...fixed].sort()) {
    if (!isWeekend(day)) continue;
    let substitute = addDays(day, 1);
    while (isWeekend(substitute) || days.has(substitute)) substitute = addDays(substitute, 1);
    days.add(substitute);
  }
  return [...days].sort();
}

function irishHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  // St Brigid's Day (from 2023): the first Monday in February, or 1 February when that is a Friday.
  const firstFeb = isoDate(year, 2, 1);
  const brigid = weekday(firstFeb) === 5 ? firstFeb : nthMonday(year, 2, 1);
  const fixed = [isoDate(year, 1, 1), isoDate(year, 3, 17), isoDate(year, 12, 25), isoDate(year, 12, 26)];
  const movable = [
    ...(year >= 2023 ? [brigid] : []),
    addDays(easter, 1),
    nthMonday(year, 5, 1),
    nthMonday(year, 6, 1),
    nthMonday(year, 8, 1),
    lastMonday(year, 10),
  ];
  return withSubstitutes(fixed, movable);
}

function englishHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const fixed = [isoDate(year, 1, 1), isoDate(year, 12, 25), isoDate(year, 12, 26)];
  const movable = [
    addDays(easter, -2),
    addDays(easter, 1),
    nthMonday(year, 5, 1),
    lastMonday(year, 5),
    lastMonday(year, 8),
  ];
  return withSubstitutes(fixed, movable);
}

const cache = new Map<string, ReadonlySet<IsoDate>>();

/** The public holidays of `calendar` in `year`, as ISO dates. */
export function publicHolidays(calendar: HolidayCalendar, year: number): ReadonlySet<IsoDate> {
  const key = `${calendar}:${year}`;
  let days = cache.get(key);
  if (!days) {
    days = new Set(calendar === "ie" ? irishHolidays(year) : englishHolidays(year));
    cache.set(key, days);
  }
  return days;
}

/** Monday to Friday and not a public holiday of `calendar`. */
export function isWorkingDay(iso: IsoDate, calendar: HolidayCalendar): boolean {
  if (isWeekend(iso)) return false;
  return !publicHolidays(calendar, Number(iso.slice(0, 4))).has(iso);
}

/** `iso` itself when it is a working day, otherwise the next working day (Regulation 1182/71 Art. 3(4)). */
export function onOrNextWorkingDay(iso: IsoDate, calendar: HolidayCalendar): IsoDate {
  let day = iso;
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/** The `count`-th working day after `iso` (not counting `iso` itself). */
export function addWorkingDays(iso: IsoDate, count: number, calendar: HolidayCalendar): IsoDate {
  let day = iso;
  for (let left = count; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}
