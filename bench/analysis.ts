/**
 * What was found when figures missed their budget: written by hand after investigating, printed in
 * RESULTS.md under "Budgets missed: causes" whenever a figure whose id is the key (or starts with
 * "<key>.") misses in a run.
 */
export const ANALYSIS: Record<string, { title: string; text: string }> = {};
