import { describe, expect, it } from "vitest";
import { POST as postPdf } from "@/app/api/v1/follow-up/route";
import { POST as postText } from "@/app/api/v1/follow-up/text/route";
import { jsonRequest, pdfInfo, pdfText } from "@/tests/support/letter-fixtures";

const REFERENCE = "LI-AI-2026-7K3QXM";

/** An Italian follow-up body sent long enough ago that every document is available. */
function body(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    letterLocale: "it",
    country: "IT",
    age: "18-plus",
    account: "member",
    firstName: "Giulia",
    lastName: "Esposito",
    email: "giulia@example.org",
    kind: "reminder",
    original: { reference: REFERENCE, sentOn: "2026-07-01", channel: "form" },
    ...change,
  };
}

describe("Italian follow-up PDFs through POST /api/v1/follow-up", () => {
  it.each([
    [
      "IT",
      "reminder",
      "none",
      /^sollecito-opposizione-linkedin-ia-/,
      [
        "Sollecito relativo alla mia opposizione LI-AI-2026-7K3QXM",
        "del regolamento (UE) 2016/679 (di seguito «RGPD»)",
        "al più tardi entro un mese dal ricevimento della richiesta",
        "Garante per la protezione dei dati personali",
        "Distinti saluti",
      ],
    ],
    [
      "IT",
      "complaint",
      "setting-only",
      /^reclamo-opposizione-linkedin-ia-/,
      [
        "Il reclamo è proposto ai sensi dell’art. 77 del RGPD.",
        "Commissione irlandese per la protezione dei dati",
        "(art. 58, par. 2, lett. c), del RGPD)",
        "«Dati per migliorare l’IA generativa»",
      ],
    ],
    [
      "CH",
      "complaint",
      "compelling-grounds",
      /^reclamo-opposizione-linkedin-ia-/,
      [
        "Incaricato federale della protezione dei dati e della trasparenza",
        "Denuncia concernente LinkedIn Ireland Unlimited Company",
        "(art. 49 cpv. 4 LPD)",
      ],
    ],
    [
      "GB",
      "reply",
      "identity-document",
      /^risposta-opposizione-linkedin-ia-/,
      ["LinkedIn Corporation", "art. 12A del RGPD britannico", "(art. 12, par. 6, del RGPD britannico)"],
    ],
    [
      "DE",
      "complaint",
      "none",
      /^reclamo-opposizione-linkedin-ia-/,
      [
        "Bayerisches Landesamt für Datenschutzaufsicht",
        "Il reclamo è proposto ai sensi dell’art. 77 del RGPD.",
      ],
    ],
  ] as const)(
    "%s %s after %s: an Italian PDF with its own file name and wording",
    async (country, kind, reply, fileName, words) => {
      const response = await postPdf(
        jsonRequest(
          "http://localhost/api/v1/follow-up",
          body({
            country,
            kind,
            reply,
            land: country === "DE" ? "BY" : undefined,
            replyOn: reply === "none" ? undefined : "2026-07-20",
          }),
        ),
      );
      expect(response.status).toBe(200);
      const disposition = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1];
      expect(disposition).toMatch(fileName);
      const pdf = new Uint8Array(await response.arrayBuffer());
      const text = pdfText(pdf);
      expect(text).toContain("Giulia Esposito");
      expect(text).toContain(REFERENCE);
      for (const word of words) expect(text).toContain(word);
      expect(pdfInfo(pdf).Title).toMatch(/ – opposizione all’addestramento dell’IA generativa – LinkedIn – /);
    },
  );

  it("the text version gives the short text for the Garante's form within 1,000 characters", async () => {
    const response = await postText(
      jsonRequest(
        "http://localhost/api/v1/follow-up/text",
        body({ kind: "complaint", reply: "use-the-form", replyOn: "2026-07-20" }),
      ),
    );
    expect(response.status).toBe(200);
    const json = (await response.json()) as { short?: string };
    expect(json.short?.length).toBeLessThanOrEqual(1000);
    expect(json.short?.replace(/\u00a0/g, " ")).toContain(
      "Propongo reclamo nei confronti di LinkedIn Ireland Unlimited Company.",
    );
  });
});
