import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { afterAll, describe, expect, it } from "vitest";
import { createLetterDocument, registerLetterFonts } from "@/components/letter-pdf";
import { buildLetter } from "@/lib/universal/letter/build-letter";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { ZLetterRequest } from "@/lib/universal/schemas/letter-request";
import { warmUpDocument, WARM_UP_TEXT } from "./warm-up-document";

const dir = mkdtempSync(path.join(tmpdir(), "objection-warm-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the PDF warm-up", () => {
  it("puts every plain letter before the accented ones", () => {
    const firstAccent = WARM_UP_TEXT.search(/[^\x20-\x7e]/);
    for (const letter of "abcdefghijklmnopqrstuvwxyz") {
      expect(WARM_UP_TEXT.indexOf(letter)).toBeLessThan(firstAccent);
    }
  });

  // Regression: a warm-up page reading "Aé" made the next letter lose every "e" ("K lly", "Ir land").
  it("leaves the next letter whole", async () => {
    registerLetterFonts((file) => path.join(process.cwd(), "public", "fonts", file));
    await renderToBuffer(warmUpDocument());
    const request = ZLetterRequest.parse({
      letterLocale: "en",
      country: "IE",
      age: "18-plus",
      account: "member",
      school: false,
      firstName: "Siobhán",
      lastName: "Kelly",
      email: "siobhan@example.ie",
      date: "2026-11-28",
    });
    const verdict = assessEligibility({ country: "IE", age: "18-plus", account: "member", school: false });
    const model = buildLetter(request, verdict, { today: "2026-11-28", reference: "LI-AI-2026-EYC3H7" });
    const file = path.join(dir, "letter.pdf");
    writeFileSync(file, await renderToBuffer(createLetterDocument(model)));
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8");
    expect(text).toContain("Siobhán Kelly");
    expect(text).toContain("LinkedIn Ireland Unlimited Company");
    expect(text).toContain("Data Protection Officer");
  });
});
