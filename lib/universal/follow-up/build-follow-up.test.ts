import { describe, expect, it } from "vitest";
import { computeDeadline } from "@/lib/universal/deadline/compute-deadline";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { letterCatalog } from "@/lib/universal/letter/catalog";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { buildFollowUp, followUpAvailableFrom } from "./build-follow-up";
import { followUpCatalog } from "./catalog";
import { FOLLOW_UP_PARAGRAPH_IDS, REPLY_CASES, type FollowUpKind, type ReplyCase } from "./model";
import { followUpFileName, followUpPlainText } from "./plain-text";
import { ZFollowUpRequest, type TFollowUpRequestInput } from "./schema";

function request(change: Partial<TFollowUpRequestInput> = {}) {
  return ZFollowUpRequest.parse({
    letterLocale: "en",
    country: "FR",
    age: "18-plus",
    account: "member",
    firstName: "Zoë",
    lastName: "Łukasiewicz",
    email: "zoe@example.org",
    kind: "reminder",
    original: { reference: "LI-AI-2026-7K3QXM", sentOn: "2026-07-01", channel: "form" },
    date: "2026-08-20",
    ...change,
  });
}

function build(change: Partial<TFollowUpRequestInput> = {}) {
  const parsed = request(change);
  return buildFollowUp(parsed, assessEligibility(parsed), { today: "2026-08-20" });
}

const CASES: Array<[FollowUpKind, ReplyCase]> = [
  ["reminder", "none"],
  ["reminder", "extension"],
  ...REPLY_CASES.filter((reply) => reply !== "none").map((reply): [FollowUpKind, ReplyCase] => [
    "reply",
    reply,
  ]),
  ...REPLY_CASES.map((reply): [FollowUpKind, ReplyCase] => ["complaint", reply]),
];

describe("buildFollowUp", () => {
  it.each(CASES)("a %s after %s has the same paragraphs and references in every language", (kind, reply) => {
    const replyOn = reply === "none" ? undefined : "2026-07-20";
    for (const country of ["FR", "CH", "GB", "DE"]) {
      const en = build({ kind, reply, replyOn, country });
      const others = LOCALES.filter((l) => l !== "en").map((letterLocale) =>
        build({ kind, reply, replyOn, country, letterLocale }),
      );
      for (const other of others)
        expect(
          other.paragraphs.map((p) => [p.id, p.refs]),
          other.locale,
        ).toEqual(en.paragraphs.map((p) => [p.id, p.refs]));
      expect(en.paragraphs.length).toBeGreaterThanOrEqual(3);
      for (const model of [en, ...others]) {
        expect(model.short.length).toBeLessThanOrEqual(1000);
        expect(model.short).toContain("LI-AI-2026-7K3QXM");
        for (const p of model.paragraphs) expect(p.text).not.toMatch(/\bundefined\b|\bnull\b|\$\{|\bNaN\b/);
      }
    }
  });

  it("a reminder goes to LinkedIn's DPO, names the deadline and gives 14 days", () => {
    const model = build();
    expect(model.recipient.name).toBe("LinkedIn Ireland Unlimited Company");
    expect(model.paragraphs.map((p) => p.id)).toEqual(["recap", "no-answer", "restriction", "answer-by"]);
    const text = followUpPlainText(model);
    // Received 1 July 2026: 1 August is a Saturday and 3 August an Irish bank holiday.
    expect(text).toContain("that is by 4 August 2026");
    expect(text).toContain("answer in full by 3 September 2026");
    expect(text).toContain(
      "lodge a complaint with the supervisory authority (French Data Protection Authority, CNIL)",
    );
  });

  it("a UK reminder recalls the unacknowledged s. 164A complaint", () => {
    const model = build({ country: "GB" });
    expect(model.recipient.name).toBe("LinkedIn Corporation");
    const ack = model.paragraphs.find((p) => p.id === "uk-acknowledgement");
    expect(ack?.text).toContain("by 31 July 2026; I have received no acknowledgement");
  });

  it("a complaint goes to the authority, with its complaint link, and lists the evidence", () => {
    const model = build({ kind: "complaint", reply: "setting-only", replyOn: "2026-07-10" });
    expect(model.addressee).toEqual({
      name: "French Data Protection Authority (CNIL)",
      url: "https://www.cnil.fr/fr/plaintes",
    });
    expect(model.paragraphs.find((p) => p.id === "evidence")?.items).toEqual([
      "my objection letter of 1 July 2026 (reference LI-AI-2026-7K3QXM);",
      "the confirmation of the objection form (screenshot or confirmation e-mail);",
      "LinkedIn's answer of 10 July 2026;",
      "my reminder, if I sent one, and any further correspondence.",
    ]);
    expect(followUpFileName(model)).toBe("complaint-linkedin-ai-2026-08-20-li-ai-2026-7k3qxm.pdf");
  });

  it("addresses the ICO for the UK and a report to the FDPIC for Switzerland", () => {
    const uk = build({ kind: "complaint", country: "GB" });
    expect(uk.addressee).toEqual({
      name: "Information Commissioner's Office (ICO)",
      url: "https://ico.org.uk/make-a-complaint/data-protection-complaints",
    });
    expect(uk.paragraphs.map((p) => p.id)).toContain("complaint-uk-164a");
    const swiss = build({ kind: "complaint", country: "CH", letterLocale: "fr" });
    expect(swiss.addressee.name).toBe(
      "Préposé fédéral à la protection des données et à la transparence (PFPDT)",
    );
    expect(swiss.subject).toMatch(/^Dénonciation/);
    expect(followUpPlainText(swiss)).toContain("art. 49 LPD");
  });

  it("Germany: the Land's authority when the Land is given, the general wording and no link otherwise", () => {
    const bavaria = build({ kind: "complaint", country: "DE", land: "DE-BY" });
    expect(bavaria.addressee).toEqual({
      name: "Bayerisches Landesamt für Datenschutzaufsicht",
      url: "https://www.lda.bayern.de/de/beschwerde.html",
    });
    const unknown = build({ kind: "reminder", country: "DE" });
    expect(followUpPlainText(unknown)).toContain(
      "lodge a complaint with the data protection authority of my Land",
    );
    const general = build({ kind: "complaint", country: "DE", letterLocale: "fr" });
    expect(general.addressee.name).toBe(
      "Une autorité de contrôle de la protection des données en Allemagne (celle de mon Land)",
    );
  });

  it("a resident of Ireland complains to the DPC, named once as the lead authority", () => {
    const model = build({ kind: "complaint", country: "IE" });
    const lead = model.paragraphs.find((p) => p.id === "complaint-lead");
    expect(lead?.text).toContain("As LinkedIn Ireland's lead supervisory authority");
  });

  it("an extension notified after the first month is called too late", () => {
    const late = build({ kind: "reply", reply: "extension", replyOn: "2026-08-10" });
    expect(late.paragraphs.map((p) => p.id)).toContain("reply-extension-late");
    const inTime = build({ kind: "reply", reply: "extension", replyOn: "2026-07-20" });
    expect(inTime.paragraphs.map((p) => p.id)).toContain("reply-extension-in-time");
    expect(followUpPlainText(inTime)).toContain("answer by 1 October 2026 at the latest");
  });

  it("a non-member offers the contact details of the letter; an under-16 signs with the guardian", () => {
    const nonMember = build({
      account: "non-member",
      email: undefined,
      postalAddress: { lines: ["3 Kerkstraat"], postalCode: "1000", city: "Brussel", country: "BE" },
      country: "BE",
      kind: "reply",
      reply: "identity-document",
      replyOn: "2026-07-20",
    });
    expect(followUpPlainText(nonMember)).toContain(
      "My letter gives the contact details where you can reach me",
    );
    expect(nonMember.sender.lines).toContain("3 Kerkstraat");
    const child = build({ age: "under-16", guardian: { firstName: "Anna", lastName: "Łukasiewicz" } });
    expect(child.signatures.map((s) => s.signer)).toEqual(["Zoë Łukasiewicz", "Anna Łukasiewicz"]);
  });

  it("every paragraph id has wording in every language and its Swiss variant", () => {
    for (const locale of LOCALES)
      for (const regime of ["eu-gdpr", "ch-fadp"] as const)
        expect(Object.keys(followUpCatalog(locale, regime).paragraphs).sort()).toEqual(
          [...FOLLOW_UP_PARAGRAPH_IDS].sort(),
        );
  });
});

describe("followUpAvailableFrom", () => {
  const deadline = computeDeadline({ regime: "eu-gdpr", sentOn: "2026-07-01", channel: "form" });
  it.each([
    [{ kind: "reminder", reply: "none" }, "2026-08-05"],
    [{ kind: "complaint", reply: "none" }, "2026-08-05"],
    [{ kind: "complaint", reply: "extension", replyOn: "2026-07-20" }, "2026-10-02"],
    [{ kind: "complaint", reply: "extension", replyOn: "2026-08-10" }, "2026-08-05"],
    [{ kind: "reply", reply: "use-the-form", replyOn: "2026-07-02" }, null],
    [{ kind: "complaint", reply: "compelling-grounds", replyOn: "2026-07-02" }, null],
  ] as const)("%j → %s", (request, expected) => {
    expect(followUpAvailableFrom(request, deadline)).toBe(expected);
  });
});

describe("ZFollowUpRequest", () => {
  it.each([
    [{ kind: "reply" }, "reply", "Validation.followUp.replyRequired"],
    [
      { kind: "reminder", reply: "use-the-form", replyOn: "2026-07-02" },
      "reply",
      "Validation.followUp.replyForReminder",
    ],
    [{ kind: "complaint", reply: "setting-only" }, "replyOn", "Validation.followUp.replyOnRequired"],
    [
      { kind: "complaint", reply: "setting-only", replyOn: "2026-06-01" },
      "replyOn",
      "Validation.followUp.replyBeforeSent",
    ],
    [{ land: "XX" }, "land", "Validation.followUp.land"],
    [
      { original: { reference: "nope", sentOn: "2026-07-01", channel: "form" } },
      "original.reference",
      "Validation.reference.invalid",
    ],
    [
      { original: { reference: "LI-AI-2026-7K3QXM", sentOn: "2026-07-01", channel: "fax" } },
      "original.channel",
      "Validation.choice",
    ],
  ] as const)("%j is refused at %s", (change, path, message) => {
    const result = ZFollowUpRequest.safeParse({ ...request(), ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual([path, message]);
  });
});

describe("the short text after a late extension", () => {
  it.each(LOCALES)("%s: says the notice came too late, not that LinkedIn has more time", (letterLocale) => {
    const model = build({ kind: "reply", reply: "extension", replyOn: "2026-08-20", letterLocale });
    const deadline = computeDeadline({ regime: "eu-gdpr", sentOn: "2026-07-01", channel: "form" });
    const format = letterCatalog(letterLocale).formatDate;
    expect(model.short).not.toContain(format(deadline.extendedDeadline));
    expect(model.short).toContain(format(deadline.deadline));
    expect(model.short).toMatch(/too late|trop tard|zu spät|troppo tardi/);
  });
});
