import { computeDeadline, type Deadline } from "@/lib/universal/deadline/compute-deadline";
import { addDays, type IsoDate } from "@/lib/universal/deadline/dates";
import { buildLetter, NotEligibleError } from "@/lib/universal/letter/build-letter";
import { authorityName } from "@/lib/universal/data/authority-name";
import { withApostrophes } from "@/lib/universal/i18n/typography";
import { letterCatalog } from "@/lib/universal/letter/catalog";
import { lawName } from "@/lib/universal/letter/citations";
import type { TLetterRequest } from "@/lib/universal/schemas/letter-request";
import type { Verdict } from "@/lib/universal/rules/types";
import { followUpCatalog } from "./catalog";
import type { FollowUpContext } from "./catalog/types";
import { complaintAddressee } from "./complaint-addressee";
import { REMINDER_DAYS, SHORT_MAX } from "./constants";
import {
  FOLLOW_UP_PARAGRAPH_IDS,
  type FollowUpModel,
  type FollowUpParagraph,
  type FollowUpParagraphId,
} from "./model";
import type { TFollowUpRequest } from "./schema";

/** The deadline of the original sending, for the person's regime. */
export function originalDeadline(request: Pick<TFollowUpRequest, "original">, verdict: Verdict): Deadline {
  if (verdict.regime === "none") throw new NotEligibleError();
  return computeDeadline({
    regime: verdict.regime,
    sentOn: request.original.sentOn,
    channel: request.original.channel,
    receivedOn: request.original.receivedOn,
  });
}

/** An extension notice after the first month cannot extend the period (GDPR Art. 12(3)). */
export function isLateExtension(request: Pick<TFollowUpRequest, "reply" | "replyOn">, deadline: Deadline) {
  return request.reply === "extension" && Boolean(request.replyOn && request.replyOn > deadline.deadline);
}

/**
 * The first day a document makes sense, or null when it does at once. A reminder, or a complaint for no
 * answer, waits for the day after the deadline; after an extension notified in time, for the day after the
 * extended deadline. A reply, and a complaint about an answer, need not wait.
 */
export function followUpAvailableFrom(
  request: Pick<TFollowUpRequest, "kind" | "reply" | "replyOn">,
  deadline: Deadline,
): IsoDate | null {
  if (request.kind === "reply") return null;
  if (request.reply === "none") return addDays(deadline.deadline, 1);
  if (request.reply === "extension")
    return addDays(isLateExtension(request, deadline) ? deadline.deadline : deadline.extendedDeadline, 1);
  return request.kind === "reminder" ? addDays(deadline.deadline, 1) : null;
}

/** The letter request inside a follow-up request: the same sender, recipient, place, date and signatures. */
function letterRequestOf(request: TFollowUpRequest): TLetterRequest {
  return {
    letterLocale: request.letterLocale,
    country: request.country,
    age: request.age,
    account: request.account,
    school: request.school,
    firstName: request.firstName,
    lastName: request.lastName,
    email: request.email,
    profileUrl: request.profileUrl,
    postalAddress: request.postalAddress,
    place: request.place,
    date: request.date,
    signature: request.signature,
    guardian: request.guardian,
    situations: [],
  };
}

function paragraphIds(request: TFollowUpRequest, context: FollowUpContext): FollowUpParagraphId[] {
  const { kind, reply } = request;
  const late = context.extensionLate;
  if (kind === "reminder") {
    const ids: FollowUpParagraphId[] = ["recap"];
    if (reply === "extension") ids.push(late ? "reply-extension-late" : "extension-expired");
    else ids.push("no-answer");
    if (context.acknowledgementBy && reply === "none") ids.push("uk-acknowledgement");
    return [...ids, "restriction", "answer-by"];
  }
  if (kind === "reply") {
    switch (reply) {
      case "setting-only":
        return [
          "recap",
          "reply-setting-only",
          "requests-confirmation",
          "requests-access",
          "requests-erasure",
          "answer-by",
        ];
      case "compelling-grounds":
        return ["recap", "reply-compelling-grounds", "restriction", "complaint-announced"];
      case "extension":
        return late
          ? ["recap", "reply-extension-late", "restriction", "answer-by"]
          : ["recap", "reply-extension-in-time", "restriction"];
      default:
        return ["recap", `reply-${reply}` as FollowUpParagraphId, "restriction", "answer-by"];
    }
  }
  const ids: FollowUpParagraphId[] = ["complaint-intro"];
  if (context.regime === "uk-gdpr") ids.push("complaint-uk-164a");
  ids.push("complaint-facts", `happened-${reply}` as FollowUpParagraphId);
  // Only EU authorities cooperate with LinkedIn Ireland's lead authority (GDPR Art. 56, 60); the FDPIC does not.
  if (context.regime === "eu-gdpr") ids.push("complaint-lead");
  return [...ids, "complaint-requests", "evidence", "complaint-sharing"];
}

/** Legal references of each paragraph, language-neutral, so French and English can be compared. */
function paragraphRefs(id: FollowUpParagraphId, context: FollowUpContext): string[] {
  const law = lawName(context.regime);
  const a = (article: string) => `${law} Art. ${article}`;
  const periodRefs = context.regime === "uk-gdpr" ? [a("12(3)"), a("12A")] : [a("12(3)")];
  // The EDPB's guidelines bind the EU authorities, not the ICO: the UK wording does not cite them.
  const edpb = context.regime === "uk-gdpr" ? [] : ["EDPB Guidelines 01/2022"];
  switch (id) {
    case "complaint-intro":
      if (context.regime === "ch-fadp") return ["FADP Art. 49(1)"];
      return context.regime === "uk-gdpr" ? [a("21(1)")] : [a("21(1)"), a("77")];
    case "recap":
    case "complaint-facts":
      return [a("21(1)")];
    case "no-answer":
    case "happened-none":
      return [...periodRefs, a("12(4)")];
    case "extension-expired":
    case "reply-extension-in-time":
    case "reply-extension-late":
    case "happened-extension":
      return periodRefs;
    case "uk-acknowledgement":
    case "complaint-uk-164a":
      return ["DPA 2018 s. 164A"];
    case "reply-setting-only":
    case "happened-setting-only":
      return [a("21(1)")];
    case "reply-use-the-form":
      return [a("12(2)"), ...periodRefs, ...edpb];
    case "happened-use-the-form":
      return [a("12(2)")];
    case "reply-identity-document":
      return [a("12(6)"), ...edpb, ...(context.regime === "uk-gdpr" ? [a("12A")] : [])];
    case "happened-identity-document":
      return [a("12(6)")];
    case "reply-compelling-grounds":
      return context.regime === "ch-fadp" ? [a("21(1)"), "FADP Art. 31(1)"] : [a("21(1)")];
    case "happened-compelling-grounds":
      return [a("21(1)")];
    case "requests-access":
      return [a("15(1)"), a("19")];
    case "requests-erasure":
      return [a("17(1)(c)"), a("19")];
    case "restriction":
      return [a("18(1)(d)")];
    case "complaint-lead":
      return [a("56")];
    case "complaint-requests":
      if (context.regime === "ch-fadp") return ["FADP Art. 51", "FADP Art. 49(4)"];
      return context.regime === "uk-gdpr" ? [] : [a("58(2)(c)"), a("77(2)")];
    default:
      return [];
  }
}

export interface BuildFollowUpOptions {
  /** ISO date used when the request has none. */
  today: string;
}

/**
 * Turns a validated follow-up request and the rules' verdict into the document as data: the letter's sender
 * and signatures, LinkedIn's DPO (reminder, reply) or the person's supervisory authority (complaint), and the
 * ordered paragraphs for the kind and LinkedIn's answer. Pure. Does not check `followUpAvailableFrom`: the
 * caller decides whether a document is too early.
 */
export function buildFollowUp(
  request: TFollowUpRequest,
  verdict: Verdict,
  options: BuildFollowUpOptions,
): FollowUpModel {
  if (verdict.status === "not-eligible" || verdict.regime === "none" || !verdict.controller)
    throw new NotEligibleError();
  const locale = request.letterLocale;
  const catalog = followUpCatalog(locale, verdict.regime);
  const formatDate = letterCatalog(locale, verdict.regime).formatDate;
  const letter = buildLetter(letterRequestOf(request), verdict, {
    today: options.today,
    reference: request.original.reference,
  });
  const deadline = originalDeadline(request, verdict);
  const addressee = complaintAddressee(request.country, request.land, locale);
  if (!addressee) throw new NotEligibleError();
  const lead = verdict.leadAuthority;
  const sameAsLead = lead && addressee.known && verdict.authority?.country === lead.country;
  const extensionLate = isLateExtension(request, deadline);

  const date = letter.date;
  const answerBy =
    request.kind === "reply" && request.reply === "extension" && !extensionLate
      ? deadline.extendedDeadline
      : [deadline.deadline, addDays(date, REMINDER_DAYS)].sort().at(-1)!;

  const context: FollowUpContext = {
    regime: verdict.regime,
    kind: request.kind,
    reply: request.reply,
    account: request.account,
    reference: request.original.reference,
    channel: request.original.channel,
    sentOn: formatDate(request.original.sentOn),
    receivedOn: formatDate(deadline.receivedOn),
    receiptAssumed: deadline.receiptAssumed,
    deadline: formatDate(deadline.deadline),
    extendedDeadline: formatDate(deadline.extendedDeadline),
    acknowledgementBy: deadline.acknowledgementBy ? formatDate(deadline.acknowledgementBy) : null,
    replyOn: request.replyOn ? formatDate(request.replyOn) : "",
    extensionLate,
    answerBy: formatDate(answerBy),
    controllerName: verdict.controller.name,
    authorityName: addressee.name,
    authorityKnown: addressee.known,
    leadAuthorityName:
      lead && !sameAsLead ? withApostrophes(authorityName(lead, locale), letter.typography) : null,
  };

  const wanted = new Set(paragraphIds(request, context));
  const paragraphs = FOLLOW_UP_PARAGRAPH_IDS.filter((id) => wanted.has(id)).map((id): FollowUpParagraph => {
    const paragraph: FollowUpParagraph = {
      id,
      text: catalog.paragraphs[id](context),
      refs: paragraphRefs(id, context),
    };
    if (id !== "evidence") return paragraph;
    const items = [
      catalog.evidence.letter(context.reference, context.sentOn),
      catalog.evidence.proof(context.channel),
      ...(request.reply !== "none" ? [catalog.evidence.reply(context.replyOn)] : []),
      catalog.evidence.reminder,
    ];
    return { ...paragraph, items };
  });

  const complaint = request.kind === "complaint";
  const short = catalog.short(context);
  return {
    locale,
    regime: verdict.regime,
    typography: letter.typography,
    kind: request.kind,
    reply: request.reply,
    reference: request.original.reference,
    date,
    placeAndDate: letter.placeAndDate,
    sender: letter.sender,
    // The authority's name only: its complaint link is given on screen and in the text response; printed in
    // the address window, react-pdf would hyphenate it.
    recipient: complaint ? { name: addressee.name, lines: [] } : letter.recipient,
    addressee: complaint
      ? { name: addressee.name, ...(addressee.url ? { url: addressee.url } : {}) }
      : { name: letter.recipient.name },
    subject: catalog.subject(request.kind, request.reply, verdict.regime, request.original.reference),
    salutation: catalog.salutation,
    paragraphs,
    closing: catalog.closing,
    signatures: letter.signatures,
    labels: catalog.labels,
    title: catalog.title(request.kind, request.original.reference),
    short: short.length <= SHORT_MAX ? short : `${short.slice(0, SHORT_MAX - 1)}…`,
    fileNameStem: catalog.fileNameStem[request.kind],
    dates: {
      receivedOn: deadline.receivedOn,
      deadline: deadline.deadline,
      extendedDeadline: deadline.extendedDeadline,
      answerBy,
    },
    channel: request.original.channel,
  };
}
