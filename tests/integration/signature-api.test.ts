import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POST as postPdf } from "@/app/api/v1/letter/route";
import { handleLetterRequest } from "@/lib/server/letter/handle-letter-request";
import { PdfBusyError, PdfTimeoutError } from "@/lib/server/pdf/worker-pool";
import { dataUrl, hostileSignatures, strokePng } from "@/tests/support/hostile-png";
import { jsonRequest, letterBody } from "@/tests/support/letter-fixtures";

const PDF_URL = "http://localhost/api/v1/letter";

function imagesIn(pdf: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "letter-"));
  try {
    writeFileSync(path.join(dir, "letter.pdf"), pdf);
    return execFileSync("pdfimages", ["-list", path.join(dir, "letter.pdf")], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("POST /api/v1/letter with a hostile drawn signature", () => {
  it.each(hostileSignatures().map(({ name, png }) => [name, png] as const))(
    "%s: 422 invalid-input on signature.png, in French and English, within 2 s",
    async (_name, png) => {
      for (const [locale, words] of [
        ["fr", /signature dessinée/],
        ["en", /drawn signature/],
      ] as const) {
        const started = performance.now();
        const response = await postPdf(
          jsonRequest(`${PDF_URL}?locale=${locale}`, letterBody({ signature: { type: "drawn", png } })),
        );
        expect(performance.now() - started).toBeLessThan(2000);
        expect(response.status).toBe(422);
        const body = (await response.json()) as {
          error: string;
          issues: { path: string; message: string }[];
        };
        expect(body.error).toBe("invalid-input");
        expect(body.issues).toHaveLength(1);
        expect(body.issues[0]?.path).toBe("signature.png");
        expect(body.issues[0]?.message).toMatch(words);
      }
    },
  );

  it("says which limit a too large signature breaks", async () => {
    const png = hostileSignatures().find((s) => s.name === "1501×10")!.png;
    const response = await postPdf(
      jsonRequest(`${PDF_URL}?locale=en`, letterBody({ signature: { type: "drawn", png } })),
    );
    expect(((await response.json()) as { issues: { message: string }[] }).issues[0]?.message).toContain(
      "1,500 × 600",
    );
  });

  it("still renders a valid drawn signature, re-encoded, into the PDF", async () => {
    const png = dataUrl(strokePng(1200, 380, true));
    const response = await postPdf(jsonRequest(PDF_URL, letterBody({ signature: { type: "drawn", png } })));
    expect(response.status).toBe(200);
    const pdf = new Uint8Array(await response.arrayBuffer());
    // One image 1200×380 with its soft mask (the alpha channel).
    const list = imagesIn(pdf);
    expect(list).toMatch(/image\s+1200\s+380\s/);
    expect(list).toMatch(/smask\s+1200\s+380\s/);
  });
});

describe("POST /api/v1/letter when the PDF pool is saturated", () => {
  it("answers 503 busy before reading the body when the pool says it is full", async () => {
    const request = jsonRequest(PDF_URL, letterBody());
    const response = await handleLetterRequest(request, {
      output: "pdf",
      overloaded: () => 3,
      renderPdf: () => Promise.reject(new Error("not called")),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(request.bodyUsed).toBe(false);
  });

  it.each([
    [new PdfBusyError("full", 4), "4"],
    [new PdfTimeoutError("slow"), "10"],
  ])("answers 503 busy with Retry-After and a localized message (%s)", async (error, retryAfter) => {
    for (const [locale, words] of [
      ["fr", /Le serveur est occupé/],
      ["en", /The server is busy/],
    ] as const) {
      const response = await handleLetterRequest(jsonRequest(`${PDF_URL}?locale=${locale}`, letterBody()), {
        output: "pdf",
        renderPdf: () => Promise.reject(error),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe(retryAfter);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe("busy");
      expect(body.message).toMatch(words);
    }
  });
});
