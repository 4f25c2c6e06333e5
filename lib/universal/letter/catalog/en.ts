import type { LetterRegime } from "../model";
import type { LetterCatalog, ParagraphContext } from "./types";

/**
 * The letter in English. Legal wording follows the English text of the GDPR (Regulation (EU) 2016/679)
 * and, for the UK, the UK GDPR; Swiss provisions follow the FADP's official English translation.
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "the GDPR" or "the UK GDPR": LinkedIn Ireland is bound by the GDPR for Swiss members too. */
const law = (c: { regime: LetterRegime }) => (c.regime === "uk-gdpr" ? "the UK GDPR" : "the GDPR");

const member = (c: ParagraphContext) => c.account !== "non-member" && c.account !== "former-member";
/** Under 18: the only letters that speak of a child (an adult in secondary school is never called one). */
const minor = (c: ParagraphContext) => c.age !== "18-plus";

function possibleMinorStatus(c: ParagraphContext): string {
  if (c.age === "16-17" && c.school) return "I am under 18 and in secondary school.";
  if (c.age === "16-17") return "I am under 18.";
  return "I am in secondary school.";
}

/** The e-mail address LinkedIn can use to confirm the person's identity, if any. */
function identityEmail(c: ParagraphContext): string | null {
  if (!c.hasEmail) return null;
  if (c.account === "former-member") return "the e-mail address of my former account given above";
  if (c.account === "non-member") return null;
  return "the e-mail address of my account given above";
}

function replyChannel(c: ParagraphContext): string {
  if (c.hasEmail && c.hasPostalAddress) return "at the e-mail address or the postal address given above";
  if (c.hasEmail) return "at the e-mail address given above";
  return "at the postal address given above";
}

function complaintAuthorities(c: ParagraphContext): string {
  const local =
    c.authorityScope === "germany"
      ? "a supervisory authority in Germany (the authority of my Land)"
      : c.authorityScope === "land"
        ? `the supervisory authority of my Land (${c.authorityName})`
        : c.authorityName
          ? `the supervisory authority of my country of residence, the ${c.authorityName}`
          : "a supervisory authority";
  return c.leadAuthorityName
    ? `${local}, or with your lead supervisory authority, the ${c.leadAuthorityName}`
    : local;
}

function complaint(c: ParagraphContext): string {
  const reserve = "If I do not receive a satisfactory answer within this period, I reserve the right";
  if (c.regime === "ch-fadp") {
    return (
      `${reserve} to report the matter to the federal supervisory authority, the ${c.authorityName ?? "FDPIC"}` +
      (c.leadAuthorityName
        ? `, to lodge a complaint (Article 77 of the GDPR) with your lead supervisory authority, the ${c.leadAuthorityName}`
        : "") +
      `, and to bring legal proceedings (Article 79 of the GDPR), in particular the claims provided for in Art. 32(2) FADP.`
    );
  }
  if (c.regime === "uk-gdpr") {
    // The article behind a complaint to the Commissioner after the 2025 amendments is not settled: none is cited.
    return `${reserve} to complain to the Information Commissioner (ICO) and to bring legal proceedings (Article 79 of the UK GDPR).`;
  }
  return `${reserve} to lodge a complaint (Article 77 of the GDPR) with ${complaintAuthorities(c)}, and to bring legal proceedings (Article 79 of the GDPR).`;
}

function scope(c: ParagraphContext): string {
  const facilitate = `This objection applies to every service and product for which you act as controller and does not depend on the use of any particular form: you must facilitate the exercise of my rights (Article 12(2) of ${law(c)}).`;
  const setting = member(c)
    ? " It stands whatever the state of the “Data for Generative AI Improvement” setting of my account."
    : "";
  const email = identityEmail(c);
  const identify =
    c.account === "non-member"
      ? ` With my name, the contact details above${c.mentions > 0 ? " and the pages listed above" : ""}, you can find the data concerning me and reply to me ${replyChannel(c)}.`
      : " The information in this letter is sufficient to identify me.";
  const doubts = ` Under Article 12(6) of ${law(c)}, you may request additional information only where you have reasonable doubts concerning my identity, and only the information necessary to confirm it${email ? `; you can confirm it by writing to ${email}` : ""}.`;
  const document =
    c.account === "non-member"
      ? ""
      : c.regime === "uk-gdpr"
        ? " A copy of an identity document is not necessary or proportionate for that purpose."
        : " As the European Data Protection Board notes in its Guidelines 01/2022 on the right of access, asking for a copy of an identity document is not necessary or proportionate where a person can be authenticated through their account.";
  return facilitate + setting + identify + doubts + document;
}

export const en: LetterCatalog = {
  locale: "en",
  formatDate(isoDate) {
    const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
    return `${day} ${MONTHS[month - 1]} ${year}`;
  },
  placeAndDate: (place, dateText) => (place ? `${place}, ${dateText}` : dateText),
  subject(regime) {
    const basis = {
      "eu-gdpr": "Article 21 GDPR",
      "ch-fadp": "Article 21 GDPR and Article 30 FADP",
      "uk-gdpr": "Article 21 UK GDPR; complaint under section 164A DPA 2018",
    }[regime];
    return `Objection to the processing of my personal data for generative AI training (${basis})`;
  },
  title: (reference) => `Objection to generative AI training – LinkedIn – ${reference}`,
  salutation: "Dear Sir or Madam,",
  closing: "Yours faithfully,",
  labels: {
    reference: "Reference",
    subject: "Subject",
    pageOf: "Page {page} of {total}",
    email: "Account e-mail",
    formerEmail: "E-mail of my former account",
    contactEmail: "E-mail",
    profile: "LinkedIn profile",
    guardianRole: "Parent or guardian",
    careOf: "c/o Data Protection Officer",
  },
  categories: {
    profile:
      "my profile data (name, photo, current position and work experience, education, location, skills, summary, certifications, licences, volunteering, publications, patents, endorsements and recommendations)",
    posts:
      "the content I publish or contribute (posts, articles, poll responses, contributions and comments)",
    groups: "my group activity and group messages",
    "ai-conversations":
      "the data I enter into your AI features (prompts, searches, chats) and the outputs generated",
    resumes: "the résumés and answers to screening questions saved to my account",
  },
  paragraphs: {
    objection: (c) =>
      `I object, under Article 21(1) of ${law(c)}, to the processing of my personal data for the training, fine-tuning, evaluation and improvement of generative artificial intelligence models, which you have carried out since 3 November 2025 on the basis of your legitimate interests (Article 6(1)(f) of ${law(c)}).`,
    "swiss-prohibition": () =>
      "As your company is established in the European Union, the GDPR applies to this processing (Article 3(1) of the GDPR). As I live in Switzerland, the Federal Act on Data Protection (FADP) applies as well, since the processing has effects in Switzerland (Art. 3(1) FADP). I expressly prohibit the processing of my personal data for these purposes. Processing personal data against my express wish is a breach of my privacy (Art. 30(2)(b) FADP). Because I expressly prohibit it, the rule that there is, as a rule, no breach of privacy when a person has made data generally accessible (Art. 30(3) FADP) does not apply to this processing, including for data I have made public. The breach is therefore unlawful unless it is justified (Art. 31(1) FADP), and it is for you to establish any justification. I reserve my claims under Art. 32(2) FADP, in particular that this processing be prohibited (letter a), that the disclosure of my data to third parties be prohibited (letter b) and that the data be deleted (letter c).",
    "uk-law": () =>
      "The UK GDPR applies to this processing although LinkedIn Corporation is established outside the United Kingdom, as it relates to offering your services to people in the United Kingdom, such as me, and to monitoring their behaviour there (Article 3(2) of the UK GDPR).",
    "uk-microsoft": () =>
      "I also object, under Article 21(1) of the UK GDPR, to the disclosure of my personal data to your parent company Microsoft for the training of Microsoft's own artificial intelligence models, and ask you to stop any disclosure of my data for that purpose. Please tell me which Microsoft entity or entities have received my data for that purpose (Article 15(1)(c) of the UK GDPR).",
    "data-categories": (c) =>
      c.account === "non-member"
        ? "As I have no LinkedIn account, this objection covers any personal data concerning me that you hold or collect, in particular in content published by your members (posts, articles, comments, photographs and mentions), including data already used for these purposes."
        : "This objection covers the following data, including data already used for these purposes:",
    "status-non-member": (c) =>
      "The right to object belongs to every data subject, whether or not they are a member: your Data Processing Objection Form is itself open to non-members." +
      (c.mentions > 0 ? " The following pages on LinkedIn mention me:" : ""),
    "status-former-member": (c) =>
      `I no longer have a LinkedIn account. This objection concerns the data of my former account that you still hold, and any use already made of it for these purposes. Data of my former account that you kept after it was closed is no longer necessary for the purposes for which it was collected: I ask you to erase it (Article 17(1)(a) of ${law(c)}).`,
    "status-under-16": (c) =>
      `I am under 16, the minimum age your User Agreement sets for using LinkedIn. I make this objection together with my parent or guardian, ${c.guardianName ?? ""}, who co-signs this letter.`,
    "status-possible-minor": (c) => possibleMinorStatus(c),
    "minor-exclusion": (c) =>
      `According to your own published information, you do not use for training generative AI the data of members you have reason to believe are under 18, for example because they are in secondary school or its local equivalent, even if their setting appears enabled. Please confirm to me that this exclusion applies to my data, record this information about my ${minor(c) ? "age" : "schooling"} so that the exclusion is applied, erase from your training, fine-tuning and evaluation datasets any of my data already used, and keep this objection in force ${minor(c) ? "after my 18th birthday" : "whatever you later believe about my age"}.`,
    "child-protection": (c) =>
      `Your legitimate interests cannot prevail where they are overridden by the interests or fundamental rights and freedoms of the data subject, “in particular where the data subject is a child” (Article 6(1)(f) of ${law(c)}). Children merit specific protection with regard to their personal data (Recital 38 of ${law(c)}).`,
    grounds: (c) =>
      c.account === "non-member"
        ? "I make this objection on grounds relating to my particular situation. Personal data concerning me that appears on your platform was not published by me to supply material for generative AI; I could not reasonably expect such a use, which deprives me of control over how my data, my words and my image are reproduced and reused."
        : "I make this objection on grounds relating to my particular situation. I shared this data to take part in a professional network, not to supply material for training generative AI models; I could not reasonably expect such a use, which deprives me of control over how my data, my words and my image are reproduced and reused.",
    "situation-creative-work": () =>
      "I publish original work on LinkedIn (texts, images, analyses). Using it to train models that generate competing content harms my economic and moral rights in my works.",
    "situation-journalist": () =>
      "I am a journalist. My posts, contacts and exchanges may reveal information about my sources and my work, whose confidentiality is essential to the freedom of the press.",
    "situation-job-seeker": () =>
      "I am looking for work. My profile, résumés and answers to screening questions contain detailed information about my career and my applications, which I provided only to be considered by recruiters.",
    "situation-special-category": () =>
      "My profile, my posts or my activity contain or reveal information belonging to the special categories of personal data (such as health, political opinions, religious or philosophical beliefs, trade-union membership or sexual orientation).",
    "situation-professional-secrecy": () =>
      "My work is subject to professional secrecy. My content on LinkedIn may reveal information about my clients, patients or cases, which must not be reused for other purposes.",
    "situation-harassment-risk": () =>
      "I am exposed to a risk of harassment or of being targeted. The reproduction of my data, my words or my image by generative models increases this risk.",
    "situation-unexpected-use": () =>
      "Nothing, when my data was published, suggested that it would be used to train generative AI; an update of your privacy policy cannot by itself make such a use reasonably expected.",
    "situation-own-words": () => "Further details:",
    "compelling-grounds": (c) =>
      `Under Article 21(1) of ${law(c)}, you must therefore no longer process my personal data for these purposes unless you demonstrate compelling legitimate grounds for the processing which override my interests, rights and freedoms, or for the establishment, exercise or defence of legal claims. The burden of that demonstration lies with you.` +
      (c.regime === "uk-gdpr"
        ? ""
        : " As the European Data Protection Board noted in its Opinion 28/2024, a mention in a privacy policy does not by itself make such processing reasonably expected, and models trained on personal data are not always anonymous."),
    "legitimate-interests": (c) =>
      `You must state the legitimate interests you pursue (Articles 13(1)(d) and 14(2)(b) of ${law(c)}). I ask you to tell me precisely which legitimate interests you rely on for this processing, and to send me the balancing test in which you weighed them against the interests and rights of the persons concerned.`,
    "special-category": (c) =>
      `Moreover, part of this data reveals information belonging to the special categories listed in Article 9(1) of ${law(c)}. Processing it is prohibited unless one of the exceptions in Article 9(2) of ${law(c)} applies; your legitimate interests are not one of them, and I do not consent to it, explicitly or otherwise. Nor have I manifestly made this data public (Article 9(2)(e) of ${law(c)}): as the Court of Justice of the European Union held in Meta Platforms v Bundeskartellamt (C-252/21, 4 July 2023), data is manifestly made public only where the user has explicitly chosen, with full knowledge of the facts, to make it accessible to an unlimited number of persons; ordinary use of a social network is not enough. As this processing is unlawful, I ask you to erase this data from your datasets and models without condition (Article 17(1)(d) of ${law(c)}): this erasure does not depend on any weighing of grounds.`,
    "consent-withdrawal": (c) =>
      `In the alternative, should you rely on my consent for all or part of this processing, I withdraw it with effect from today (Article 7(3) of ${law(c)}).`,
    restriction: (c) =>
      `Pending the verification of whether your legitimate grounds override mine, I ask you to restrict the processing of my data for these purposes (Article 18(1)(d) of ${law(c)}), and to inform me before any such restriction is lifted (Article 18(3) of ${law(c)}).`,
    erasure: (c) =>
      `Unless you demonstrate overriding legitimate grounds for the processing, I ask you to erase the copies of my personal data held in your training, fine-tuning and evaluation datasets, and to stop using models trained on them from which my data can be extracted or reproduced (Article 17(1)(c) of ${law(c)}).` +
      (member(c)
        ? " This request concerns those datasets and models only: it is not a request to delete my account or my profile."
        : ""),
    recipients: (c) =>
      `Please communicate this restriction or erasure to each recipient to whom my data has been disclosed for these purposes, ${c.regime === "uk-gdpr" ? "in particular Microsoft and your other affiliates" : "including your affiliates"}, and tell me who those recipients are (Article 19 of ${law(c)}).`,
    access: (c) =>
      `Under Article 15(1) of ${law(c)}, please also tell me whether my personal data has already been used for these purposes and, if so, since when; in which training, fine-tuning and evaluation datasets and in which models it has been used; for which purposes; and to which recipients, including your affiliates, it has been disclosed.`,
    permanence: (c) =>
      "This objection is permanent. It covers future models and versions" +
      (member(c)
        ? ", and any setting or feature that replaces the “Data for Generative AI Improvement” setting; it does not lapse if that setting, or a successor, is later switched on again by default."
        : " and any successor feature for the same purposes; it does not lapse if such processing is later enabled again by default."),
    "response-deadline": (c) =>
      `Please inform me in writing of the action taken on this request without undue delay and in any event within one month of receipt of the request (${c.regime === "uk-gdpr" ? "Articles 12(3) and 12A of the UK GDPR" : "Article 12(3) of the GDPR"}). If you do not take action on it, please inform me within the same period of the reasons for not taking action and of the possibility of lodging a complaint with a supervisory authority and seeking a judicial remedy (Article 12(4) of ${law(c)}).`,
    "uk-complaint": () =>
      "This letter is also a complaint to you as controller under section 164A of the Data Protection Act 2018 about the processing described above. Please acknowledge receipt of this complaint within 30 days of receiving it, take appropriate steps to respond to it without undue delay, and inform me of its outcome.",
    scope,
    "data-use": (c) =>
      `The personal data given in this letter may be used to handle, give effect to and document this objection, and for no other purpose (Article 5(1)(b) of ${law(c)}).`,
    complaint,
  },
  short: {
    objection: (regime) =>
      (regime === "uk-gdpr"
        ? "I object (Art. 21(1) UK GDPR), on grounds relating to my particular situation, to the processing of my personal data to train, fine-tune, evaluate and improve generative AI models on the basis of your legitimate interests, and to its sharing with Microsoft for Microsoft's AI training."
        : "I object (Art. 21(1) GDPR), on grounds relating to my particular situation, to the processing of my personal data to train, fine-tune, evaluate and improve generative AI models on the basis of your legitimate interests.") +
      (regime === "ch-fadp" ? " I expressly prohibit this processing (Art. 30(2)(b) and 30(3) FADP)." : ""),
    status: (c) => {
      const parts: string[] = [];
      if (c.age === "under-16")
        parts.push(`I am under 16; my parent or guardian ${c.guardianName ?? ""} joins this objection.`);
      else if (c.age === "16-17") parts.push("I am under 18.");
      else if (c.school) parts.push("I am in secondary school.");
      if (c.account === "non-member") parts.push("I have no LinkedIn account.");
      if (c.account === "former-member") parts.push("I am a former member.");
      return parts.join(" ");
    },
    groundsIntro: "My situation:",
    situations: {
      "situation-creative-work": "I publish original work",
      "situation-journalist": "I am a journalist (protection of sources)",
      "situation-job-seeker": "I am looking for work",
      "situation-special-category": "my data reveals special-category information (Art. 9)",
      "situation-professional-secrecy": "my work is subject to professional secrecy",
      "situation-harassment-risk": "I am exposed to a risk of harassment",
      "situation-unexpected-use": "I could not expect this use of my data",
    },
    requests: (c) =>
      `Unless you demonstrate compelling legitimate grounds, please stop this processing, restrict it meanwhile (Art. 18(1)(d)), erase my data from training, fine-tuning and evaluation datasets and stop using models from which it can be extracted (Art. 17(1)(c)), inform recipients and tell me who they are (Art. 19), tell me whether and how my data was already used (Art. 15(1)), and confirm in writing within one month (${c.regime === "uk-gdpr" ? "Arts. 12(3) and 12A" : "Art. 12(3)"}). This objection is permanent.`,
    reference: (reference) => `Ref. ${reference}.`,
  },
  fileNameStem: "objection-linkedin-ai",
};
