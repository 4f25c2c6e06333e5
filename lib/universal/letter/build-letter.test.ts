import { describe, expect, it } from "vitest";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { SITUATIONS } from "@/lib/universal/rules/types";
import { ZLetterRequest, type TLetterRequestInput } from "@/lib/universal/schemas/letter-request";
import { buildLetter, NotEligibleError } from "./build-letter";
import type { LetterModel } from "./model";

const OPTIONS = { today: "2026-11-28", reference: "LI-AI-2026-7K3QXM" };

function letter(change: Partial<TLetterRequestInput> = {}): LetterModel {
  const request = ZLetterRequest.parse({
    letterLocale: "en",
    country: "FR",
    age: "18-plus",
    account: "member",
    firstName: "Zoë",
    lastName: "Łukasiewicz-Ørsted",
    email: "zoe@example.org",
    date: "2026-11-28",
    ...change,
  });
  return buildLetter(request, assessEligibility(request), OPTIONS);
}

const ids = (model: LetterModel) => model.paragraphs.map((p) => p.id);
const text = (model: LetterModel) =>
  model.paragraphs.map((p) => [p.text, ...(p.items ?? []), p.quote ?? ""].join("\n")).join("\n");

describe("buildLetter", () => {
  it.each([
    ["FR", "eu-gdpr", "LinkedIn Ireland Unlimited Company", "Wilton Place"],
    ["NO", "eu-gdpr", "LinkedIn Ireland Unlimited Company", "Dublin 2"],
    ["CH", "ch-fadp", "LinkedIn Ireland Unlimited Company", "Wilton Plaza"],
    ["GB", "uk-gdpr", "LinkedIn Corporation", "1000 W Maude Avenue"],
  ])("a resident of %s writes under %s to %s", (country, regime, controller, addressLine) => {
    const model = letter({ country });
    expect(model.regime).toBe(regime);
    expect(model.recipient.name).toBe(controller);
    expect(model.recipient.lines).toContain(addressLine);
    expect(model.recipient.lines[0]).toBe("c/o Data Protection Officer");
    expect(model.recipient.lines.join("\n")).not.toContain("\u2105");
  });

  it("addresses the French letter to the attention of the data protection officer, never with ℅", () => {
    const model = letter({ letterLocale: "fr" });
    expect(model.recipient.name).toBe("LinkedIn Ireland Unlimited Company");
    expect(model.recipient.lines[0]).toBe("À l’attention du délégué à la protection des données");
    expect(model.recipient.lines.join("\n")).not.toMatch(/\u2105|c\/o/);
  });

  it("has the paragraphs of a strong objection in order for an adult member in the EU", () => {
    expect(ids(letter())).toEqual([
      "objection",
      "data-categories",
      "grounds",
      "compelling-grounds",
      "legitimate-interests",
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
    ]);
  });

  it("adds the express prohibition under the FADP for Switzerland, citing both laws", () => {
    const model = letter({ country: "CH" });
    expect(ids(model)).toContain("swiss-prohibition");
    expect(model.subject).toContain("Article 21 GDPR and Article 30 FADP");
    const refs = model.paragraphs.flatMap((p) => p.refs);
    expect(refs).toEqual(
      expect.arrayContaining([
        "GDPR Art. 21(1)",
        "FADP Art. 3(1)",
        "FADP Art. 30(2)(b)",
        "FADP Art. 30(3)",
        "FADP Art. 31(1)",
        "FADP Art. 32(2)",
      ]),
    );
  });

  it("objects to the sharing with Microsoft under the UK GDPR, without the EDPB opinion", () => {
    const model = letter({ country: "GB" });
    expect(ids(model)).toContain("uk-microsoft");
    expect(model.paragraphs.find((p) => p.id === "recipients")?.text).toContain("Microsoft");
    expect(model.paragraphs.every((p) => p.refs.every((ref) => !ref.startsWith("GDPR")))).toBe(true);
    expect(text(model)).not.toContain("European Data Protection Board");
    expect(text(model)).toContain("UK GDPR");
  });

  it("gives under-16s the guardian's paragraph and signature block", () => {
    const model = letter({ age: "under-16", guardian: { firstName: "Anne", lastName: "Łukasiewicz" } });
    expect(ids(model)).toContain("status-under-16");
    expect(ids(model)).not.toContain("status-possible-minor");
    expect(model.paragraphs.find((p) => p.id === "status-under-16")?.text).toContain("Anne Łukasiewicz");
    expect(model.signatures).toEqual([
      { signer: "Zoë Łukasiewicz-Ørsted", kind: "typed" },
      { signer: "Anne Łukasiewicz", role: "Parent or guardian", kind: "typed" },
    ]);
  });

  it.each([
    [{ age: "16-17" }, "I am under 18."],
    [{ age: "18-plus", school: true }, "I am in secondary school."],
    [{ age: "16-17", school: true }, "I am under 18 and in secondary school."],
  ] as const)("treats %j as a possible minor", (change, opening) => {
    const paragraph = letter(change).paragraphs.find((p) => p.id === "status-possible-minor");
    expect(paragraph?.text.startsWith(opening)).toBe(true);
  });

  it("identifies a non-member by post without an e-mail and without account data categories", () => {
    const model = letter({
      account: "non-member",
      email: undefined,
      postalAddress: { lines: ["12 rue des Lilas"], postalCode: "75011", city: "Paris" },
    });
    expect(ids(model)).toContain("status-non-member");
    expect(model.paragraphs.find((p) => p.id === "data-categories")?.items).toBeUndefined();
    expect(model.sender.identifiers).toEqual([]);
    expect(model.paragraphs.find((p) => p.id === "grounds")?.text).toContain("not published by me");
  });

  it("tells a former member's letter apart", () => {
    expect(ids(letter({ account: "former-member" }))).toContain("status-former-member");
  });

  it("writes one paragraph per situation, then the person's own words, then Art. 9 for special categories", () => {
    const model = letter({ situations: [...SITUATIONS].reverse(), situationText: "My own words." });
    const list = ids(model);
    expect(list.filter((id) => id.startsWith("situation-"))).toEqual([
      ...SITUATIONS.map((s) => `situation-${s}`),
      "situation-own-words",
    ]);
    expect(list.indexOf("special-category")).toBeGreaterThan(list.indexOf("compelling-grounds"));
    expect(model.paragraphs.find((p) => p.id === "situation-own-words")?.quote).toBe("My own words.");
  });

  it("lists only the data categories chosen, in the canonical order", () => {
    const items = letter({ dataCategories: ["resumes", "profile"] }).paragraphs.find(
      (p) => p.id === "data-categories",
    )?.items;
    expect(items).toHaveLength(2);
    expect(items?.[0]).toMatch(/^my profile data/);
  });

  it("dates the letter today and places it in the city of the postal address by default", () => {
    const model = buildLetter(
      ZLetterRequest.parse({
        letterLocale: "fr",
        country: "FR",
        age: "18-plus",
        account: "member",
        firstName: "Camille",
        lastName: "Durand",
        email: "c@example.org",
        postalAddress: { lines: ["12 rue des Lilas"], postalCode: "75011", city: "Paris" },
      }),
      assessEligibility({ country: "FR", age: "18-plus", account: "member", school: false }),
      { today: "2026-12-01", reference: "LI-AI-2026-7K3QXM" },
    );
    expect(model.date).toBe("2026-12-01");
    expect(model.placeAndDate).toBe("Paris, le 1er décembre 2026");
    expect(model.sender.lines).toEqual(["12 rue des Lilas", "75011 Paris", "France"]);
    expect(model.sender.identifiers).toEqual(["Adresse électronique du compte\u00a0: c@example.org"]);
  });

  it("names the Irish DPC once for a resident of Ireland", () => {
    const complaint = letter({ country: "IE" }).paragraphs.find((p) => p.id === "complaint")?.text ?? "";
    expect(complaint.match(/Data Protection Commission/g)).toHaveLength(1);
  });

  it("names the local authority and LinkedIn's lead authority elsewhere in the EU", () => {
    const complaint =
      letter({ country: "FR", letterLocale: "fr" }).paragraphs.find((p) => p.id === "complaint")?.text ?? "";
    expect(complaint).toContain(
      "auprès de l’autorité de contrôle de mon pays de résidence, Commission nationale de l’informatique et des libertés (CNIL), ou de votre autorité de contrôle chef de file, Commission de protection des données (Irlande), et de former un recours juridictionnel (article 79 du RGPD).",
    );
  });

  it("refuses to write a letter for a not-eligible verdict", () => {
    const request = ZLetterRequest.parse({
      letterLocale: "en",
      country: "US",
      age: "18-plus",
      account: "member",
      firstName: "Sam",
      lastName: "Lee",
      email: "sam@example.org",
    });
    expect(() => buildLetter(request, assessEligibility(request), OPTIONS)).toThrow(NotEligibleError);
  });
});

describe("buildLetter sender block", () => {
  it.each([
    ["member", "Account e-mail: zoe@example.org"],
    ["former-member", "E-mail of my former account: zoe@example.org"],
    ["non-member", "E-mail: zoe@example.org"],
  ] as const)("labels the e-mail of a %s as %s", (account, line) => {
    expect(letter({ account }).sender.identifiers).toContain(line);
  });
});
