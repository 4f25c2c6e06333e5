import type { LetterCatalog } from "./catalog/types";
import type { LetterModel } from "./model";

/** LinkedIn's objection form accepts at most this many characters. */
export const SHORT_TEXT_MAX = 1000;

/**
 * A version for LinkedIn's Data Processing Objection Form: the objection, the situations chosen,
 * the person's own words (shortened to fit), the requests, the reference and who objects.
 * Never longer than SHORT_TEXT_MAX characters. `catalog` is `letterCatalog(model.locale, model.regime)`
 * (`toShortText` in plain-text.ts), or the same catalogue loaded alone in the browser.
 */
export function shortTextOf(model: LetterModel, catalog: LetterCatalog): string {
  const short = catalog.short;
  const situations = model.paragraphs
    .map((p) => short.situations[p.id])
    .filter((s): s is string => Boolean(s));
  const ownWords = model.paragraphs.find((p) => p.id === "situation-own-words")?.quote;
  const who = [model.identity.name, model.identity.email].filter(Boolean).join(", ");
  const head = [short.objection(model.regime), model.statusNote].filter(Boolean).join(" ");
  const tail = [short.requests(model), short.reference(model.reference), who].join(" ");
  const grounds =
    situations.length > 0 ? `${short.groundsIntro} ${situations.join(model.typography.listSeparator)}.` : "";

  // The reference and who objects are never cut: optional parts go first, the person's words are shortened.
  const compose = (...parts: string[]) => parts.filter(Boolean).join(" ");
  const fittingGrounds = compose(head, grounds, tail).length <= SHORT_TEXT_MAX ? grounds : "";
  let text = compose(head, fittingGrounds, tail);
  if (ownWords) {
    // Quotation marks and a separating space: 5 characters at most (French guillemets with spaces).
    const room = SHORT_TEXT_MAX - text.length - 5;
    if (room > 40) {
      const words = ownWords.replace(/\s+/g, " ");
      const fitted = words.length <= room ? words : `${words.slice(0, room - 1).trimEnd()}…`;
      text = compose(head, fittingGrounds, quoted(model, fitted), tail);
    }
  }
  if (text.length <= SHORT_TEXT_MAX) return text;
  // Still too long (long names, several statuses): the requests are shortened, the reference and who objects
  // stay whole.
  const kept = compose(short.reference(model.reference), who);
  const body = compose(head, short.requests(model));
  return `${body.slice(0, Math.max(0, SHORT_TEXT_MAX - kept.length - 2)).trimEnd()}… ${kept}`;
}

function quoted(model: Pick<LetterModel, "typography">, text: string): string {
  const [open, close] = model.typography.quotes;
  return `${open}${text}${close}`;
}

/**
 * The download name: the catalogue's stem, date and reference, ASCII only and without the person's name, so it
 * is safe in a Content-Disposition header and reveals nothing in a downloads folder. `catalog` as for
 * `shortTextOf`; `letterFileName` (file-name.ts) picks it.
 */
export function fileNameOf(
  model: LetterModel,
  catalog: LetterCatalog,
  extension: "pdf" | "txt" = "pdf",
): string {
  const safe = `${catalog.fileNameStem}-${model.date}-${model.reference}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-");
  return `${safe}.${extension}`;
}
