/** Groups smaller than this are folded into "other": a handful of letters could point to a person. */
export const FOLD_THRESHOLD = 5;
export const OTHER = "other";

/**
 * Folds every key whose count is below `threshold` into a single `"other"` entry, so a small group
 * (one letter from Liechtenstein) cannot be singled out. Keys come out by count, largest first, then
 * alphabetically; `"other"` comes last and only when something was folded. Zero counts are dropped.
 */
export function foldSmallCounts(
  counts: Readonly<Record<string, number>>,
  threshold: number = FOLD_THRESHOLD,
): Record<string, number> {
  let other = 0;
  const kept: [string, number][] = [];
  for (const [key, count] of Object.entries(counts)) {
    if (count <= 0) continue;
    if (count < threshold || key === OTHER) other += count;
    else kept.push([key, count]);
  }
  kept.sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const folded: Record<string, number> = Object.fromEntries(kept);
  if (other > 0) folded[OTHER] = other;
  return folded;
}

/** Sums rows of `{ key, count }` by key (several days or languages of the same country). */
export function sumByKey<T extends { count: number }>(
  rows: readonly T[],
  keyOf: (row: T) => string,
): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const row of rows) sums[keyOf(row)] = (sums[keyOf(row)] ?? 0) + row.count;
  return sums;
}
