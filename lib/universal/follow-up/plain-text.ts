import type { FollowUpModel } from "./model";

/** The whole follow-up document as plain text, in the order the PDF prints it. */
export function followUpPlainText(model: FollowUpModel): string {
  const colon = model.typography.colon;
  const blocks: string[] = [
    [model.sender.name, ...model.sender.lines].join("\n"),
    [model.recipient.name, ...model.recipient.lines].join("\n"),
    model.placeAndDate,
    `${model.labels.reference}${colon} ${model.reference}`,
    `${model.labels.subject}${colon} ${model.subject}`,
    model.salutation,
  ];
  for (const paragraph of model.paragraphs) {
    const parts = [paragraph.text];
    if (paragraph.items) parts.push(paragraph.items.map((item) => `- ${item}`).join("\n"));
    blocks.push(parts.join("\n"));
  }
  blocks.push(model.closing);
  blocks.push(model.signatures.map((s) => (s.role ? `${s.signer}\n${s.role}` : s.signer)).join("\n\n"));
  return `${blocks.join("\n\n")}\n`;
}

/** Download name: localized stem, date and reference, ASCII only, without the person's name. */
export function followUpFileName(model: FollowUpModel, extension: "pdf" | "txt" = "pdf"): string {
  const safe = `${model.fileNameStem}-${model.date}-${model.reference}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-");
  return `${safe}.${extension}`;
}
