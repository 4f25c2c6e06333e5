import { authorityName } from "@/lib/universal/data/authority-name";
import { DPO_LINE } from "@/lib/universal/data/controllers";
import { countryName } from "@/lib/universal/data/country-name";
import { typography, withApostrophes, type Typography } from "@/lib/universal/i18n/typography";
import { hasPostalAddress, type TLetterRequest } from "@/lib/universal/schemas/letter-request";
import { DATA_CATEGORIES, SITUATIONS, type Verdict } from "@/lib/universal/rules/types";
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
import { paragraphRefs } from "./citations";

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
 * Turns a validated request and the rules' verdict into the letter as data, with the wording of `catalog`:
 * sender, recipient, place and date, reference, subject, the ordered paragraphs (lib/universal/letter/model.ts)
 * with their legal references, and the signatures. Pure: the same inputs give the same letter.
 *
 * `catalog` must be `letterCatalog(request.letterLocale, verdict.regime)`: `buildLetter` (build-letter.ts) passes
 * it from the catalogues it holds; the browser passes the one language it loaded (`loadLetterCatalog`), so a page
 * never downloads the wording of the letters it does not write.
 */
export function composeLetter(
  request: TLetterRequest,
  verdict: Verdict,
  options: BuildLetterOptions,
  catalog: LetterCatalog,
): LetterModel {
  if (verdict.status === "not-eligible" || verdict.regime === "none" || !verdict.controller)
    throw new NotEligibleError();
  if (catalog.locale !== request.letterLocale)
    throw new Error(`A ${request.letterLocale} letter cannot use the ${catalog.locale} catalogue.`);
  const regime: LetterRegime = verdict.regime;
  const style = typography(request.letterLocale, regime);
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
    ...authorityNames(verdict, request, style),
    hasEmail: Boolean(request.email),
    hasPostalAddress: hasPostalAddress(request.postalAddress),
    mentions: request.account === "non-member" ? (request.mentions?.length ?? 0) : 0,
  };
  const date = request.date ?? options.today;
  const place = request.place ?? request.postalAddress?.city ?? null;

  return {
    locale: request.letterLocale,
    regime,
    typography: style,
    reference: options.reference,
    date,
    placeAndDate: catalog.placeAndDate(place, catalog.formatDate(date)),
    sender: senderBlock(request, catalog, style, name),
    recipient: recipientBlock(verdict.controller, catalog),
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
    statusNote: catalog.short.status(context),
  };
}

function authorityNames(
  verdict: Verdict,
  request: TLetterRequest,
  style: Typography,
): Pick<ParagraphContext, "authorityName" | "authorityScope" | "leadAuthorityName"> {
  // French and Italian letters use the typographic apostrophe, also in authority names.
  const name = (ref: Verdict["authority"]) =>
    ref ? withApostrophes(authorityName(ref, request.letterLocale), style) : null;
  const leadAuthorityName = name(verdict.leadAuthority);
  // The Irish DPC is both the local and the lead authority for residents of Ireland: name it once.
  const sameAuthority =
    verdict.authority && verdict.leadAuthority && verdict.authority.country === verdict.leadAuthority.country;
  const lead = sameAuthority ? null : leadAuthorityName;
  // In Germany the Länder supervise private companies: without a Land the letter names none in particular.
  if (verdict.authority?.country === "DE") {
    return request.land
      ? { authorityName: name(verdict.authority), authorityScope: "land", leadAuthorityName: lead }
      : { authorityName: null, authorityScope: "germany", leadAuthorityName: lead };
  }
  return { authorityName: name(verdict.authority), authorityScope: "country", leadAuthorityName: lead };
}

function senderBlock(
  request: TLetterRequest,
  catalog: LetterCatalog,
  style: Typography,
  name: string,
): LetterParty {
  const lines: string[] = [];
  const address = request.postalAddress;
  if (address) {
    lines.push(...address.lines);
    const country = address.country ?? request.country;
    // The United Kingdom writes the town, then the postcode on a line of its own; most of Europe "75011 Paris".
    if (country === "GB")
      lines.push(...[address.city, address.postalCode].filter((v): v is string => Boolean(v)));
    else {
      const cityLine = [address.postalCode, address.city].filter(Boolean).join(" ");
      if (cityLine) lines.push(cityLine);
    }
    lines.push(countryName(country, request.letterLocale));
  }
  const emailLabel =
    request.account === "former-member"
      ? catalog.labels.formerEmail
      : request.account === "non-member"
        ? catalog.labels.contactEmail
        : catalog.labels.email;
  const colon = style.colon;
  const identifiers: string[] = [];
  if (request.email) identifiers.push(`${emailLabel}${colon} ${request.email}`);
  if (request.profileUrl) identifiers.push(`${catalog.labels.profile}${colon} ${request.profileUrl}`);
  return { name, lines, identifiers };
}

/** The controller's postal block for its Data Protection Officer, the care-of line in the letter's language. */
function recipientBlock(controller: NonNullable<Verdict["controller"]>, catalog: LetterCatalog): LetterParty {
  const lines = controller.dpoPostalBlock
    .filter((line) => line !== controller.name)
    .map((line) => (line === DPO_LINE ? catalog.labels.careOf : line));
  return { name: controller.name, lines };
}

function paragraphs(
  request: TLetterRequest,
  context: ParagraphContext,
  catalog: LetterCatalog,
): LetterParagraph[] {
  const include = new Set<ParagraphId>([
    "objection",
    "data-categories",
    "grounds",
    "compelling-grounds",
    "legitimate-interests",
  ]);
  if (context.regime === "ch-fadp") include.add("swiss-prohibition");
  if (context.regime === "uk-gdpr") {
    include.add("uk-law");
    include.add("uk-microsoft");
    include.add("uk-complaint");
  }
  if (request.account === "non-member") include.add("status-non-member");
  if (request.account === "former-member") include.add("status-former-member");
  if (request.age === "under-16") include.add("status-under-16");
  else if (request.age === "16-17" || request.school) include.add("status-possible-minor");
  // Every possible minor gets LinkedIn's under-18 exclusion; only people under 18 are called children.
  if (request.age !== "18-plus" || request.school) include.add("minor-exclusion");
  if (request.age !== "18-plus") include.add("child-protection");
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
    "access",
    "permanence",
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
    if (id === "status-non-member" && context.mentions > 0)
      return { ...paragraph, identifiers: request.mentions };
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
