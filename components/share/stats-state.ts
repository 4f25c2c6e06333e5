import type { PartnerStats } from "@/lib/universal/stats/types";

/** What the partner stats form shows: nothing yet, the numbers, or why not. */
export type StatsFormState =
  | { status: "idle" }
  | { status: "ok"; stats: PartnerStats }
  | { status: "wrong-token" | "rate-limited" | "unavailable" };
