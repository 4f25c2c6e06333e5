/**
 * What was found when a figure missed its budget: written by hand after investigating, printed in
 * RESULTS.md under "Budgets missed: causes" whenever that figure misses in a run.
 */
export const ANALYSIS: Record<string, string> = {};
