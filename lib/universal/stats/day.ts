/** Counts are kept per UTC calendar day: the day is all they record of when a letter was made. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Every day from `first` to `last` inclusive (YYYY-MM-DD, UTC), for charts that must show empty days. */
export function daysBetween(first: string, last: string, max = 366): string[] {
  const days: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end && days.length < max; t += 86_400_000) {
    days.push(utcDay(new Date(t)));
  }
  return days;
}
