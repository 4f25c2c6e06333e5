import { en as letter } from "@/lib/universal/letter/catalog/en";
import type { LetterRegime } from "@/lib/universal/letter/model";
import { GERMAN_LAND_NAMES } from "../german-lands";
import type { FollowUpCatalog, FollowUpContext } from "./types";

/**
 * The follow-up documents in English: a reminder, the replies to LinkedIn's typical answers and the
 * complaint. Legal wording follows the English texts of the GDPR, the UK GDPR and the FADP, as the letter does.
 */

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const law = (c: { regime: LetterRegime }) => (c.regime === "uk-gdpr" ? "the UK GDPR" : "the GDPR");
const art = (c: { regime: LetterRegime }, article: string) => `Article ${article} of ${law(c)}`;
/** "Name (Country)" inside parentheses becomes "Name, Country": no nested parentheses. */
const flat = (name: string) => name.replace(/\s*\(([^()]+)\)$/, ", $1");

const CHANNEL: Record<FollowUpContext["channel"], string> = {
  form: "through your Data Processing Objection Form",
  post: "by registered post",
  email: "by e-mail",
};

const THIRD_PERSON_CHANNEL: Record<FollowUpContext["channel"], string> = {
  form: "through its Data Processing Objection Form",
  post: "by registered post",
  email: "by e-mail",
};

function received(c: FollowUpContext): string {
  return c.receiptAssumed
    ? `It reached you on or about ${c.receivedOn}`
    : `You received it on ${c.receivedOn}`;
}

function period(c: FollowUpContext): string {
  return c.regime === "uk-gdpr" ? `Articles 12(3) and 12A of the UK GDPR` : `Article 12(3) of the GDPR`;
}

/** Whom the person will complain to, as named in a reminder or reply. */
function complainTo(c: FollowUpContext): string {
  if (c.regime === "ch-fadp") return `report the matter to the ${flat(c.authorityName)}`;
  if (!c.authorityKnown) return "lodge a complaint with the data protection authority of my Land";
  return `lodge a complaint with the supervisory authority (${flat(c.authorityName)})`;
}

export const en: FollowUpCatalog = {
  locale: "en",
  formatLongDate(isoDate) {
    const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
    const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    return `${weekday} ${letter.formatDate(isoDate)}`;
  },
  subject(kind, reply, regime, reference) {
    const lawName = regime === "uk-gdpr" ? "UK GDPR" : "GDPR";
    if (kind === "reminder")
      return `Reminder of my objection ${reference} to generative AI training, left unanswered (Article 12(3) ${lawName})`;
    if (kind === "reply") return `Your answer to my objection ${reference} (Article 21 ${lawName})`;
    if (regime === "ch-fadp")
      return `Report about LinkedIn Ireland Unlimited Company: my objection ${reference}`;
    return `Complaint against ${regime === "uk-gdpr" ? "LinkedIn Corporation" : "LinkedIn Ireland Unlimited Company"}: my objection ${reference} (Article 21 ${lawName})`;
  },
  title: (kind, reference) =>
    `${{ reminder: "Reminder", reply: "Reply", complaint: "Complaint" }[kind]} – objection to generative AI training – LinkedIn – ${reference}`,
  salutation: "Dear Sir or Madam,",
  closing: "Yours faithfully,",
  labels: { reference: "Reference", subject: "Subject", pageOf: "Page {page} of {total}" },
  paragraphs: {
    "complaint-intro": (c) => {
      if (c.regime === "ch-fadp")
        return `I report to you the processing of my personal data by ${c.controllerName} (Wilton Place, Dublin 2, Ireland), which trains its generative artificial intelligence models on the data of LinkedIn members in Switzerland, and which has not given effect to my express objection. I ask you to examine whether to open an investigation (Art. 49 FADP). I understand that a report does not make me a party to proceedings.`;
      const where =
        c.regime === "uk-gdpr"
          ? "1000 W Maude Avenue, Sunnyvale, CA, USA"
          : "Wilton Place, Dublin 2, Ireland";
      return `I lodge a complaint against ${c.controllerName} (${where}), which processes my personal data for the training of its generative artificial intelligence models, for not respecting my right to object (${art(c, "21(1)")}).${c.regime === "uk-gdpr" ? "" : ` I do so under ${art(c, "77")}.`}`;
    },
    "complaint-facts": (c) =>
      `On ${c.sentOn}, I sent LinkedIn my objection, under ${art(c, "21(1)")}, to the processing of my personal data for the training of generative artificial intelligence models (reference ${c.reference}), ${THIRD_PERSON_CHANNEL[c.channel]}. ${c.receiptAssumed ? `It reached LinkedIn on or about ${c.receivedOn}` : `LinkedIn received it on ${c.receivedOn}`}.`,
    recap: (c) =>
      `On ${c.sentOn}, I sent you my objection, under ${art(c, "21(1)")}, to the processing of my personal data for the training of generative artificial intelligence models (reference ${c.reference}), ${CHANNEL[c.channel]}. ${received(c)}.`,
    "no-answer": (c) =>
      `Under ${period(c)}, you had to inform me of the action taken within one month of receipt, that is by ${c.deadline}, or within the same period give me the reasons for not taking action (${art(c, "12(4)")}). I have received no answer and no notice of an extension.`,
    "extension-expired": (c) =>
      `On ${c.replyOn}, you told me that you were extending the period to answer. Even so extended, the period ended on ${c.extendedDeadline} (${period(c)}), and I have received no answer.`,
    "uk-acknowledgement": (c) =>
      `My letter was also a complaint to you under section 164A of the Data Protection Act 2018. You had to acknowledge receipt of it within 30 days, by ${c.acknowledgementBy ?? ""}; ${c.reply === "none" ? "I have received no acknowledgement" : "please tell me the outcome of that complaint without undue delay (section 164A(4))"}.`,
    "reply-setting-only": (c) =>
      `In your answer of ${c.replyOn}, you told me that the “Data for Generative AI Improvement” setting has been switched off for my account. That does not answer my objection. By your own account, the setting only stops the use of data going forward; it does not undo training already done. My objection under ${art(c, "21(1)")} covers every processing of my data for these purposes, including data already used and the models trained on it, and it does not depend on any setting.`,
    "reply-use-the-form": (c) =>
      `In your answer of ${c.replyOn}, you asked me to use your online form. No form or channel is required to exercise the right to object: you must facilitate the exercise of my rights (${art(c, "12(2)")}), ${c.regime === "uk-gdpr" ? "and no law makes a request depend on the use of a particular form" : "and the European Data Protection Board states that a controller cannot make a request depend on the use of a particular form (Guidelines 01/2022)"}. My letter is therefore a valid objection. The one-month period runs from its receipt on ${c.receivedOn} and ends on ${c.deadline} (${period(c)}).`,
    "reply-identity-document": (c) => {
      const contact =
        c.account === "non-member"
          ? "My letter gives the contact details where you can reach me, and I am ready to confirm this objection from them."
          : "My letter gives the e-mail address of my LinkedIn account: you can confirm my identity through that account, and I am ready to confirm this objection from that address.";
      const clock =
        c.regime === "uk-gdpr"
          ? `Under Article 12A of the UK GDPR, the period stops only while you wait for information you reasonably requested to confirm my identity; an unnecessary request does not stop it.`
          : `An unjustified request does not suspend the one-month period.`;
      return `In your answer of ${c.replyOn}, you asked me for a copy of an identity document. You may request additional information only if you have reasonable doubts about my identity, and only what is necessary to confirm it (${art(c, "12(6)")}). ${contact}${c.regime === "uk-gdpr" ? "" : " The European Data Protection Board considers that asking for a copy of an identity document is generally not necessary or proportionate when the person can be authenticated otherwise (Guidelines 01/2022)."} ${clock} It ends on ${c.deadline}.`;
    },
    "reply-compelling-grounds": (c) =>
      `In your answer of ${c.replyOn}, you stated that you have compelling legitimate grounds to continue the processing. Under ${art(c, "21(1)")}, it is for you to demonstrate compelling legitimate grounds which override my interests, rights and freedoms; a general statement is not a demonstration.${c.regime === "ch-fadp" ? " Under Swiss law too, whoever invokes a justification must establish it (Art. 31(1) FADP)." : ""} I ask you to send me that demonstration for my situation, the legitimate interests you pursue and the balancing test you carried out.`,
    "reply-extension-in-time": (c) =>
      `On ${c.replyOn}, you told me that you are extending the period to answer. ${period(c)} allow two further months only where necessary, taking into account the complexity and number of requests, and require the reasons for the delay. I note that you must answer by ${c.extendedDeadline} at the latest. If your notice did not give the reasons, please send them.`,
    "reply-extension-late": (c) =>
      `On ${c.replyOn}, you told me that you are extending the period to answer. An extension must be notified, with its reasons, within one month of receipt of the request (${period(c)}); that month ended on ${c.deadline}. Your notice came too late to extend the period, which has therefore expired without an answer.`,
    "happened-none": (c) =>
      `LinkedIn had to answer within one month of receipt, by ${c.deadline} (${period(c)}). It has not answered, nor given reasons for not acting (${art(c, "12(4)")}), nor notified an extension.`,
    "happened-setting-only": (c) =>
      `On ${c.replyOn}, LinkedIn answered only that the “Data for Generative AI Improvement” setting had been switched off for my account. By LinkedIn's own account, that stops future use but does not undo training already done. It neither gives effect to my objection for the data already used and the models trained on it, nor confirms the objection as such.`,
    "happened-use-the-form": (c) =>
      `On ${c.replyOn}, LinkedIn asked me to use its online form instead of handling my letter. No form is required to object; the controller must facilitate the exercise of rights (${art(c, "12(2)")}).`,
    "happened-identity-document": (c) =>
      `On ${c.replyOn}, LinkedIn asked me for a copy of an identity document, although ${c.account === "non-member" ? "my letter gave contact details through which it could confirm my identity" : "my letter gave the e-mail address of my account, through which it can authenticate me"}. Such a copy is not necessary to confirm my identity (${art(c, "12(6)")}).`,
    "happened-compelling-grounds": (c) =>
      `On ${c.replyOn}, LinkedIn stated that it has compelling legitimate grounds to continue, without demonstrating grounds that override my interests, rights and freedoms in my situation, as ${art(c, "21(1)")} requires of it.`,
    "happened-extension": (c) =>
      c.extensionLate
        ? `On ${c.replyOn}, LinkedIn said it was extending the period to answer, after the first month had ended on ${c.deadline}: too late to extend it (${period(c)}). It has not answered on the substance.`
        : `On ${c.replyOn}, LinkedIn extended the period to answer. The extended period ended on ${c.extendedDeadline} (${period(c)}) without an answer on the substance.`,
    "requests-confirmation": (c) =>
      `I therefore ask you to confirm in writing that my objection is recorded and applies to every processing of my personal data for generative AI training, whatever the state of any setting, including future models, versions and successor settings.${c.regime === "uk-gdpr" ? " This includes the sharing of my data with Microsoft for its own AI training." : ""}`,
    "requests-access": (c) =>
      `Please also tell me whether my personal data has already been used for these purposes, since when, in which datasets and models, and to which recipients it has been disclosed (${art(c, "15(1)")} and ${art(c, "19")}, second sentence).`,
    "requests-erasure": (c) =>
      `Unless you demonstrate overriding legitimate grounds, please erase the data already used for these purposes and make no further use of the datasets or models built from it (${art(c, "17(1)(c)")}), and inform the recipients (${art(c, "19")}).`,
    restriction: (c) =>
      `Until my objection has been handled, I ask you to restrict the processing of my data for these purposes (${art(c, "18(1)(d)")}).`,
    "answer-by": (c) =>
      `I ask you to answer in full by ${c.answerBy}. Without a satisfactory answer by then, I will ${complainTo(c)}.`,
    "complaint-announced": (c) =>
      `As you have not demonstrated such grounds, I am informing you that I will ${complainTo(c)}.`,
    "complaint-uk-164a": (c) =>
      c.acknowledgementBy
        ? `Before complaining to you, I complained to LinkedIn: my letter was also a complaint under section 164A of the Data Protection Act 2018. LinkedIn had to acknowledge it by ${c.acknowledgementBy}.`
        : `Before complaining to you, I wrote to LinkedIn, as described below.`,
    "complaint-lead": (c) =>
      c.leadAuthorityName
        ? `LinkedIn's lead supervisory authority is the ${flat(c.leadAuthorityName)} (${art(c, "56")}); I ask you to handle this complaint in cooperation with it as needed.`
        : `As LinkedIn Ireland's lead supervisory authority (${art(c, "56")}), you are competent for this cross-border processing.`,
    "complaint-requests": (c) => {
      if (c.regime === "ch-fadp")
        return `I ask you to examine this report and, where appropriate, to order the measures provided for by Art. 51 FADP so that the processing of my data for these purposes stops. I ask to be informed of the steps taken and of the outcome (Art. 49(4) FADP).`;
      if (c.regime === "uk-gdpr")
        return `I ask you to consider this complaint, to take the action you consider appropriate so that LinkedIn gives effect to my objection, and to keep me informed of its progress and outcome.`;
      return `I ask you to examine this complaint, to order LinkedIn to give effect to my objection (${art(c, "58(2)(c)")}), and to inform me of the progress and the outcome of the complaint (${art(c, "77(2)")}).`;
    },
    evidence: () => "I attach:",
    "complaint-sharing": (c) =>
      c.regime === "uk-gdpr"
        ? "I agree that this complaint and its attachments be shared with LinkedIn as far as needed to handle it."
        : "I agree that this complaint and its attachments be shared with LinkedIn and with other supervisory authorities as far as needed to handle it.",
  },
  evidence: {
    letter: (reference, sentOn) => `my objection letter of ${sentOn} (reference ${reference});`,
    proof: (channel) =>
      ({
        form: "the confirmation of the objection form (screenshot or confirmation e-mail);",
        post: "the registered post receipt and the delivery tracking;",
        email: "the e-mail as sent, with its date;",
      })[channel],
    reply: (replyOn) => `LinkedIn's answer of ${replyOn};`,
    reminder: "my reminder, if I sent one, and any further correspondence.",
  },
  short(c) {
    if (c.kind === "reminder")
      return `Reminder, reference ${c.reference}. On ${c.sentOn} I objected (${art(c, "21(1)")}) to the use of my personal data to train generative AI. You had to answer by ${c.deadline} (${period(c)}); I have received no answer. Please confirm in writing that my objection is honoured, including for data and models already trained, and restrict the processing meanwhile (${art(c, "18(1)(d)")}). Without a full answer by ${c.answerBy}, I will ${complainTo(c)}.`;
    if (c.kind === "reply")
      return `Reference ${c.reference}. ${REPLY_SHORT[c.reply](c)} Please answer in full by ${c.answerBy}; otherwise I will ${complainTo(c)}.`;
    const what = COMPLAINT_SHORT[c.reply](c);
    const verb = c.regime === "ch-fadp" ? "I report" : "I complain about";
    return `${verb} ${c.controllerName}. On ${c.sentOn} I sent it my objection (${art(c, "21(1)")}) to the use of my personal data to train generative AI (reference ${c.reference}); it had to answer by ${c.deadline}. ${what} I ask you to ${c.regime === "ch-fadp" ? "examine this report" : "examine this complaint and order LinkedIn to give effect to my objection"}. My letter, the proof of sending and LinkedIn's answers are attached.`;
  },
  fileNameStem: {
    reminder: "reminder-linkedin-ai",
    reply: "reply-linkedin-ai",
    complaint: "complaint-linkedin-ai",
  },
  authorities: {
    germanLand: (land) => `Data protection supervisory authority of ${GERMAN_LAND_NAMES[land].en}`,
    germanGeneral: "A data protection supervisory authority in Germany (the authority of my Land)",
  },
};

const REPLY_SHORT: Record<FollowUpContext["reply"], (c: FollowUpContext) => string> = {
  "setting-only": (c) =>
    `Switching the setting off only stops future use. My objection (${art(c, "21(1)")}) covers data already used and models trained on it: please confirm it in writing, tell me whether and how my data was used (${art(c, "15(1)")}) and erase it from training data (${art(c, "17(1)(c)")}).`,
  "use-the-form": (c) =>
    `No form is required to object: you must facilitate my rights (${art(c, "12(2)")}). My letter is a valid objection; the period runs from its receipt and ends on ${c.deadline}.`,
  "identity-document": (c) =>
    `A copy of an identity document is not necessary to confirm my identity (${art(c, "12(6)")}); I can confirm this objection from ${c.account === "non-member" ? "the contact details in my letter" : "my account e-mail address"}. The period ends on ${c.deadline}.`,
  "compelling-grounds": (c) =>
    `Under ${art(c, "21(1)")} you must demonstrate compelling legitimate grounds overriding my interests, rights and freedoms. Please send that demonstration and restrict the processing meanwhile (${art(c, "18(1)(d)")}).`,
  extension: (c) =>
    c.extensionLate
      ? `Your notice of an extension came too late: the period ended on ${c.deadline} and could no longer be extended (${period(c)}).`
      : `I note your extension: you must answer by ${c.extendedDeadline} at the latest, with the reasons for the delay (${period(c)}).`,
  none: (c) => `I have received no answer to my objection (${art(c, "21(1)")}).`,
};

const COMPLAINT_SHORT: Record<FollowUpContext["reply"], (c: FollowUpContext) => string> = {
  none: () => "It has not answered.",
  "setting-only": () =>
    "It only switched a setting off, which stops future use but not the use of data already taken or of models trained on it.",
  "use-the-form": () => "It refused my letter and required its own form.",
  "identity-document": () =>
    "It required a copy of an identity document, which is not necessary to identify me.",
  "compelling-grounds": () => "It claimed compelling legitimate grounds without demonstrating them.",
  extension: (c) =>
    c.extensionLate
      ? `It announced an extension only after the month had ended (${c.deadline}), and has not answered.`
      : `It extended the period, which ended on ${c.extendedDeadline}, without an answer.`,
};
