import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/eligibility/route";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import it_ from "@/messages/it.json";

const BASE = "http://localhost/api/v1/eligibility";

async function call(query: string, headers: HeadersInit = {}) {
  const response = await GET(new Request(`${BASE}?${query}`, { headers }));
  const text = await response.text();
  return { response, status: response.status, text, body: JSON.parse(text) as Record<string, unknown> };
}

const valid = "age=18-plus&account=member";

describe("GET /api/v1/eligibility: valid answers", () => {
  it("answers an adult member in France in English by default, cacheable per language", async () => {
    const { response, status, body } = await call(`country=FR&${valid}`);
    expect(status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toMatch(/public, max-age=3600/);
    expect(response.headers.get("vary")).toBe("Accept-Language");
    expect(response.headers.get("content-language")).toBe("en");
    expect(body).toMatchObject({
      status: "eligible",
      regime: "eu-gdpr",
      reasons: [],
      controller: {
        name: "LinkedIn Ireland Unlimited Company",
        address: ["Wilton Place", "Dublin 2", "Ireland"],
      },
      authority: {
        name: "French Data Protection Authority (CNIL)",
        country: "FR",
        url: "https://www.cnil.fr/",
      },
      leadAuthority: {
        name: "Data Protection Commission",
        country: "IE",
        url: "https://www.dataprotection.ie/",
      },
      links: {
        objectionForm: "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
        setting: "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        dpoForm: "https://www.linkedin.com/help/linkedin/ask/TSO-DPO",
      },
      responseDeadline: "P1M",
    });
    expect((body.articles as string[]).slice(0, 2)).toEqual(["GDPR Art. 21(1)", "GDPR Art. 12(3)"]);
  });

  it("localizes reason messages in French with ?locale=fr", async () => {
    const { response, body } = await call(`country=fr&age=16-17&account=member&locale=fr`);
    expect(response.headers.get("content-language")).toBe("fr");
    expect(body.reasons).toEqual([
      {
        code: "possible-minor",
        kind: "caveat",
        title: fr.Reasons["possible-minor"].title,
        message: fr.Reasons["possible-minor"].explanation,
        action: fr.Reasons["possible-minor"].action,
      },
    ]);
    expect(body.authority).toMatchObject({
      name: "Commission nationale de l'informatique et des libertés (CNIL)",
    });
  });

  it("follows Accept-Language when there is no ?locale", async () => {
    const { body } = await call(`country=BE&age=18-plus&account=non-member`, {
      "Accept-Language": "fr-BE,fr;q=0.9,en;q=0.5",
    });
    expect((body.reasons as { message: string }[])[0]?.message).toBe(fr.Reasons["non-member"].explanation);
  });

  it("lets ?locale win over Accept-Language, and ignores an unsupported ?locale", async () => {
    const english = await call(`country=CH&${valid}&locale=en`, { "Accept-Language": "fr" });
    expect((english.body.reasons as { message: string }[])[0]?.message).toBe(
      en.Reasons["swiss-law"].explanation,
    );
    const fallback = await call(`country=CH&${valid}&locale=es`, { "Accept-Language": "fr" });
    expect(fallback.response.headers.get("content-language")).toBe("fr");
  });

  it("speaks German and Italian, with the authority's name in that language", async () => {
    const german = await call(`country=AT&${valid}`, { "Accept-Language": "de-AT,de;q=0.9" });
    expect(german.response.headers.get("content-language")).toBe("de");
    expect(german.body).toMatchObject({ authority: { name: "Österreichische Datenschutzbehörde" } });
    const swiss = await call(`country=CH&${valid}&locale=de`);
    expect((swiss.body.reasons as { message: string }[])[0]?.message).toBe(
      de.Reasons["swiss-law"].explanation,
    );
    expect(swiss.body).toMatchObject({
      authority: { name: "Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)" },
    });
    const italian = await call(`country=IT&age=16-17&account=member&locale=it`);
    expect(italian.response.headers.get("content-language")).toBe("it");
    expect(italian.body).toMatchObject({
      authority: { name: "Garante per la protezione dei dati personali" },
      reasons: [{ code: "possible-minor", title: it_.Reasons["possible-minor"].title }],
    });
  });

  it("answers the UK with LinkedIn Corporation, the ICO and the Microsoft note", async () => {
    const { body } = await call(`country=gb&${valid}`);
    expect(body).toMatchObject({
      regime: "uk-gdpr",
      controller: { name: "LinkedIn Corporation" },
      authority: {
        country: "GB",
        complaintUrl: "https://ico.org.uk/make-a-complaint/data-protection-complaints",
      },
      leadAuthority: null,
      reasons: [{ code: "uk-microsoft-sharing", kind: "info" }],
    });
  });

  it("answers a valid country outside scope with a 200 not-eligible and null parties", async () => {
    const { status, body } = await call(`country=CA&${valid}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "not-eligible", regime: "none", controller: null, authority: null });
    expect((body.reasons as { code: string }[]).map((r) => r.code)).toEqual([
      "outside-scope",
      "no-gdpr-region-with-training",
    ]);
  });

  it("answers an organisation with the not-a-data-subject blocker", async () => {
    const { body } = await call(`country=DE&age=18-plus&account=organization`);
    expect(body).toMatchObject({
      status: "not-eligible",
      reasons: [
        {
          code: "organization-not-data-subject",
          kind: "blocker",
          message: en.Reasons["organization-not-data-subject"].explanation,
        },
      ],
    });
  });

  it("treats school=true as a possible minor", async () => {
    const { body } = await call(`country=ES&${valid}&school=true`);
    expect(body).toMatchObject({ status: "eligible-with-caveats", reasons: [{ code: "possible-minor" }] });
  });
});

describe("GET /api/v1/eligibility: bad input is a JSON 400, never a 500", () => {
  const cases: [string, string, string[]][] = [
    ["nothing at all", "", ["country", "age", "account"]],
    ["a missing country", valid, ["country"]],
    ["an unknown country", `country=XX&${valid}`, ["country"]],
    ["the reserved code UK", `country=UK&${valid}`, ["country"]],
    ["an alpha-3 code", `country=FRA&${valid}`, ["country"]],
    ["empty values", "country=&age=&account=&school=", ["country", "age", "account", "school"]],
    ["an unknown age band", "country=FR&age=17&account=member", ["age"]],
    ["an unknown account type", "country=FR&age=18-plus&account=admin", ["account"]],
    ["a non-boolean school flag", `country=FR&${valid}&school=1`, ["school"]],
    ["a repeated country", `country=FR&country=GB&${valid}`, ["country"]],
    ["a repeated school flag", `country=FR&${valid}&school=true&school=false`, ["school"]],
    ["a very long country", `country=${"A".repeat(50_000)}&${valid}`, ["country"]],
    ["a very long account", `country=FR&age=18-plus&account=${"m".repeat(50_000)}`, ["account"]],
    ["injected HTML", `country=${encodeURIComponent("<script>alert(1)</script>")}&${valid}`, ["country"]],
    ["injected SQL", `country=${encodeURIComponent("FR' OR '1'='1")}&${valid}`, ["country"]],
    ["a NUL byte", `country=F%00R&${valid}`, ["country"]],
    ["broken percent-encoding", `country=%E0%A4%A&${valid}`, ["country"]],
    ["CRLF injection", `country=FR%0D%0ASet-Cookie:%20x=1&${valid}`, ["country"]],
    ["a flag emoji", `country=${encodeURIComponent("🇫🇷")}&${valid}`, ["country"]],
  ];

  it.each(cases)("%s → 400 invalid-input with issues", async (_name, query, paths) => {
    const { response, status, body, text } = await call(query);
    expect(status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(body.error).toBe("invalid-input");
    expect(body.message).toBe(en.ApiErrors.invalidParameters);
    const issues = body.issues as { path: string; message: string }[];
    expect(issues.map((i) => i.path)).toEqual(paths);
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(5);
    // Nothing the caller sent comes back.
    expect(text).not.toContain("<script>");
    expect(text).not.toContain("AAAAAAAAAA");
    expect(text.length).toBeLessThan(2000);
  });

  it("localizes the error and its issues in French", async () => {
    const { body } = await call(`country=ZZ&age=18-plus&account=member&account=premium&locale=fr`);
    expect(body).toEqual({
      error: "invalid-input",
      message: fr.ApiErrors.invalidParameters,
      issues: [
        { path: "country", message: fr.Validation.country },
        { path: "account", message: fr.ApiErrors.repeated },
      ],
    });
  });

  it("survives a hostile Accept-Language header", async () => {
    const { status } = await call(`country=FR&${valid}`, { "Accept-Language": "x;q=NaN,".repeat(5000) });
    expect(status).toBe(200);
  });
});
