import type { TLetterRequest } from "@/lib/universal/schemas/letter-request";
import type { Verdict } from "@/lib/universal/rules/types";
import { letterCatalog } from "./catalog";
import { composeLetter, type BuildLetterOptions } from "./compose-letter";
import type { LetterModel } from "./model";

export { NotEligibleError, type BuildLetterOptions } from "./compose-letter";

/**
 * Turns a validated request and the rules' verdict into the letter as data, in the request's letter language
 * (the Swiss variant of that language under Swiss law): `composeLetter` with the catalogue `letterCatalog` picks.
 * Pure: the same inputs give the same letter. The server and the tests use it; the browser calls `composeLetter`
 * with the one catalogue it loaded.
 */
export function buildLetter(
  request: TLetterRequest,
  verdict: Verdict,
  options: BuildLetterOptions,
): LetterModel {
  return composeLetter(request, verdict, options, letterCatalog(request.letterLocale, verdict.regime));
}
