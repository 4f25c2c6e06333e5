import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFileName, deadlineCalendar } from "./calendar";
import { computeDeadline } from "./compute-deadline";

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  const events = component.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return events[0]!;
}

describe("deadlineCalendar", () => {
  const deadline = computeDeadline({ regime: "eu-gdpr", sentOn: "2026-12-04", channel: "form" });

  it("is one all-day event on the deadline with a display alarm three days before", () => {
    const text = deadlineCalendar(deadline, {
      locale: "en",
      reference: "LI-AI-2026-7K3QXM",
      dossierUrl: "https://objection.example/en/dossier",
    });
    const event = parse(text);
    const start = event.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe("2027-01-04");
    expect((event.getFirstPropertyValue("dtend") as ICAL.Time).toString()).toBe("2027-01-05");
    expect(event.getFirstPropertyValue("summary")).toBe(
      "LinkedIn must answer your objection LI-AI-2026-7K3QXM",
    );
    expect(event.getFirstPropertyValue("url")).toBe("https://objection.example/en/dossier");
    const alarm = event.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarm.getFirstPropertyValue("trigger"))).toBe("-P3D");
  });

  it("speaks French when asked", () => {
    const event = parse(
      deadlineCalendar(deadline, {
        locale: "fr",
        reference: "LI-AI-2026-7K3QXM",
        dossierUrl: "https://objection.example/fr/dossier",
      }),
    );
    expect(event.getFirstPropertyValue("summary")).toBe(
      "LinkedIn doit répondre à votre opposition LI-AI-2026-7K3QXM",
    );
    expect(String(event.getFirstPropertyValue("description"))).toContain("référence LI-AI-2026-7K3QXM");
  });

  it("carries no name or e-mail address: nothing but the reference, dates, basis and the dossier link", () => {
    const text = deadlineCalendar(deadline, {
      locale: "en",
      reference: "LI-AI-2026-7K3QXM",
      dossierUrl: "https://objection.example/en/dossier",
    });
    expect(text).not.toMatch(/@(?!objection-linkedin-ai)[a-z0-9-]+\./i);
    expect(text).not.toMatch(/ORGANIZER|ATTENDEE|CONTACT|LOCATION/);
    const event = parse(text);
    expect(event.getFirstPropertyValue("uid")).toBe("LI-AI-2026-7K3QXM-deadline@objection-linkedin-ai");
  });

  it("works without a reference, with a safe file name", () => {
    const event = parse(
      deadlineCalendar(deadline, {
        locale: "en",
        reference: null,
        dossierUrl: "https://x.example/en/dossier",
      }),
    );
    expect(event.getFirstPropertyValue("summary")).toBe("LinkedIn must answer your objection");
    expect(calendarFileName(deadline, null)).toBe("linkedin-deadline-2027-01-04.ics");
    expect(calendarFileName(deadline, "LI-AI-2026-7K3QXM")).toBe(
      "linkedin-deadline-2027-01-04-li-ai-2026-7k3qxm.ics",
    );
  });
});

describe("deadlineCalendar in German and Italian", () => {
  const options = { reference: "LI-AI-2026-7K3QXM", dossierUrl: "https://objection.example/de/dossier" };

  it("cites the GDPR as each language does", () => {
    const eu = computeDeadline({ regime: "eu-gdpr", sentOn: "2026-12-04", channel: "form" });
    const german = parse(deadlineCalendar(eu, { ...options, locale: "de" }));
    expect(german.getFirstPropertyValue("summary")).toBe(
      "LinkedIn muss auf Ihren Widerspruch antworten (LI-AI-2026-7K3QXM)",
    );
    expect(String(german.getFirstPropertyValue("description"))).toContain(
      "(Referenznummer LI-AI-2026-7K3QXM), Art. 12 Abs. 3 DSGVO.",
    );
    const italian = parse(deadlineCalendar(eu, { ...options, locale: "it" }));
    expect(String(italian.getFirstPropertyValue("description"))).toContain("art. 12, par. 3, RGPD.");
    expect(String(italian.getFirstSubcomponent("valarm")!.getFirstPropertyValue("description"))).toBe(
      "Tra 3 giorni LinkedIn deve aver risposto alla tua opposizione.",
    );
  });

  it("cites the UK provisions in German", () => {
    const uk = computeDeadline({ regime: "uk-gdpr", sentOn: "2026-12-04", channel: "form" });
    const description = String(
      parse(deadlineCalendar(uk, { ...options, locale: "de" })).getFirstPropertyValue("description"),
    );
    expect(description).toContain(
      "Art. 12 Abs. 3 UK GDPR, Art. 12A UK GDPR, Section 164A Data Protection Act 2018.",
    );
  });
});
