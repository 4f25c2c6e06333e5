import { describe, expect, it, vi } from "vitest";
import { POST as postPdf } from "@/app/api/v1/letter/route";
import { POST as postText } from "@/app/api/v1/letter/text/route";
import { handleLetterRequest } from "@/lib/server/letter/handle-letter-request";
import { LETTER_BODY_MAX_BYTES } from "@/lib/server/letter/read-json-body";
import { jsonRequest, letterBody, signaturePngDataUrl } from "@/tests/support/letter-fixtures";

const TEXT_URL = "http://localhost/api/v1/letter/text";
const PDF_URL = "http://localhost/api/v1/letter";

async function json(response: Response) {
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return (await response.json()) as Record<string, unknown>;
}

describe("POST /api/v1/letter/text", () => {
  it("returns the subject, the plain letter and a short text of at most 1,000 characters", async () => {
    const response = await postText(jsonRequest(TEXT_URL, letterBody({ situationText: "x ".repeat(999) })));
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.subject).toContain("article 21 du RGPD");
    expect(body.body).toContain("Zoë Łukasiewicz-Ørsted");
    expect((body.short as string).length).toBeLessThanOrEqual(1000);
  });

  it("answers 422 invalid-input with localized issues per path", async () => {
    const body = await json(
      await postText(jsonRequest(`${TEXT_URL}?locale=fr`, letterBody({ email: "nope", firstName: "4" }))),
    );
    expect(body.error).toBe("invalid-input");
    expect(body.issues).toEqual([
      { path: "firstName", message: expect.stringContaining("lettres latines") },
      { path: "email", message: expect.stringContaining("adresse e-mail valide") },
    ]);
  });

  it("follows Accept-Language when no locale is given", async () => {
    const response = await postText(
      jsonRequest(TEXT_URL, letterBody({ email: "nope" }), { "accept-language": "en-GB,en;q=0.9" }),
    );
    expect(((await json(response)).issues as { message: string }[])[0]?.message).toContain("valid e-mail");
  });

  it.each([
    [{ country: "US" }, ["outside-scope"]],
    [{ country: "CA" }, ["outside-scope", "no-gdpr-region-with-training"]],
    [{ account: "organization" }, ["organization-not-data-subject"]],
  ])("answers 422 not-eligible with the reasons for %j", async (change, codes) => {
    const response = await postText(jsonRequest(TEXT_URL, letterBody(change)));
    expect(response.status).toBe(422);
    const body = await json(response);
    expect(body.error).toBe("not-eligible");
    expect((body.reasons as { code: string; message: string }[]).map((r) => r.code)).toEqual(
      expect.arrayContaining(codes),
    );
    expect((body.reasons as { message: string }[]).every((r) => r.message.length > 20)).toBe(true);
  });

  it.each([
    ["text/plain", 415, "unsupported-media-type"],
    ["application/x-www-form-urlencoded", 415, "unsupported-media-type"],
    ["application/json; charset=utf-8", 200, undefined],
    ["application/merge-patch+json", 200, undefined],
  ])("content type %s → %i", async (type, status, error) => {
    const response = await postText(jsonRequest(TEXT_URL, letterBody(), { "content-type": type }));
    expect(response.status).toBe(status);
    if (error) expect((await json(response)).error).toBe(error);
  });

  it("answers 400 invalid-json for malformed JSON and invalid UTF-8", async () => {
    for (const body of ["{", "", "nul"]) {
      const response = await postText(jsonRequest(TEXT_URL, body));
      expect(response.status).toBe(400);
      expect((await json(response)).error).toBe("invalid-json");
    }
    const response = await postText(
      new Request(TEXT_URL, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: new Uint8Array([0x7b, 0xff, 0x7d]),
      }),
    );
    expect(response.status).toBe(400);
  });

  it("answers 413 when Content-Length announces too much, without reading", async () => {
    const request = jsonRequest(TEXT_URL, letterBody(), {
      "content-length": String(LETTER_BODY_MAX_BYTES + 1),
    });
    const response = await postText(request);
    expect(response.status).toBe(413);
    expect((await json(response)).error).toBe("too-large");
  });

  it("answers 413 when the bytes read exceed the limit, whatever Content-Length says", async () => {
    const big = JSON.stringify(letterBody({ situationText: "x".repeat(LETTER_BODY_MAX_BYTES) }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(big);
        for (let i = 0; i < bytes.length; i += 65536) controller.enqueue(bytes.slice(i, i + 65536));
        controller.close();
      },
    });
    const request = new Request(TEXT_URL, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "100" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect((await postText(request)).status).toBe(413);
  });

  it("runs the guard before reading the body, and counts letters without personal data", async () => {
    const guard = vi.fn(() => new Response(JSON.stringify({ error: "rate-limited" }), { status: 429 }));
    expect((await handleLetterRequest(jsonRequest(TEXT_URL, "{"), { output: "text", guard })).status).toBe(
      429,
    );

    const onLetter = vi.fn();
    const ok = await handleLetterRequest(jsonRequest(TEXT_URL, letterBody({ partner: "la-quadrature" })), {
      output: "text",
      onLetter,
    });
    expect(ok.status).toBe(200);
    expect(onLetter).toHaveBeenCalledWith({ country: "FR", locale: "fr", partner: "la-quadrature" });

    const failing = vi.fn(() => Promise.reject(new Error("database down")));
    expect(
      (await handleLetterRequest(jsonRequest(TEXT_URL, letterBody()), { output: "text", onLetter: failing }))
        .status,
    ).toBe(200);
    const refused = vi.fn();
    await handleLetterRequest(jsonRequest(TEXT_URL, letterBody({ email: "x" })), {
      output: "text",
      onLetter: refused,
    });
    expect(refused).not.toHaveBeenCalled();
  });
});

describe("POST /api/v1/letter", () => {
  it("accepts a drawn signature of about 150 KiB and refuses one over 200 KiB", async () => {
    const fits = signaturePngDataUrl({ width: 270, height: 270, noise: true });
    const decodedBytes = (fits.length - "data:image/png;base64,".length) * 0.75;
    expect(decodedBytes).toBeGreaterThan(140 * 1024);
    expect(decodedBytes).toBeLessThan(200 * 1024);
    expect(
      (await postPdf(jsonRequest(PDF_URL, letterBody({ signature: { type: "drawn", png: fits } })))).status,
    ).toBe(200);

    const tooBig = signaturePngDataUrl({ width: 400, height: 400, noise: true });
    const response = await postPdf(
      jsonRequest(PDF_URL, letterBody({ signature: { type: "drawn", png: tooBig } })),
    );
    expect(response.status).toBe(422);
    expect((await json(response)).issues).toEqual([
      { path: "signature.png", message: expect.stringContaining("200 KiB") },
    ]);
  });
});
