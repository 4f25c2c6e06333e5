import { letterCatalog } from "./catalog";
import type { LetterModel } from "./model";
import { shortTextOf } from "./compose-text";

export { SHORT_TEXT_MAX } from "./compose-text";

/** The whole letter as plain text, in the order the PDF prints it. */
export function toPlainText(model: LetterModel): string {
  const blocks: string[] = [
    [model.sender.name, ...model.sender.lines, ...(model.sender.identifiers ?? [])].join("\n"),
    [model.recipient.name, ...model.recipient.lines].join("\n"),
    model.placeAndDate,
    `${model.labels.reference}${colon(model)} ${model.reference}`,
    `${model.labels.subject}${colon(model)} ${model.subject}`,
    model.salutation,
  ];
  for (const paragraph of model.paragraphs) {
    const parts = [paragraph.text];
    if (paragraph.items) parts.push(paragraph.items.map((item) => `- ${item}`).join("\n"));
    if (paragraph.identifiers) parts.push(paragraph.identifiers.map((item) => `- ${item}`).join("\n"));
    if (paragraph.quote) parts.push(quoted(model, paragraph.quote));
    blocks.push(parts.join("\n"));
  }
  blocks.push(model.closing);
  blocks.push(model.signatures.map((s) => (s.role ? `${s.signer}\n${s.role}` : s.signer)).join("\n\n"));
  return `${blocks.join("\n\n")}\n`;
}

/**
 * A version for LinkedIn's Data Processing Objection Form (see `shortTextOf`), with the catalogue of the
 * letter's language. Never longer than SHORT_TEXT_MAX characters.
 */
export function toShortText(model: LetterModel): string {
  return shortTextOf(model, letterCatalog(model.locale, model.regime));
}

function colon(model: LetterModel): string {
  return model.typography.colon;
}

function quoted(model: Pick<LetterModel, "typography">, text: string): string {
  const [open, close] = model.typography.quotes;
  return `${open}${text}${close}`;
}
