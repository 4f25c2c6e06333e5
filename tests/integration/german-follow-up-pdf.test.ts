import { describe, expect, it } from "vitest";
import { POST as postPdf } from "@/app/api/v1/follow-up/route";
import { POST as postText } from "@/app/api/v1/follow-up/text/route";
import { jsonRequest, pdfInfo, pdfText } from "@/tests/support/letter-fixtures";

const PDF_URL = "http://localhost/api/v1/follow-up";
const TEXT_URL = "http://localhost/api/v1/follow-up/text";

function body(change: Record<string, unknown>): Record<string, unknown> {
  return {
    letterLocale: "de",
    age: "18-plus",
    account: "member",
    firstName: "Jörg",
    lastName: "Strauß",
    email: "joerg@example.org",
    original: { reference: "LI-AI-2026-7K3QXM", sentOn: "2026-07-01", channel: "post" },
    ...change,
  };
}

async function pdf(change: Record<string, unknown>) {
  const response = await postPdf(jsonRequest(PDF_URL, body(change)));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    disposition: response.headers.get("content-disposition"),
    text: pdfText(bytes),
    info: pdfInfo(bytes),
  };
}

describe("German follow-up PDFs (POST /api/v1/follow-up)", () => {
  it("Germany, Hesse: a complaint to the Land's authority under Art. 77 DSGVO", async () => {
    const { disposition, text, info } = await pdf({
      country: "DE",
      land: "HE",
      kind: "complaint",
      reply: "setting-only",
      replyOn: "2026-07-20",
    });
    expect(disposition).toMatch(
      /^attachment; filename="beschwerde-linkedin-ki-\d{4}-\d{2}-\d{2}-li-ai-2026-7k3qxm\.pdf"$/,
    );
    expect(info.Title).toBe(
      "Beschwerde – Widerspruch gegen das Training generativer KI – LinkedIn – LI-AI-2026-7K3QXM",
    );
    for (const words of [
      "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit",
      "Betreff: Beschwerde gegen LinkedIn Ireland Unlimited Company: mein Widerspruch LI-AI-2026-7K3QXM (Art. 21 DSGVO)",
      "Sehr geehrte Damen und Herren, hiermit lege ich Beschwerde gegen LinkedIn Ireland Unlimited Company",
      "Ich lege die Beschwerde gemäß Art. 77 DSGVO ein.",
      "die Einstellung „Daten zur Verbesserung generativer KI“ sei für mein Konto deaktiviert worden",
      "(Art. 58 Abs. 2 lit. c DSGVO)",
      "Als Anlagen füge ich bei:",
      "den Einlieferungsbeleg des Einschreibens und die Sendungsverfolgung;",
      "Mit freundlichen Grüßen",
      "Jörg Strauß",
    ])
      expect(text).toContain(words);
  });

  it("Switzerland: a report to the EDÖB under the DSG, in Swiss spelling, the name kept as typed", async () => {
    const { text } = await pdf({
      country: "CH",
      kind: "complaint",
      reply: "compelling-grounds",
      replyOn: "2026-07-20",
    });
    for (const words of [
      "Eidgenössischer Datenschutz-",
      "Betreff: Anzeige betreffend LinkedIn Ireland Unlimited Company: mein Widerspruch LI-AI-2026-7K3QXM",
      "Sehr geehrte Damen und Herren Hiermit erstatte ich Anzeige",
      "(Art. 49 DSG)",
      "die in Art. 51 DSG vorgesehenen Verwaltungsmassnahmen",
      "(Art. 49 Abs. 4 DSG)",
      "gemäss Art. 21 Abs. 1 DSGVO",
      "Freundliche Grüsse",
      "Jörg Strauß",
    ])
      expect(text).toContain(words);
    expect(text.replaceAll("Strauß", "")).not.toMatch(/ß/);
  });

  it("a UK member in German: a reply to LinkedIn Corporation under the UK GDPR, and the same text as JSON", async () => {
    const change = { country: "GB", kind: "reply", reply: "identity-document", replyOn: "2026-07-20" };
    const { text } = await pdf(change);
    for (const words of [
      "LinkedIn Corporation",
      "Betreff: Ihre Antwort auf meinen Widerspruch LI-AI-2026-7K3QXM (Art. 21 UK GDPR)",
      "(Art. 12 Abs. 6 UK GDPR)",
      "Nach Art. 12A UK GDPR ist die Frist nur gehemmt",
      "bei der Aufsichtsbehörde (Information Commissioner's Office, ICO) Beschwerde einlegen",
    ])
      expect(text).toContain(words);
    const response = await postText(jsonRequest(TEXT_URL, body(change)));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { body: string; short: string; subject: string };
    expect(answer.subject).toBe("Ihre Antwort auf meinen Widerspruch LI-AI-2026-7K3QXM (Art. 21 UK GDPR)");
    expect(answer.short.length).toBeLessThanOrEqual(1000);
    expect(answer.short).toMatch(/^Referenz LI-AI-2026-7K3QXM\. Die Kopie eines Ausweisdokuments/);
  });
});
