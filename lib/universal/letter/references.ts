import type { ParagraphContext } from "./catalog/types";
import type { LetterRegime, ParagraphId } from "./model";

/**
 * The legal references of each paragraph, language-neutral, so that the French and English letters
 * can be compared reference by reference. Sources: DOMAIN.md section 3; GDPR Arts. 3(1), 5(1)(b),
 * 12(6), 79 and Recital 38 are cited from Regulation (EU) 2016/679 itself (see lib/universal/letter/sources.ts).
 */
export function paragraphRefs(id: ParagraphId, context: ParagraphContext): readonly string[] {
  const law = lawName(context.regime);
  const a = (article: string) => `${law} Art. ${article}`;
  switch (id) {
    case "objection":
      return [a("21(1)"), a("6(1)(f)")];
    case "swiss-prohibition":
      return ["GDPR Art. 3(1)", "FADP Art. 30(2)(b)", "FADP Art. 30(3)", "FADP Art. 32"];
    case "status-under-16":
    case "status-possible-minor":
      return [`${law} Recital 38`];
    case "compelling-grounds":
      return context.regime === "uk-gdpr" ? [a("21(1)")] : [a("21(1)"), "EDPB Opinion 28/2024"];
    case "special-category":
      return [a("9(1)"), a("9(2)")];
    case "consent-withdrawal":
      return [a("7(3)")];
    case "restriction":
      return [a("18(1)(d)")];
    case "erasure":
      return [a("17(1)(c)")];
    case "recipients":
      return [a("19")];
    case "response-deadline":
      return [a("12(3)"), a("12(4)")];
    case "scope":
      return [a("12(2)"), a("12(6)")];
    case "data-use":
      return [a("5(1)(b)")];
    case "complaint":
      return context.regime === "ch-fadp" ? [a("77"), a("79"), "FADP Art. 32"] : [a("77"), a("79")];
    default:
      return [];
  }
}

/** "GDPR" for the EU, EEA and Switzerland (LinkedIn Ireland is bound by it), "UK GDPR" for the UK. */
export function lawName(regime: LetterRegime): "GDPR" | "UK GDPR" {
  return regime === "uk-gdpr" ? "UK GDPR" : "GDPR";
}
