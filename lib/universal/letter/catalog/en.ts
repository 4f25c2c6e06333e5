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

function possibleMinorStatus(c: ParagraphContext): string {
  if (c.age === "16-17" && c.school) return "I am 16 or 17 years old and in secondary school";
  if (c.age === "16-17") return "I am 16 or 17 years old";
  return "I am in secondary school";
}

/** Authorities are named in apposition, so no article has to agree with a name from any country. */
/** "Name (Country)" inside parentheses becomes "Name, Country": no nested parentheses. */
const flat = (name: string | null) => name?.replace(/\s*\(([^()]+)\)$/, ", $1") ?? null;

function complaint(c: ParagraphContext): string {
  const reserve = "If I do not receive a satisfactory answer within this period, I reserve the right";
  const lead = c.leadAuthorityName ? `your lead supervisory authority (${flat(c.leadAuthorityName)})` : null;
  if (c.regime === "ch-fadp") {
    return (
      `${reserve} to report the matter to the federal supervisory authority (${flat(c.authorityName) ?? "FDPIC"})` +
      (lead ? `, to lodge a complaint with ${lead} (Article 77 of the GDPR)` : "") +
      `, and to bring legal proceedings (Article 79 of the GDPR), in particular the claims provided for in Art. 32 FADP.`
    );
  }
  const local = c.authorityName
    ? `the supervisory authority of my country of residence (${flat(c.authorityName)})`
    : null;
  const authorities = [local, lead].filter(Boolean).join(" or with ") || "a supervisory authority";
  return `${reserve} to lodge a complaint with ${authorities} (Article 77 of ${law(c)}) and to bring legal proceedings (Article 79 of ${law(c)}).`;
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
      "uk-gdpr": "Article 21 UK GDPR",
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
    contactEmail: "E-mail",
    profile: "LinkedIn profile",
    guardianRole: "Parent or guardian",
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
      "As your company is established in the European Union, the GDPR applies to this processing (Article 3(1) of the GDPR). As I live in Switzerland, I also expressly prohibit, within the meaning of the Federal Act on Data Protection (FADP), the processing of my personal data for these purposes. Processing personal data against my express wish is a breach of my privacy (Art. 30(2)(b) FADP), and data I have made generally accessible, in particular my public posts, may no longer be processed for these purposes, as I expressly prohibit it (Art. 30(3) FADP). I reserve my claims under Art. 32 FADP, in particular that the processing be prohibited and the data deleted.",
    "uk-microsoft": () =>
      "I also object to the sharing of my personal data with your parent company Microsoft for the training of Microsoft's own artificial intelligence models, and ask you to stop any sharing of my data for that purpose.",
    "data-categories": (c) =>
      c.account === "non-member"
        ? "As I have no LinkedIn account, this objection covers any personal data concerning me that you hold or collect, in particular in content published by your members (posts, articles, comments, photographs and mentions), including data already used for these purposes."
        : "This objection covers the following data, including data already used for these purposes:",
    "status-non-member": () =>
      "The right to object belongs to every data subject, whether or not they are a member: your Data Processing Objection Form is itself open to non-members.",
    "status-former-member": () =>
      "I no longer have a LinkedIn account. This objection concerns the data of my former account that you still hold, and any use already made of it for these purposes.",
    "status-under-16": (c) =>
      `I am under 16, the minimum age your User Agreement sets for using LinkedIn. I make this objection together with my parent or guardian, ${c.guardianName ?? ""}, who co-signs this letter. Children merit specific protection with regard to their personal data (Recital 38 of ${law(c)}).`,
    "status-possible-minor": (c) =>
      `${possibleMinorStatus(c)}. According to your own published information, you do not use the data of members you have reason to believe are under 18 to train generative AI, whatever their setting. I ask you to ensure that my data is excluded in any event, and to confirm this to me. Children merit specific protection with regard to their personal data (Recital 38 of ${law(c)}).`,
    grounds: (c) =>
      c.account === "non-member"
        ? "I make this objection on grounds relating to my particular situation. Personal data concerning me that appears on your platform was not published by me to supply material for generative AI; I could not reasonably expect such a use, which deprives me of control over how my data, my words and my image are reproduced and reused."
        : "I make this objection on grounds relating to my particular situation. I shared this data to take part in a professional network, not to supply material for training generative AI models; I could not reasonably expect such a use, which deprives me of control over how my data, my words and my image are reproduced and reused.",
    "situation-creative-work": () =>
      "I publish original work on LinkedIn (texts, images, analyses). Using it to train models that generate competing content harms my professional and moral interests in my work.",
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
    "situation-own-words": () => "In my own words:",
    "compelling-grounds": (c) =>
      `Under Article 21(1) of ${law(c)}, you must therefore no longer process my personal data for these purposes unless you demonstrate compelling legitimate grounds for the processing which override my interests, rights and freedoms, or for the establishment, exercise or defence of legal claims. The burden of that demonstration lies with you.` +
      (c.regime === "uk-gdpr"
        ? ""
        : " As the European Data Protection Board noted in its Opinion 28/2024, a mention in a privacy policy does not by itself make such processing reasonably expected, and models trained on personal data are not always anonymous."),
    "special-category": (c) =>
      `Moreover, part of this data reveals information belonging to the special categories listed in Article 9(1) of ${law(c)}. Processing it is prohibited unless one of the exceptions in Article 9(2) of ${law(c)} applies; your legitimate interests are not one of them. I do not consent to it, explicitly or otherwise.`,
    "consent-withdrawal": (c) =>
      `In the alternative, should you rely on my consent for all or part of this processing, I withdraw it with effect from today (Article 7(3) of ${law(c)}).`,
    restriction: (c) =>
      `Pending the verification of whether your legitimate grounds override mine, I ask you to restrict the processing of my data for these purposes (Article 18(1)(d) of ${law(c)}).`,
    erasure: (c) =>
      `Unless you demonstrate overriding legitimate grounds for the processing, I ask you to erase the data already used for these purposes and to make no further use of the datasets or models built from it (Article 17(1)(c) of ${law(c)}).`,
    recipients: (c) =>
      c.regime === "uk-gdpr"
        ? `Please communicate this restriction or erasure to each recipient to whom my data has been disclosed for these purposes, in particular Microsoft and your other affiliates (Article 19 of ${law(c)}).`
        : `Please communicate this restriction or erasure to each recipient to whom my data has been disclosed for these purposes, including your affiliates (Article 19 of ${law(c)}).`,
    "response-deadline": (c) =>
      `Please inform me in writing of the action taken on this request without undue delay and in any event within one month of receipt of the request (Article 12(3) of ${law(c)}). If you do not take action on it, please inform me within the same period of the reasons for not taking action and of the possibility of lodging a complaint with a supervisory authority and seeking a judicial remedy (Article 12(4) of ${law(c)}).`,
    scope: (c) =>
      `This objection applies to every service and product for which you act as controller. It stands whatever the state of the “Data for Generative AI Improvement” setting, and does not depend on the use of any particular form: you must facilitate the exercise of my rights (Article 12(2) of ${law(c)}). The information in this letter is sufficient to identify me; you may request additional information only if you have reasonable doubts about my identity (Article 12(6) of ${law(c)}), and a copy of an identity document is not necessary.`,
    "data-use": (c) =>
      `The personal data given in this letter may be used only to handle this objection (Article 5(1)(b) of ${law(c)}).`,
    complaint,
  },
  short: {
    objection: (regime) =>
      (regime === "uk-gdpr"
        ? "I object (Art. 21(1) UK GDPR), on grounds relating to my particular situation, to the processing of my personal data to train, fine-tune, evaluate and improve generative AI models on the basis of your legitimate interests, and to its sharing with Microsoft for Microsoft's AI training."
        : "I object (Art. 21(1) GDPR), on grounds relating to my particular situation, to the processing of my personal data to train, fine-tune, evaluate and improve generative AI models on the basis of your legitimate interests.") +
      (regime === "ch-fadp" ? " I expressly prohibit this processing (Art. 30(2)(b) and 30(3) FADP)." : ""),
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
    requests: () =>
      "Unless you demonstrate compelling legitimate grounds, please stop this processing, restrict it meanwhile (Art. 18(1)(d)), erase the data already used and make no further use of models or datasets built from it (Art. 17(1)(c)), inform recipients (Art. 19), and confirm in writing within one month (Art. 12(3)).",
    reference: (reference) => `Ref. ${reference}.`,
  },
  fileNameStem: "objection-linkedin-ai",
};
