import { describe, expect, it } from "vitest";
import { emptyDraft, type QuestionnaireDraft } from "@/lib/universal/questionnaire/draft";
import { DOSSIER_FORMAT, dossierState, newDossier, parseDossier, type TDossier } from "./dossier";
import { dossierDocument } from "./from-dossier";

const draft: QuestionnaireDraft = {
  ...emptyDraft(),
  country: "FR",
  age: "18-plus",
  account: "member",
  firstName: "Camille",
  lastName: "Durand",
  email: "camille@example.org",
  signatureMode: "typed",
  reference: "LI-AI-2026-7K3QXM",
  date: "2026-07-01",
};

function dossier(change: Partial<TDossier> = {}): TDossier {
  const base = newDossier(draft, "fr");
  if (!base) throw new Error("no dossier");
  return { ...base, ...change };
}

describe("the dossier schema", () => {
  it("keeps a consistent dossier", () => {
    const value = dossier({ sending: { sentOn: "2026-07-01", channel: "form" } });
    expect(parseDossier(JSON.parse(JSON.stringify(value)))).toEqual(value);
  });

  it.each([
    ["another format", { format: "something-else" }],
    ["a reference that is not the letter's", { reference: "LI-AI-2026-AAAAAA" }],
    ["answers of someone outside the scope", { answers: { ...draft, country: "US" } }],
    [
      "a receipt before sending",
      { sending: { sentOn: "2026-07-10", channel: "post", receivedOn: "2026-07-01" } },
    ],
    ["an unknown channel", { sending: { sentOn: "2026-07-10", channel: "fax" } }],
    [
      "an answer before sending",
      {
        sending: { sentOn: "2026-07-10", channel: "form" },
        answer: { reply: "confirmed", replyOn: "2026-07-01" },
      },
    ],
  ])("refuses %s", (_, change) => {
    expect(parseDossier({ ...dossier(), ...change })).toBeNull();
  });

  it("refuses things that are not dossiers at all", () => {
    for (const raw of [null, 42, "x", [], {}, { format: DOSSIER_FORMAT }])
      expect(parseDossier(raw)).toBeNull();
  });
});

describe("dossierState", () => {
  const sent = dossier({ sending: { sentOn: "2026-07-01", channel: "form" } });
  it.each([
    [dossier(), "2026-07-02", "not-sent", "record-sending", null],
    [sent, "2026-08-04", "waiting", "wait", "2026-08-04"],
    [sent, "2026-08-05", "overdue", "reminder", "2026-08-04"],
    [sent, "2026-08-19", "overdue", "complaint", "2026-08-04"],
    [
      { ...sent, answer: { reply: "setting-only", replyOn: "2026-07-10" } },
      "2026-07-11",
      "answered",
      "reply",
      null,
    ],
    [
      { ...sent, answer: { reply: "compelling-grounds", replyOn: "2026-07-10" } },
      "2026-07-11",
      "answered",
      "complaint",
      null,
    ],
    [
      { ...sent, answer: { reply: "extension", replyOn: "2026-07-10" } },
      "2026-09-01",
      "waiting",
      "wait",
      "2026-10-01",
    ],
    [{ ...sent, answer: { reply: "confirmed", replyOn: "2026-07-10" } }, "2026-09-01", "done", "keep", null],
  ] as const)("%#: on %s it is %s, next %s", (value, today, status, next, until) => {
    const state = dossierState(value as TDossier, today);
    expect([state.status, state.next, state.waitingUntil]).toEqual([status, next, until]);
  });
});

describe("dossierDocument", () => {
  const sent = dossier({ sending: { sentOn: "2026-07-01", channel: "form" } });
  it("a reminder is too early until the day after the deadline", () => {
    expect(dossierDocument(sent, "reminder", "2026-08-04")).toEqual({
      ok: false,
      problem: "too-early",
      availableFrom: "2026-08-05",
    });
    const ready = dossierDocument(sent, "reminder", "2026-08-05");
    expect(ready.ok && ready.model.kind).toBe("reminder");
  });

  it("a complaint after the answer goes to the CNIL, in the letter's language", () => {
    const answered = { ...sent, answer: { reply: "use-the-form" as const, replyOn: "2026-07-10" } };
    const result = dossierDocument(answered, "complaint", "2026-07-11");
    expect(result.ok && result.model.addressee.url).toBe("https://www.cnil.fr/fr/plaintes");
    expect(result.ok && result.model.locale).toBe("fr");
  });
});
