import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ZLetterRequest, VALIDATION_KEYS as K, type TLetterRequestInput } from "./letter-request";
import { SIGNATURE_MAX_BYTES } from "./png-data-url";

const TINY_PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

const valid: TLetterRequestInput = {
  letterLocale: "fr",
  country: "FR",
  age: "18-plus",
  account: "member",
  firstName: "Camille",
  lastName: "Durand",
  email: "camille@example.org",
};

/** The issue keys by path, for readable assertions. */
function issues(input: unknown): Record<string, string> {
  const result = ZLetterRequest.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-11-28T12:00:00Z"));
});
afterEach(() => vi.useRealTimers());

describe("ZLetterRequest", () => {
  it("accepts the minimal body the API documents and applies defaults", () => {
    const parsed = ZLetterRequest.parse(valid);
    expect(parsed).toMatchObject({ school: false, situations: [], signature: { type: "typed" } });
    expect(parsed.dataCategories).toBeUndefined();
  });

  it.each([
    "Zoë Łukasiewicz-Ørsted",
    "Straße",
    "Gábor Erdős",
    "Ğülşen",
    "O'Brien",
    "N’Diaye",
    "Jean-Baptiste",
    "María José",
    "J. R. R.",
    "Þórunn",
    "Nguyễn",
  ])("accepts the Latin-script name %s", (name) => {
    expect(issues({ ...valid, firstName: name })).toEqual({});
  });

  it.each([
    ["digits only", "12345"],
    ["digits inside", "Camille2"],
    ["Cyrillic", "Дмитрий"],
    ["Greek", "Νίκος"],
    ["CJK", "山田"],
    ["Arabic", "محمد"],
    ["a right-to-left override", "Camille\u202Eelli"],
    ["a zero-width joiner", "Cam\u200Dille"],
    ["a control character", "Cam\u0007ille"],
    ["an emoji", "Camille 🙂"],
    ["punctuation only", "'-"],
    ["blank", "   "],
  ])("refuses a first name with %s", (_label, name) => {
    expect(issues({ ...valid, firstName: name }).firstName).toBeDefined();
  });

  it("normalises names to NFC and trims them", () => {
    const parsed = ZLetterRequest.parse({ ...valid, firstName: "  Zoe\u0308 " });
    expect(parsed.firstName).toBe("Zoë");
  });

  it("refuses names longer than 100 characters", () => {
    expect(issues({ ...valid, lastName: "a".repeat(101) })).toEqual({ lastName: K.nameTooLong });
  });

  it.each([
    [{ email: "not-an-email" }, { email: K.emailInvalid }],
    [{ email: undefined }, { email: K.emailRequired }],
    [{ email: undefined, account: "non-member" }, { email: K.replyChannelRequired }],
    [{ account: "non-member" }, {}],
    [
      {
        email: undefined,
        account: "non-member",
        postalAddress: { lines: ["12 rue des Lilas"], postalCode: "75011", city: "Paris" },
      },
      {},
    ],
    [
      { account: "non-member", email: undefined, postalAddress: { lines: [], city: "Paris" } },
      { email: K.replyChannelRequired },
    ],
    [{ land: "BY" }, { land: K.landGermanyOnly }],
    [{ country: "DE", land: "Bayern" }, { land: K.landInvalid }],
    [{ country: "DE", land: "de-by" }, {}],
    [{ reference: "LI-AI-2026-7K3QXM" }, {}],
    [{ reference: "LI-AI-2026-7K3QXI" }, { reference: K.referenceInvalid }],
    [
      { account: "non-member", mentions: Array(11).fill("https://www.linkedin.com/posts/a") },
      { mentions: K.mentionsTooMany },
    ],
    [
      { account: "member", mentions: ["https://www.linkedin.com/posts/a"] },
      { mentions: K.mentionsNonMemberOnly },
    ],
    [{ age: "under-16" }, { guardian: K.guardianRequired }],
    [{ age: "under-16", guardian: { firstName: "Anne", lastName: "Durand" } }, {}],
    [
      { age: "under-16", guardian: { firstName: "Anne", lastName: "4" } },
      { "guardian.lastName": K.nameInvalid },
    ],
    [{ country: "XX" }, { country: K.country }],
    [{ country: "fr" }, {}],
    [{ letterLocale: "es" }, { letterLocale: K.choice }],
    [{ account: "robot" }, { account: K.choice }],
    [{ situations: ["journalist", "astronaut"] }, { "situations.1": K.choice }],
    [{ dataCategories: [] }, { dataCategories: K.categoriesEmpty }],
    [{ situationText: "x".repeat(2001) }, { situationText: K.textTooLong }],
    [{ situationText: "ligne 1\nligne 2 – « citée » 100 €" }, {}],
    [{ situationText: "hidden \u202E text" }, { situationText: K.textCharacters }],
    [
      { postalAddress: { lines: ["1", "2", "3", "4", "5"], city: "Paris" } },
      { "postalAddress.lines": K.addressLines },
    ],
    [{ partner: "Bad Slug" }, { partner: K.partnerInvalid }],
  ])("%j gives %j", (change, expected) => {
    expect(issues({ ...valid, ...change })).toEqual(expected);
  });

  it.each([
    ["https://www.linkedin.com/in/camille", true],
    ["https://linkedin.com/in/camille", true],
    ["https://fr.linkedin.com/in/camille", true],
    ["http://www.linkedin.com/in/camille", false],
    ["https://linkedin.com.evil.example/in/camille", false],
    ["https://evillinkedin.com/in/camille", false],
    ["https://user:pass@www.linkedin.com/in/camille", false],
    ["javascript:alert(1)", false],
    ["www.linkedin.com/in/camille", false],
  ])("profile URL %s is accepted: %s", (profileUrl, ok) => {
    expect(issues({ ...valid, profileUrl })).toEqual(ok ? {} : { profileUrl: K.profileUrlInvalid });
  });

  it.each([
    ["2026-11-28", {}],
    ["2026-11-29", {}],
    ["2025-11-03", {}],
    ["2026-11-30", { date: K.dateInFuture }],
    ["2025-11-02", { date: K.dateTooEarly }],
    ["2026-02-30", { date: K.dateInvalid }],
    ["28/11/2026", { date: K.dateInvalid }],
  ])("date %s gives %j", (date, expected) => {
    expect(issues({ ...valid, date })).toEqual(expected);
  });

  it("accepts a drawn PNG signature and refuses anything else", () => {
    expect(issues({ ...valid, signature: { type: "drawn", png: TINY_PNG } })).toEqual({});
    expect(issues({ ...valid, signature: { type: "drawn", png: "data:image/jpeg;base64,AAAA" } })).toEqual({
      "signature.png": K.signatureInvalid,
    });
    const gif = `data:image/png;base64,${btoa("GIF89a" + "x".repeat(60))}`;
    expect(issues({ ...valid, signature: { type: "drawn", png: gif } })).toEqual({
      "signature.png": K.signatureNotPng,
    });
    expect(issues({ ...valid, signature: { type: "stamp" } })).toEqual({
      "signature.type": K.signatureInvalid,
    });
  });

  it("refuses a drawn signature over 200 KiB before decoding it", () => {
    const big = `data:image/png;base64,${"A".repeat(Math.ceil(((SIGNATURE_MAX_BYTES + 10) * 4) / 3 / 4) * 4)}`;
    expect(issues({ ...valid, signature: { type: "drawn", png: big } })).toEqual({
      "signature.png": K.signatureTooLarge,
    });
  });

  it("reports every problem at once, cross-field rules included", () => {
    expect(issues({ ...valid, firstName: "", email: undefined, age: "under-16" })).toEqual({
      firstName: K.required,
      email: K.emailRequired,
      guardian: K.guardianRequired,
    });
  });

  it("refuses non-objects with one root issue", () => {
    expect(issues(null)).toEqual({ "": K.invalid });
    expect(issues([valid])).toEqual({ "": K.invalid });
  });

  it("drops duplicate choices and unknown fields", () => {
    const parsed = ZLetterRequest.parse({ ...valid, situations: ["journalist", "journalist"], extra: 1 });
    expect(parsed.situations).toEqual(["journalist"]);
    expect(parsed).not.toHaveProperty("extra");
  });
});

describe("ZLetterRequest with an invalid date", () => {
  it("still reports the cross-field rules", () => {
    expect(issues({ ...valid, date: "nope", email: undefined })).toEqual({
      date: K.dateInvalid,
      email: K.emailRequired,
    });
  });
});
