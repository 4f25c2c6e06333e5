import ICAL from "ical.js";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { describe, expect, it } from "vitest";
import { GET as getDeadline } from "@/app/api/v1/deadline/route";
import { POST as postPdf } from "@/app/api/v1/follow-up/route";
import { POST as postText } from "@/app/api/v1/follow-up/text/route";
import { handleFollowUpRequest } from "@/lib/server/follow-up/handle-follow-up-request";
import { siteOrigin } from "@/lib/server/env";
import { REPLY_CASES } from "@/lib/universal/follow-up/model";
import { jsonRequest, pdfText } from "@/tests/support/letter-fixtures";

const TEXT_URL = "http://localhost/api/v1/follow-up/text";
const PDF_URL = "http://localhost/api/v1/follow-up";
const NAME = "Zoë Łukasiewicz-Ørsted";

/** A follow-up body sent long enough ago that every document is available. */
function body(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    letterLocale: "fr",
    country: "FR",
    age: "18-plus",
    account: "member",
    firstName: "Zoë",
    lastName: "Łukasiewicz-Ørsted",
    email: "zoe@example.org",
    kind: "reminder",
    original: { reference: "LI-AI-2026-7K3QXM", sentOn: "2026-07-01", channel: "form" },
    ...change,
  };
}

async function json(response: Response) {
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return (await response.json()) as Record<string, unknown>;
}

function deadline(query: string, headers: Record<string, string> = {}) {
  return getDeadline(new Request(`http://localhost/api/v1/deadline?${query}`, { headers }));
}

describe("GET /api/v1/deadline", () => {
  it("answers JSON with receipt, deadline, extension and basis", async () => {
    const response = await deadline("country=fr&sentOn=2026-09-04&channel=form");
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({
      regime: "eu-gdpr",
      receivedOn: "2026-09-04",
      receiptAssumed: false,
      deadline: "2026-10-05",
      extendedDeadline: "2026-12-04",
      basis: ["GDPR Art. 12(3)", "Regulation 1182/71 Art. 3"],
    });
  });

  it("gives the UK acknowledgement date and post assumptions", async () => {
    const uk = await json(await deadline("country=GB&sentOn=2026-07-01&channel=post"));
    expect(uk).toMatchObject({ regime: "uk-gdpr", receivedOn: "2026-07-08", receiptAssumed: true });
    expect(uk.acknowledgementBy).toBe("2026-08-07");
    const tracked = await json(
      await deadline("country=CH&sentOn=2026-07-01&channel=post&receivedOn=2026-07-03"),
    );
    expect(tracked).toMatchObject({ regime: "ch-fadp", receivedOn: "2026-07-03", deadline: "2026-08-04" });
    expect(tracked.acknowledgementBy).toBeUndefined();
  });

  it("answers an iCalendar file in the requested language, with the reference and the dossier link only", async () => {
    const response = await deadline(
      "country=FR&sentOn=2026-09-04&channel=form&format=ics&locale=fr&reference=LI-AI-2026-7K3QXM",
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="linkedin-deadline-2026-10-05-li-ai-2026-7k3qxm.ics"',
    );
    const text = await response.text();
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!;
    expect(String(event.getFirstPropertyValue("dtstart"))).toBe("2026-10-05");
    expect(event.getFirstPropertyValue("summary")).toBe(
      "LinkedIn doit répondre à votre opposition LI-AI-2026-7K3QXM",
    );
    expect(event.getFirstPropertyValue("url")).toBe(`${siteOrigin()}/fr/dossier`);
    expect(String(event.getFirstSubcomponent("valarm")!.getFirstPropertyValue("trigger"))).toBe("-P3D");
  });

  it.each([
    ["", ["country", "sentOn", "channel"]],
    ["country=XX&sentOn=2026-09-04&channel=form", ["country"]],
    ["country=FR&sentOn=2026-02-30&channel=form", ["sentOn"]],
    ["country=FR&sentOn=2099-01-01&channel=form", ["sentOn"]],
    ["country=FR&sentOn=2025-01-01&channel=form", ["sentOn"]],
    ["country=FR&sentOn=2026-09-04&channel=pigeon", ["channel"]],
    ["country=FR&sentOn=2026-09-04&channel=post&receivedOn=2099-01-01", ["receivedOn"]],
    ["country=FR&sentOn=2026-09-04&channel=form&format=pdf", ["format"]],
    ["country=FR&sentOn=2026-09-04&channel=form&reference=Camille", ["reference"]],
    ["country=FR&country=DE&sentOn=2026-09-04&channel=form", ["country"]],
  ])("?%s is a 400 invalid-input at %j", async (query, paths) => {
    const response = await deadline(`${query}&locale=en`);
    expect(response.status).toBe(400);
    const answer = await json(response);
    expect(answer.error).toBe("invalid-input");
    expect((answer.issues as { path: string }[]).map((issue) => issue.path)).toEqual(paths);
  });

  it("a country outside the scope is a 422 not-eligible, in French when asked", async () => {
    const response = await deadline("country=US&sentOn=2026-09-04&channel=form", { "accept-language": "fr" });
    expect(response.status).toBe(422);
    const answer = await json(response);
    expect(answer.error).toBe("not-eligible");
    expect(answer.message).toContain("LinkedIn");
    expect(response.headers.get("content-language")).toBe("fr");
  });
});

describe("POST /api/v1/follow-up/text", () => {
  const combinations = [
    ...(["reminder"] as const).map((kind) => ({ kind, reply: "none" })),
    ...REPLY_CASES.filter((r) => r !== "none").map((reply) => ({ kind: "reply", reply })),
    ...REPLY_CASES.map((reply) => ({ kind: "complaint", reply })),
  ];
  const places = [
    { country: "FR", addressee: /CNIL|Commission nationale/ },
    { country: "CH", addressee: /FDPIC|PFPDT|EDÖB|IFPDT/ },
    { country: "GB", addressee: /ICO/ },
    { country: "DE", land: "BY", addressee: /Bayerisches Landesamt für Datenschutzaufsicht/ },
  ];

  it.each(combinations)(
    "$kind after $reply, in every language, EU, CH, UK and DE with a Land",
    async (combo) => {
      for (const place of places) {
        for (const letterLocale of LOCALES) {
          const response = await postText(
            jsonRequest(
              TEXT_URL,
              body({
                ...combo,
                letterLocale,
                country: place.country,
                land: place.land,
                replyOn: combo.reply === "none" ? undefined : "2026-07-20",
              }),
            ),
          );
          const answer = await json(response);
          expect(response.status, JSON.stringify(answer).slice(0, 300)).toBe(200);
          expect(answer.body).toContain(NAME);
          expect(answer.body).toContain("LI-AI-2026-7K3QXM");
          expect((answer.short as string).length).toBeLessThanOrEqual(1000);
          const addressee = answer.addressee as { name: string; url?: string };
          if (combo.kind === "complaint") {
            expect(addressee.name).toMatch(place.addressee);
            if (place.country !== "DE") expect(addressee.url).toMatch(/^https:\/\//);
          } else {
            expect(addressee.name).toBe(
              place.country === "GB" ? "LinkedIn Corporation" : "LinkedIn Ireland Unlimited Company",
            );
          }
        }
      }
    },
  );

  it("a reminder before the deadline is a 422 too-early with the day it becomes available", async () => {
    const now = () => new Date("2026-07-20T12:00:00Z");
    const response = await handleFollowUpRequest(jsonRequest(`${TEXT_URL}?locale=en`, body()), {
      output: "text",
      now,
    });
    expect(response.status).toBe(422);
    const answer = await json(response);
    expect(answer).toMatchObject({ error: "too-early", availableFrom: "2026-08-05", deadline: "2026-08-04" });
    expect(answer.message).toBe(
      "It is too early: LinkedIn still has until 4 August 2026 to answer. This document is available from 5 August 2026.",
    );
    const complaint = await handleFollowUpRequest(
      jsonRequest(TEXT_URL, body({ kind: "complaint", reply: "none" })),
      { output: "text", now },
    );
    expect((await json(complaint)).availableFrom).toBe("2026-08-05");
    // A reply, or a complaint about an answer, need not wait.
    const reply = await handleFollowUpRequest(
      jsonRequest(TEXT_URL, body({ kind: "reply", reply: "use-the-form", replyOn: "2026-07-10" })),
      { output: "text", now },
    );
    expect(reply.status).toBe(200);
  });

  it.each([
    [{ kind: "reply" }, "reply"],
    [{ kind: "letter" }, "kind"],
    [{ original: { sentOn: "2026-07-01", channel: "form" } }, "original.reference"],
    [{ email: undefined }, "email"],
    [{ land: "ZZ", country: "DE" }, "land"],
  ])("%j is a 422 invalid-input at %s, localized", async (change, path) => {
    const response = await postText(jsonRequest(`${TEXT_URL}?locale=fr`, body(change)));
    expect(response.status).toBe(422);
    const answer = await json(response);
    expect(answer.error).toBe("invalid-input");
    const issue = (answer.issues as { path: string; message: string }[]).find((i) => i.path === path);
    expect(issue?.message).toMatch(/[a-zé]/);
  });

  it("a country outside the scope is a 422 not-eligible with reasons", async () => {
    const answer = await json(await postText(jsonRequest(TEXT_URL, body({ country: "US" }))));
    expect(answer.error).toBe("not-eligible");
    expect(answer.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "outside-scope" })]),
    );
  });

  it.each([
    ["text/plain", 415],
    ["application/json", 400],
  ])("content type %s with a broken body is refused with %i", async (type, status) => {
    const response = await postText(
      new Request(TEXT_URL, { method: "POST", headers: { "content-type": type }, body: "{nope" }),
    );
    expect(response.status).toBe(status);
  });
});

describe("POST /api/v1/follow-up (PDF)", () => {
  it.each([
    [
      "fr",
      "FR",
      "reminder",
      "none",
      ["Relance", "4 août 2026", "Commission nationale de l", "LinkedIn Ireland Unlimited Company"],
    ],
    ["en", "GB", "complaint", "none", ["Information Commissioner", "section 164A", "LinkedIn Corporation"]],
    [
      "en",
      "DE",
      "complaint",
      "compelling-grounds",
      ["Bayerisches Landesamt", "Article 77", "Data Protection Commission"],
    ],
    ["fr", "CH", "reply", "setting-only", ["Données pour l’amélioration de l’IA générative", "article 15"]],
  ] as const)(
    "%s %s %s after %s: a PDF with the sender, the reference and %j",
    async (letterLocale, country, kind, reply, words) => {
      const response = await postPdf(
        jsonRequest(
          PDF_URL,
          body({
            letterLocale,
            country,
            kind,
            reply,
            land: country === "DE" ? "BY" : undefined,
            replyOn: reply === "none" ? undefined : "2026-07-20",
          }),
        ),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toMatch(
        /^attachment; filename="[a-z-]+-\d{4}-\d{2}-\d{2}-li-ai-2026-7k3qxm\.pdf"$/,
      );
      const text = pdfText(new Uint8Array(await response.arrayBuffer()));
      expect(text).toContain(NAME);
      expect(text).toContain("LI-AI-2026-7K3QXM");
      for (const word of words) expect(text).toContain(word);
    },
  );
});
