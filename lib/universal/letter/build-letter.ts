import { countryName } from "@/lib/universal/data/country-name";
import type { Locale } from "@/lib/universal/i18n/locales";
import type { TLetterRequest } from "@/lib/universal/schemas/letter-request";
import { DATA_CATEGORIES, SITUATIONS, type Verdict } from "@/lib/universal/rules/types";
import { letterCatalog } from "./catalog";
import type { LetterCatalog, ParagraphContext } from "./catalog/types";
import {
  PARAGRAPH_IDS,
  type LetterModel,
  type LetterParagraph,
  type LetterParty,
  type LetterRegime,
  type LetterSignature,
  type ParagraphId,
} from "./model";
import { paragraphRefs } from "./references";

export interface BuildLetterOptions {
  /** ISO date used when the request has none. */
  today: string;
  /** Letter reference, see `newLetterReference`. */
  reference: string;
}

/** Thrown when asked to write a letter the rules say does not apply. */
export class NotEligibleError extends Error {
  constructor() {
    super("No objection letter applies to this verdict.");
    this.name = "NotEligibleError";
  }
}

/**
 * Turns a validated request and the rules' verdict into the letter as data: sender, recipient,
 * place and date, reference, subject, the ordered paragraphs of DOMAIN.md section 5 with their
 * legal references, and the signatures. Pure: the same inputs give the same letter.
 */
export function buildLetter(
  request: TLetterRequest,
  verdict: Verdict,
  options: BuildLetterOptions,
): LetterModel {
  if (verdict.status === "not-eligible" || verdict.regime === "none" || !verdict.controller)
    throw new NotEligibleError();
  const regime: LetterRegime = verdict.regime;
  const catalog = letterCatalog(request.letterLocale);
  const name = `${request.firstName} ${request.lastName}`;
  const guardianName =
    request.age === "under-16" && request.guardian
      ? `${request.guardian.firstName} ${request.guardian.lastName}`
      : null;
  const context: ParagraphContext = {
    regime,
    account: request.account,
    age: request.age,
    school: request.school,
    guardianName,
    ...authorityNames(verdict, request.letterLocale),
  };
  const date = request.date ?? options.today;
  const place = request.place ?? request.postalAddress?.city ?? null;

  return {
    locale: request.letterLocale,
    regime,
    reference: options.reference,
    date,
    placeAndDate: catalog.placeAndDate(place, catalog.formatDate(date)),
    sender: senderBlock(request, catalog, name),
    recipient: recipientBlock(verdict.controller),
    subject: catalog.subject(regime),
    salutation: catalog.salutation,
    paragraphs: paragraphs(request, context, catalog),
    closing: catalog.closing,
    signatures: signatures(request, catalog, name, guardianName),
    labels: {
      reference: catalog.labels.reference,
      subject: catalog.labels.subject,
      pageOf: catalog.labels.pageOf,
    },
    title: catalog.title(options.reference),
    identity: { name, email: request.email, profileUrl: request.profileUrl },
  };
}

function authorityNames(verdict: Verdict, locale: Locale) {
  const localName = (ref: Verdict["authority"]) => (ref ? (locale === "fr" ? ref.nameFr : ref.nameEn) : null);
  const authorityName = localName(verdict.authority);
  const leadAuthorityName = localName(verdict.leadAuthority);
  // The Irish DPC is both the local and the lead authority for residents of Ireland: name it once.
  const sameAuthority =
    verdict.authority && verdict.leadAuthority && verdict.authority.country === verdict.leadAuthority.country;
  return { authorityName, leadAuthorityName: sameAuthority ? null : leadAuthorityName };
}

function senderBlock(request: TLetterRequest, catalog: LetterCatalog, name: string): LetterParty {
  const lines: string[] = [];
  const address = request.postalAddress;
  if (address) {
    lines.push(...address.lines);
    const cityLine = [address.postalCode, address.city].filter(Boolean).join(" ");
    if (cityLine) lines.push(cityLine);
    const country = address.country ?? request.country;
    lines.push(countryName(country, request.letterLocale));
  }
  // "Account e-mail" only for a current account; former and non-members give a contact address.
  const hasAccount = request.account !== "former-member" && request.account !== "non-member";
  const emailLabel = hasAccount ? catalog.labels.email : catalog.labels.contactEmail;
  if (request.email)
    lines.push(`${emailLabel}${request.letterLocale === "fr" ? "\u00a0:" : ":"} ${request.email}`);
  if (request.profileUrl)
    lines.push(
      `${catalog.labels.profile}${request.letterLocale === "fr" ? "\u00a0:" : ":"} ${request.profileUrl}`,
    );
  return { name, lines };
}

/** The controller's published DPO postal block, with its legal name added if the block omits it. */
function recipientBlock(controller: NonNullable<Verdict["controller"]>): LetterParty {
  const block = [...controller.dpoPostalBlock];
  const namedAt = block.findIndex((line) => line.includes(controller.name));
  if (namedAt >= 0) {
    // The name line is printed in bold first; a "℅ Data Protection Officer" line before it stays first.
    const careOf = block.slice(0, namedAt);
    const rest = block.slice(namedAt + 1);
    return { name: controller.name, lines: [...careOf, ...rest] };
  }
  return { name: controller.name, lines: block };
}

function paragraphs(
  request: TLetterRequest,
  context: ParagraphContext,
  catalog: LetterCatalog,
): LetterParagraph[] {
  const include = new Set<ParagraphId>(["objection", "data-categories", "grounds", "compelling-grounds"]);
  if (context.regime === "ch-fadp") include.add("swiss-prohibition");
  if (context.regime === "uk-gdpr") include.add("uk-microsoft");
  if (request.account === "non-member") include.add("status-non-member");
  if (request.account === "former-member") include.add("status-former-member");
  if (request.age === "under-16") include.add("status-under-16");
  else if (request.age === "16-17" || request.school) include.add("status-possible-minor");
  for (const situation of SITUATIONS) {
    if (request.situations.includes(situation)) include.add(`situation-${situation}`);
  }
  if (request.situationText) include.add("situation-own-words");
  if (request.situations.includes("special-category")) include.add("special-category");
  for (const id of [
    "consent-withdrawal",
    "restriction",
    "erasure",
    "recipients",
    "response-deadline",
    "scope",
    "data-use",
    "complaint",
  ] as const) {
    include.add(id);
  }

  const categories = request.dataCategories ?? [...DATA_CATEGORIES];
  return PARAGRAPH_IDS.filter((id) => include.has(id)).map((id) => {
    const paragraph: LetterParagraph = {
      id,
      text: catalog.paragraphs[id](context),
      refs: paragraphRefs(id, context),
    };
    if (id === "data-categories" && request.account !== "non-member") {
      return {
        ...paragraph,
        items: DATA_CATEGORIES.filter((c) => categories.includes(c)).map((c) => catalog.categories[c]),
      };
    }
    if (id === "situation-own-words") return { ...paragraph, quote: request.situationText };
    return paragraph;
  });
}

function signatures(
  request: TLetterRequest,
  catalog: LetterCatalog,
  name: string,
  guardianName: string | null,
): LetterSignature[] {
  const own: LetterSignature =
    request.signature.type === "drawn"
      ? { signer: name, kind: "drawn", png: request.signature.png }
      : { signer: name, kind: "typed" };
  if (!guardianName) return [own];
  return [own, { signer: guardianName, role: catalog.labels.guardianRole, kind: "typed" }];
}
