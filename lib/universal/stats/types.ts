// The shapes of the anonymous counts, shared by the server that computes them and the pages that show them.

/** `GET /api/v1/stats`: the public totals, small countries folded into "other". */
export interface PublicStats {
  letters: number;
  byCountry: Record<string, number>;
  /** First day with a counted letter (YYYY-MM-DD); today when nothing has been counted yet. */
  since: string;
}

/** `GET /api/v1/partners/{slug}/stats`: one partner's counts by day, language and country. */
export interface PartnerStats {
  partner: string;
  letters: number;
  since: string | null;
  /** Every day from the first counted one to today (at most 366), empty days included. */
  byDay: { day: string; count: number }[];
  byLocale: Record<string, number>;
  byCountry: Record<string, number>;
}
