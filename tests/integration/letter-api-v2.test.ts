import { describe, expect, it } from "vitest";
import { POST as postPdf } from "@/app/api/v1/letter/route";
import { POST as postText } from "@/app/api/v1/letter/text/route";
import { jsonRequest, letterBody, pdfText } from "@/tests/support/letter-fixtures";

/** The letter request's fields added with the second version of the letter (see the developers page and lib/universal/api/openapi.ts). */

const TEXT_URL = "http://localhost/api/v1/letter/text";
const PDF_URL = "http://localhost/api/v1/letter";

async function text(body: Record<string, unknown>, locale = "en") {
  const response = await postText(jsonRequest(`${TEXT_URL}?locale=${locale}`, body));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("a non-member's reply channel", () => {
  it("answers 422 invalid-input on email when neither an e-mail nor a postal address is given", async () => {
    const { status, body } = await text(letterBody({ account: "non-member", email: undefined }));
    expect(status).toBe(422);
    expect(body.error).toBe("invalid-input");
    expect(body.issues).toEqual([
      { path: "email", message: expect.stringContaining("give an e-mail address or a postal address") },
    ]);
  });

  it.each([
    [{ email: "zoe@example.org" }],
    [
      {
        email: undefined,
        postalAddress: { lines: ["12 rue des Lilas"], postalCode: "75011", city: "Paris" },
      },
    ],
  ])("writes the letter when the non-member gives %j", async (channel) => {
    const { status } = await text(letterBody({ account: "non-member", ...channel }));
    expect(status).toBe(200);
  });

  it("does not take a postal address without a town as a way to reply", async () => {
    const { status } = await text(
      letterBody({ account: "non-member", email: undefined, postalAddress: { lines: ["12 rue des Lilas"] } }),
    );
    expect(status).toBe(422);
  });
});

describe("mentions", () => {
  const mentions = Array.from(
    { length: 10 },
    (_, i) => `https://www.linkedin.com/posts/camille-durand_activity-71234567890123456${i}`,
  );

  it("prints up to 10 linkedin.com pages in a non-member's letter", async () => {
    const { status, body } = await text(letterBody({ account: "non-member", mentions }));
    expect(status).toBe(200);
    for (const url of mentions) expect(body.body).toContain(`- ${url}`);
  });

  it.each([
    [{ account: "non-member", mentions: [...mentions, "https://www.linkedin.com/posts/x"] }, "mentions"],
    [{ account: "non-member", mentions: ["https://example.org/post"] }, "mentions.0"],
    [{ account: "member", mentions: ["https://www.linkedin.com/posts/x"] }, "mentions"],
  ])("refuses %j", async (change, path) => {
    const { status, body } = await text(letterBody(change));
    expect(status).toBe(422);
    expect((body.issues as { path: string }[]).map((issue) => issue.path)).toContain(path);
  });
});

describe("land", () => {
  it("names the Land's authority in a German resident's letter", async () => {
    const { body } = await text(letterBody({ country: "DE", land: "DE-BY", letterLocale: "en" }));
    expect(body.body).toContain("Bayerisches Landesamt für Datenschutzaufsicht");
  });

  it.each([
    [{ country: "DE", land: "XX" }, "land"],
    [{ country: "FR", land: "BY" }, "land"],
  ])("refuses %j with a localized message", async (change, path) => {
    const { status, body } = await text(letterBody(change), "fr");
    expect(status).toBe(422);
    expect(body.issues).toEqual([{ path, message: expect.stringMatching(/Land|Länder/) }]);
  });
});

describe("reference", () => {
  it("is reused when the body carries one, so the PDF and the text agree", async () => {
    const reference = "LI-AI-2026-7K3QXM";
    const { body } = await text(letterBody({ reference }));
    expect(body.reference).toBe(reference);
    expect(body.body).toContain(reference);
    const pdf = await postPdf(jsonRequest(PDF_URL, letterBody({ reference })));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("x-letter-reference")).toBe(reference);
    expect(pdfText(new Uint8Array(await pdf.arrayBuffer()))).toContain(reference);
  });

  it("is drawn afresh when the body carries none", async () => {
    const [a, b] = await Promise.all([text(letterBody()), text(letterBody())]);
    expect(a.body.reference).toMatch(/^LI-AI-2026-[0-9A-Z]{6}$/);
    expect(a.body.reference).not.toBe(b.body.reference);
  });

  it("refuses a reference that does not follow the pattern", async () => {
    const { status, body } = await text(letterBody({ reference: "LI-AI-2026-ÉÉÉ" }));
    expect(status).toBe(422);
    expect(body.issues).toEqual([
      { path: "reference", message: expect.stringContaining("LI-AI-2026-7K3QXM") },
    ]);
  });
});
