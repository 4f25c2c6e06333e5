import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { ACCOUNT_TYPES, AGE_BANDS, SITUATIONS } from "@/lib/universal/rules/types";
import { ZLetterRequest, type TLetterRequestInput } from "@/lib/universal/schemas/letter-request";
import { buildLetter } from "./build-letter";
import type { LetterModel, ParagraphId } from "./model";
import { toPlainText, toShortText } from "./plain-text";

/**
 * The wording of each letter variant, sentence by sentence: what every letter now says, what each persona's
 * letter adds, and the wording that was removed (it over-claimed, or could be misread).
 */

const BASE: TLetterRequestInput = {
  letterLocale: "en",
  country: "FR",
  age: "18-plus",
  account: "member",
  firstName: "Zoë",
  lastName: "Łukasiewicz-Ørsted",
  email: "zoe@example.org",
  date: "2026-11-28",
};

function letter(change: Partial<TLetterRequestInput> = {}): LetterModel {
  const request = ZLetterRequest.parse({ ...BASE, ...change });
  return buildLetter(request, assessEligibility(request), {
    today: "2026-11-28",
    reference: "LI-AI-2026-7K3QXM",
  });
}

const body = (model: LetterModel) => toPlainText(model).replace(/\s+/g, " ");
const paragraph = (model: LetterModel, id: ParagraphId) =>
  model.paragraphs.find((p) => p.id === id)?.text ?? "";

const NON_MEMBER: Partial<TLetterRequestInput> = {
  account: "non-member",
  email: undefined,
  postalAddress: { lines: ["12 rue des Lilas"], postalCode: "75011", city: "Paris" },
};

describe("every letter", () => {
  const en = letter();
  const fr = letter({ letterLocale: "fr" });

  it("asks to erase the copies in training, fine-tuning and evaluation datasets, not the account", () => {
    expect(paragraph(en, "erasure")).toBe(
      "Unless you demonstrate overriding legitimate grounds for the processing, I ask you to erase the copies of my personal data held in your training, fine-tuning and evaluation datasets, and to stop using models trained on them from which my data can be extracted or reproduced (Article 17(1)(c) of the GDPR). This request concerns those datasets and models only: it is not a request to delete my account or my profile.",
    );
    expect(body(en)).not.toContain("erase the data already used for these purposes");
    expect(paragraph(fr, "erasure")).toContain(
      "je vous demande d’effacer les copies de mes données à caractère personnel figurant dans vos jeux de données d’entraînement, d’ajustement et d’évaluation, et de cesser d’utiliser les modèles entraînés sur celles-ci qui permettent de les extraire ou de les reproduire (article 17, paragraphe 1, point c), du RGPD).",
    );
    expect(paragraph(fr, "erasure")).toContain(
      "elle ne constitue pas une demande de suppression de mon compte ou de mon profil.",
    );
  });

  it("asks to be told before the restriction is lifted (Art. 18(3)) and who the recipients are (Art. 19)", () => {
    expect(paragraph(en, "restriction")).toContain(
      "and to inform me before any such restriction is lifted (Article 18(3) of the GDPR).",
    );
    expect(paragraph(en, "recipients")).toBe(
      "Please communicate this restriction or erasure to each recipient to whom my data has been disclosed for these purposes, including your affiliates, and tell me who those recipients are (Article 19 of the GDPR).",
    );
    expect(paragraph(fr, "restriction")).toContain(
      "et de m’informer avant la levée de cette limitation (article 18, paragraphe 3, du RGPD).",
    );
    expect(paragraph(fr, "recipients")).toContain("et de me fournir des informations sur ces destinataires");
  });

  it("asks the access questions of Art. 15(1)", () => {
    expect(paragraph(en, "access")).toBe(
      "Under Article 15(1) of the GDPR, please also tell me whether my personal data has already been used for these purposes and, if so, since when; in which training, fine-tuning and evaluation datasets and in which models it has been used; for which purposes; and to which recipients, including your affiliates, it has been disclosed.",
    );
    expect(paragraph(fr, "access")).toContain("depuis quand");
  });

  it("requests the legitimate interests and the balancing test, citing the duty to inform", () => {
    expect(paragraph(en, "legitimate-interests")).toBe(
      "You must state the legitimate interests you pursue (Articles 13(1)(d) and 14(2)(b) of the GDPR). I ask you to tell me precisely which legitimate interests you rely on for this processing, and to send me the balancing test in which you weighed them against the interests and rights of the persons concerned.",
    );
    expect(body(en)).not.toMatch(/right to (receive|obtain) the balancing test/);
  });

  it("makes the objection permanent, including after the setting is switched on again", () => {
    expect(paragraph(en, "permanence")).toBe(
      "This objection is permanent. It covers future models and versions, and any setting or feature that replaces the “Data for Generative AI Improvement” setting; it does not lapse if that setting, or a successor, is later switched on again by default.",
    );
    expect(paragraph(fr, "permanence")).toContain("Cette opposition est permanente.");
  });

  it("states Art. 12(6) in its real terms, with the EDPB guidelines on identity documents", () => {
    expect(paragraph(en, "scope")).toContain(
      "Under Article 12(6) of the GDPR, you may request additional information only where you have reasonable doubts concerning my identity, and only the information necessary to confirm it; you can confirm it by writing to the e-mail address of my account given above.",
    );
    expect(paragraph(en, "scope")).toContain(
      "As the European Data Protection Board notes in its Guidelines 01/2022 on the right of access, asking for a copy of an identity document is not necessary or proportionate where a person can be authenticated through their account.",
    );
    expect(body(en)).not.toContain("a copy of an identity document is not necessary.");
    expect(paragraph(fr, "scope")).toContain("lignes directrices 01/2022");
    expect(paragraph(fr, "scope")).toContain("n’est ni nécessaire ni proportionné");
  });

  it("lets the data be used to handle, give effect to and document the objection (Art. 5(1)(b))", () => {
    expect(paragraph(en, "data-use")).toBe(
      "The personal data given in this letter may be used to handle, give effect to and document this objection, and for no other purpose (Article 5(1)(b) of the GDPR).",
    );
    expect(body(en)).not.toContain("may be used only to handle");
    expect(paragraph(fr, "data-use")).toContain(
      "peuvent être utilisées pour traiter la présente opposition, lui donner effet et en conserver la trace",
    );
    expect(body(fr)).not.toContain("ne peuvent être utilisées que pour le traitement");
  });

  it("uses the corrected French wording", () => {
    const french = letter({
      letterLocale: "fr",
      situations: ["creative-work"],
      situationText: "Je suis photographe.",
    });
    expect(french.sender.identifiers).toContain("Adresse électronique du compte\u00a0: zoe@example.org");
    expect(paragraph(french, "situation-own-words")).toBe("Précisions\u00a0:");
    expect(body(french)).not.toContain("Dans mes propres termes");
    expect(paragraph(french, "situation-creative-work")).toContain(
      "porte atteinte à mes droits patrimoniaux et moraux sur mes œuvres.",
    );
    expect(paragraph(french, "complaint")).toContain(
      "Commission nationale de l’informatique et des libertés (CNIL)",
    );
  });
});

describe("minors", () => {
  it("an under-16 writes with their legal representative, who co-signs", () => {
    const guardian = { firstName: "Anne", lastName: "Durand" };
    const en = letter({ age: "under-16", guardian });
    const fr = letter({ age: "under-16", guardian, letterLocale: "fr" });
    expect(paragraph(en, "status-under-16")).toBe(
      "I am under 16, the minimum age your User Agreement sets for using LinkedIn. I make this objection together with my parent or guardian, Anne Durand, who co-signs this letter.",
    );
    expect(paragraph(fr, "status-under-16")).toContain(
      "avec mon représentant légal, Anne Durand, qui cosigne",
    );
    expect(fr.signatures[1]?.role).toBe("Représentant légal");
    expect(body(fr)).not.toContain("Parent ou tuteur");
    expect(paragraph(en, "minor-exclusion")).toContain(
      "keep this objection in force after my 18th birthday.",
    );
    expect(paragraph(en, "child-protection")).toBe(
      "Your legitimate interests cannot prevail where they are overridden by the interests or fundamental rights and freedoms of the data subject, “in particular where the data subject is a child” (Article 6(1)(f) of the GDPR). Children merit specific protection with regard to their personal data (Recital 38 of the GDPR).",
    );
    expect(toShortText(en)).toContain(
      "I am under 16; my parent or guardian Anne Durand joins this objection.",
    );
    expect(toShortText(fr)).toContain("mon représentant légal, Anne Durand, s’associe à cette opposition.");
  });

  it("a 16- or 17-year-old says “I am under 18” and gets LinkedIn's under-18 exclusion", () => {
    const en = letter({ age: "16-17" });
    expect(paragraph(en, "status-possible-minor")).toBe("I am under 18.");
    expect(body(en)).not.toContain("16 or 17");
    expect(paragraph(en, "minor-exclusion")).toBe(
      "According to your own published information, you do not use for training generative AI the data of members you have reason to believe are under 18, for example because they are in secondary school or its local equivalent, even if their setting appears enabled. Please confirm to me that this exclusion applies to my data, record this information about my age so that the exclusion is applied, erase from your training, fine-tuning and evaluation datasets any of my data already used, and keep this objection in force after my 18th birthday.",
    );
    expect(paragraph(en, "child-protection")).toContain("Recital 38");
    expect(toShortText(en)).toContain("I am under 18.");
    expect(body(letter({ age: "16-17", letterLocale: "fr" }))).toContain("J’ai moins de 18 ans.");
  });

  it("an adult in secondary school gets the exclusion but is never called a child", () => {
    const en = letter({ school: true });
    const fr = letter({ school: true, letterLocale: "fr" });
    expect(paragraph(en, "status-possible-minor")).toBe("I am in secondary school.");
    expect(paragraph(en, "minor-exclusion")).toContain(
      "record this information about my schooling so that the exclusion is applied",
    );
    expect(paragraph(en, "minor-exclusion")).toContain("whatever you later believe about my age.");
    expect(en.paragraphs.map((p) => p.id)).not.toContain("child-protection");
    expect(body(en)).not.toMatch(/child|Recital 38/);
    expect(body(fr)).not.toMatch(/enfant|considérant 38/);
    expect(toShortText(en)).toContain("I am in secondary school.");
  });
});

describe("non-members and former members", () => {
  it("a non-member's letter names the reply channel and the pages that mention them, never the setting or the account", () => {
    const mentions = [
      "https://www.linkedin.com/posts/camille-durand_activity-7123456789012345678-AbCd",
      "https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345679/",
    ];
    const en = letter({ ...NON_MEMBER, mentions });
    expect(paragraph(en, "status-non-member")).toContain("The following pages on LinkedIn mention me:");
    expect(en.paragraphs.find((p) => p.id === "status-non-member")?.identifiers).toEqual(mentions);
    expect(paragraph(en, "scope")).toContain(
      "With my name, the contact details above and the pages listed above, you can find the data concerning me and reply to me at the postal address given above.",
    );
    const text = body(en);
    expect(text).not.toContain("sufficient to identify me");
    expect(text).not.toMatch(/setting|my account|my profile/);
    for (const url of mentions) expect(toPlainText(en)).toContain(`- ${url}`);
    expect(toShortText(en)).toContain("I have no LinkedIn account.");
  });

  it("a non-member who gives an e-mail is answered there", () => {
    const en = letter({ account: "non-member", email: "zoe@example.org" });
    expect(en.sender.identifiers).toContain("E-mail: zoe@example.org");
    expect(paragraph(en, "scope")).toContain("reply to me at the e-mail address given above.");
  });

  it("a former member writes in the past tense and asks for erasure of data kept after closure", () => {
    const en = letter({ account: "former-member" });
    const fr = letter({ account: "former-member", letterLocale: "fr" });
    expect(en.sender.identifiers).toContain("E-mail of my former account: zoe@example.org");
    expect(fr.sender.identifiers).toContain(
      "Adresse électronique de mon ancien compte\u00a0: zoe@example.org",
    );
    expect(paragraph(en, "status-former-member")).toContain(
      "Data of my former account that you kept after it was closed is no longer necessary for the purposes for which it was collected: I ask you to erase it (Article 17(1)(a) of the GDPR).",
    );
    expect(paragraph(en, "scope")).toContain(
      "you can confirm it by writing to the e-mail address of my former account given above.",
    );
    expect(body(en)).not.toMatch(/setting|delete my account/);
    expect(toShortText(en)).toContain("I am a former member.");
  });
});

describe("special categories (Art. 9)", () => {
  it("asks for unconditional erasure under Art. 17(1)(d) and rebuts “manifestly made public” with C-252/21", () => {
    const en = letter({ country: "DE", situations: ["special-category"] });
    expect(paragraph(en, "special-category")).toContain(
      "as the Court of Justice of the European Union held in Meta Platforms v Bundeskartellamt (C-252/21, 4 July 2023), data is manifestly made public only where the user has explicitly chosen, with full knowledge of the facts, to make it accessible to an unlimited number of persons; ordinary use of a social network is not enough.",
    );
    expect(paragraph(en, "special-category")).toContain(
      "I ask you to erase this data from your datasets and models without condition (Article 17(1)(d) of the GDPR): this erasure does not depend on any weighing of grounds.",
    );
    const fr = letter({ country: "DE", situations: ["special-category"], letterLocale: "fr" });
    expect(paragraph(fr, "special-category")).toContain("(C-252/21, 4 juillet 2023)");
    expect(paragraph(fr, "special-category")).toContain("article 17, paragraphe 1, point d), du RGPD");
  });
});

describe("Switzerland", () => {
  it("states Art. 30(3) FADP correctly, with Arts. 3(1), 31(1) and 32(2)(a)-(c)", () => {
    const en = letter({ country: "CH" });
    const text = paragraph(en, "swiss-prohibition");
    expect(text).toContain(
      "the Federal Act on Data Protection (FADP) applies as well, since the processing has effects in Switzerland (Art. 3(1) FADP).",
    );
    expect(text).toContain(
      "Because I expressly prohibit it, the rule that there is, as a rule, no breach of privacy when a person has made data generally accessible (Art. 30(3) FADP) does not apply to this processing",
    );
    expect(text).toContain(
      "The breach is therefore unlawful unless it is justified (Art. 31(1) FADP), and it is for you to establish any justification.",
    );
    expect(text).toContain(
      "that this processing be prohibited (letter a), that the disclosure of my data to third parties be prohibited (letter b) and that the data be deleted (letter c).",
    );
    expect(text).not.toContain("may no longer be processed for these purposes, as I expressly prohibit it");
    const fr = paragraph(letter({ country: "CH", letterLocale: "fr" }), "swiss-prohibition");
    expect(fr).toContain("(art. 31, al. 1, LPD)");
    expect(fr).toContain("(art. 3, al. 1, LPD)");
    expect(fr).not.toContain("ne peuvent plus être traitées à ces fins dès lors que je m’y oppose");
  });
});

describe("United Kingdom", () => {
  const en = letter({ country: "GB" });
  const fr = letter({ country: "GB", letterLocale: "fr" });

  it("is also a complaint under section 164A of the Data Protection Act 2018", () => {
    expect(paragraph(en, "uk-complaint")).toBe(
      "This letter is also a complaint to you as controller under section 164A of the Data Protection Act 2018 about the processing described above. Please acknowledge receipt of this complaint within 30 days of receiving it, take appropriate steps to respond to it without undue delay, and inform me of its outcome.",
    );
    expect(en.subject).toContain("complaint under section 164A DPA 2018");
    expect(paragraph(fr, "uk-complaint")).toContain("section 164A");
  });

  it("cites Art. 12(3) with Art. 12A, Art. 3(2), and objects to the Microsoft sharing under Art. 21(1)", () => {
    expect(paragraph(en, "response-deadline")).toContain("(Articles 12(3) and 12A of the UK GDPR)");
    expect(paragraph(en, "uk-law")).toContain("(Article 3(2) of the UK GDPR)");
    expect(paragraph(en, "uk-microsoft")).toContain(
      "I also object, under Article 21(1) of the UK GDPR, to the disclosure of my personal data to your parent company Microsoft",
    );
    expect(paragraph(en, "uk-microsoft")).toContain(
      "Please tell me which Microsoft entity or entities have received my data for that purpose",
    );
    expect(paragraph(en, "complaint")).toBe(
      "If I do not receive a satisfactory answer within this period, I reserve the right to complain to the Information Commissioner (ICO) and to bring legal proceedings (Article 79 of the UK GDPR).",
    );
    expect(body(en)).not.toContain("Article 77");
    expect(paragraph(fr, "response-deadline")).toContain(
      "article 12, paragraphe 3, et article 12A du RGPD britannique",
    );
  });
});

describe("Germany", () => {
  it("names the authority of the person's Land in general terms when no Land is given", () => {
    const en = letter({ country: "DE" });
    expect(paragraph(en, "complaint")).toContain(
      "to lodge a complaint (Article 77 of the GDPR) with a supervisory authority in Germany (the authority of my Land), or with your lead supervisory authority, the Data Protection Commission, and to bring legal proceedings",
    );
    expect(body(en)).not.toMatch(/Bundesbeauftragte|Federal Commissioner/);
    expect(paragraph(letter({ country: "DE", letterLocale: "fr" }), "complaint")).toContain(
      "d’une autorité de contrôle en Allemagne (l’autorité de mon Land)",
    );
  });

  it.each([
    ["BY", "Bayerisches Landesamt für Datenschutzaufsicht"],
    ["DE-NW", "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen"],
    ["be", "Berliner Beauftragte für Datenschutz und Informationsfreiheit"],
  ])("names the authority of the Land %s", (land, name) => {
    expect(paragraph(letter({ country: "DE", land }), "complaint")).toContain(
      `with the supervisory authority of my Land (${name})`,
    );
  });
});

/** Letters for every persona, in both languages: the variants the questionnaire can produce. */
const personas = ["FR", "CH", "GB", "DE", "IE"].flatMap((country) =>
  AGE_BANDS.flatMap((age) =>
    ACCOUNT_TYPES.filter((account) => account !== "organization").flatMap((account) =>
      LOCALES.map((letterLocale) => ({ country, age, account, letterLocale })),
    ),
  ),
);

describe("all personas", () => {
  it.each(personas)(
    "$country $age $account $letterLocale: no nested parentheses, no ℅, no “16 or 17”",
    ({ country, age, account, letterLocale }) => {
      const model = letter({
        country,
        age,
        account,
        letterLocale,
        school: age === "18-plus",
        situations: [...SITUATIONS],
        guardian: age === "under-16" ? { firstName: "Anne", lastName: "Durand" } : undefined,
        email: "zoe@example.org",
      });
      const text = toPlainText(model);
      expect(text).not.toContain("\u2105");
      expect(text).not.toMatch(/16 or 17|16 ou 17|16 oder 17|16 o 17/);
      // Article numbering "6(1)(f)" and list markers "point f)", "lett. f)" are not parentheses of the sentence.
      for (const p of model.paragraphs) {
        const stripped = p.text
          .replace(/\((?:\d+|[a-z])\)/g, "")
          .replace(/\(lett\.\s[a-z]\)/g, "")
          .replace(/\b(?:point|lett\.)\s[a-z]\)/g, "");
        let depth = 0;
        for (const char of stripped) {
          if (char === "(") depth += 1;
          if (char === ")") depth -= 1;
          expect(depth, `${p.id}: ${p.text}`).toBeLessThanOrEqual(1);
          expect(depth, `${p.id}: ${p.text}`).toBeGreaterThanOrEqual(0);
        }
        expect(depth, p.id).toBe(0);
      }
    },
  );
});
