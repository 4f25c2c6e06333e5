import { signaturePngDataUrl } from "@/tests/support/letter-fixtures";

// The letter tests' signature drawing (a stroke on a transparent canvas, as the signature pad exports).
export { signaturePngDataUrl };

/**
 * A complete, eligible letter request: every data category, two situations with free
 * text, a postal address and a drawn signature, so the letter fills two pages.
 */
export function fullLetterRequest(letterLocale: "fr" | "en" = "fr") {
  return {
    letterLocale,
    country: "FR",
    age: "18-plus",
    account: "member",
    school: false,
    firstName: "Camille",
    lastName: "Dürand-Łukasiewicz",
    email: "camille@example.org",
    profileUrl: "https://www.linkedin.com/in/camille-durand",
    postalAddress: { lines: ["12 rue de la République"], postalCode: "75011", city: "Paris", country: "FR" },
    dataCategories: ["profile", "posts", "groups", "ai-conversations", "resumes"],
    situations: ["creative-work", "journalist"],
    situationText:
      "Je publie des textes et des photographies dont je suis l’auteur ; leur réutilisation pour entraîner des modèles génératifs porte atteinte à mes droits et à mes sources.",
    place: "Paris",
    signature: { type: "drawn", png: signaturePngDataUrl() },
  };
}
