import type { LegalSourceId } from "@/lib/universal/legal/sources";
import type { ParagraphContext } from "./catalog/types";
import type { LetterRegime, ParagraphId } from "./model";

/**
 * The legal references of each paragraph, language-neutral, so that the French and English letters
 * can be compared reference by reference. Each reference traces to a primary source (`citationSource`).
 */
export function paragraphRefs(id: ParagraphId, context: ParagraphContext): readonly string[] {
  const law = lawName(context.regime);
  const a = (article: string) => `${law} Art. ${article}`;
  const uk = context.regime === "uk-gdpr";
  switch (id) {
    case "objection":
      return [a("21(1)"), a("6(1)(f)")];
    case "swiss-prohibition":
      return [
        "GDPR Art. 3(1)",
        "FADP Art. 3(1)",
        "FADP Art. 30(2)(b)",
        "FADP Art. 30(3)",
        "FADP Art. 31(1)",
        "FADP Art. 32(2)",
      ];
    case "uk-law":
      return ["UK GDPR Art. 3(2)"];
    case "uk-microsoft":
      return ["UK GDPR Art. 21(1)", "UK GDPR Art. 15(1)(c)"];
    case "status-former-member":
      return [a("17(1)(a)")];
    case "child-protection":
      return [a("6(1)(f)"), `${law} Recital 38`];
    case "compelling-grounds":
      return uk ? [a("21(1)")] : [a("21(1)"), "EDPB Opinion 28/2024"];
    case "legitimate-interests":
      return [a("13(1)(d)"), a("14(2)(b)")];
    case "special-category":
      return [a("9(1)"), a("9(2)"), a("9(2)(e)"), "CJEU C-252/21", a("17(1)(d)")];
    case "consent-withdrawal":
      return [a("7(3)")];
    case "restriction":
      return [a("18(1)(d)"), a("18(3)")];
    case "erasure":
      return [a("17(1)(c)")];
    case "recipients":
      return [a("19")];
    case "access":
      return [a("15(1)")];
    case "response-deadline":
      return uk ? [a("12(3)"), a("12A"), a("12(4)")] : [a("12(3)"), a("12(4)")];
    case "uk-complaint":
      return ["DPA 2018 s. 164A"];
    case "scope":
      return uk || context.account === "non-member"
        ? [a("12(2)"), a("12(6)")]
        : [a("12(2)"), a("12(6)"), "EDPB Guidelines 01/2022"];
    case "data-use":
      return [a("5(1)(b)")];
    case "complaint":
      if (context.regime === "ch-fadp") return [a("77"), a("79"), "FADP Art. 32(2)"];
      // The UK letter names the right to complain to the Information Commissioner without an article.
      return uk ? [a("79")] : [a("77"), a("79")];
    default:
      return [];
  }
}

/** "GDPR" for the EU, EEA and Switzerland (LinkedIn Ireland is bound by it), "UK GDPR" for the UK. */
export function lawName(regime: LetterRegime): "GDPR" | "UK GDPR" {
  return regime === "uk-gdpr" ? "UK GDPR" : "GDPR";
}

/** The primary source behind a reference of `paragraphRefs` (listed on the legal page). */
export function citationSource(ref: string): LegalSourceId | null {
  if (ref === "UK GDPR Art. 12A") return "uk-si-2026-82";
  if (ref.startsWith("UK GDPR")) return "uk-gdpr";
  if (ref.startsWith("GDPR")) return "gdpr";
  if (ref.startsWith("FADP")) return "ch-fadp";
  if (ref === "EDPB Opinion 28/2024") return "edpb-opinion-28-2024";
  if (ref === "EDPB Guidelines 01/2022") return "edpb-guidelines-01-2022";
  if (ref === "CJEU C-252/21") return "cjeu-c-252-21";
  if (ref === "DPA 2018 s. 164A") return "uk-dpa-2018-s164a";
  return null;
}
