/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so that no time zone or daylight-saving
 * change can move a day. Periods under Regulation 1182/71 count whole days, so no time of day is needed.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD (2027-02-29 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Year, month (1-12) and day of an ISO date; throws on anything else. */
export function dateParts(iso: IsoDate): [number, number, number] {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

/** The ISO date of year, month (1-12), day; months and days out of range roll over like Date.UTC. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999; no date here is that old, but keep the year exact anyway.
  date.setUTCFullYear(year, month - 1, day);
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = dateParts(iso);
  return isoDate(y, m, d + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = dateParts(from);
  const [y2, m2, d2] = dateParts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Day of the week: 0 Sunday … 6 Saturday. */
export function weekday(iso: IsoDate): number {
  const [y, m, d] = dateParts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day `months` months after `iso` that has the same date; when that month is too short, its last
 * day (Regulation 1182/71 Art. 3(2)(c): 31 January + 1 month = 28 or 29 February).
 */
export function addMonthsClamped(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = dateParts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}
