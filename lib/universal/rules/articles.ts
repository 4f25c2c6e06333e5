import type { Regime } from "./types";

/**
 * The articles an objection relies on, in the order a letter cites them.
 * Art. 9 is not listed: it applies only when the person says special-category data is involved, which the
 * letter builder decides from the answers.
 */
const GDPR_ARTICLES = [
  "Art. 21(1)", // the objection itself; the burden of compelling grounds is on the controller
  "Art. 12(3)", // answer within one month
  "Art. 6(1)(f)", // the legal basis LinkedIn relies on: legitimate interests
  "Art. 12(2)", // the controller must facilitate the exercise of rights
  "Art. 12(4)", // reasons and remedies if it does not act
  "Art. 18(1)(d)", // restriction while the objection is assessed
  "Art. 17(1)(c)", // erasure after a successful objection
  "Art. 19", // recipients are informed of erasure or restriction
  "Art. 7(3)", // withdrawal, in the alternative, of any consent
  "Art. 77", // complaint to a supervisory authority
] as const;

const prefixed = (prefix: string) => GDPR_ARTICLES.map((article) => `${prefix} ${article}`);

const ARTICLES: Readonly<Record<Regime, readonly string[]>> = {
  "eu-gdpr": prefixed("GDPR"),
  // LinkedIn Ireland is bound by the GDPR for Swiss members too, so the Swiss letter cites both laws; the FADP
  // has no Art. 21 equivalent and works through an express prohibition (Art. 30(2)(b), 30(3)) and claims (Art. 32).
  "ch-fadp": [
    "GDPR Art. 21(1)",
    "GDPR Art. 12(3)",
    "FADP Art. 30(2)(b)",
    "FADP Art. 30(3)",
    "FADP Art. 31",
    "FADP Art. 32",
    ...prefixed("GDPR").slice(2),
  ],
  "uk-gdpr": prefixed("UK GDPR"),
  none: [],
};

/** The citations that apply under a regime, e.g. "GDPR Art. 21(1)"; empty outside scope. */
export function articlesFor(regime: Regime): readonly string[] {
  return ARTICLES[regime];
}
