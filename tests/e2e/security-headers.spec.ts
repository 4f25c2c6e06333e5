import { expect, test, type APIResponse } from "@playwright/test";
import { forbidThirdPartyRequests } from "./support";

/**
 * Security headers on every kind of response: locale pages, the 404, API JSON, the
 * letter PDF, embeds, Next.js assets and public files, against the production build.
 */

function directives(policy: string | undefined): Map<string, string[]> {
  expect(policy, "Content-Security-Policy").toBeTruthy();
  return new Map(
    policy!.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

function expectBaseline(response: APIResponse, { frameable = false } = {}) {
  const headers = response.headers();
  const csp = directives(headers["content-security-policy"]);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("script-src")?.[0]).toBe("'self'");
  expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors")).toEqual(frameable ? ["*"] : ["'none'"]);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
  // Plain HTTP on localhost: no HSTS (it would pin the browser to HTTPS for two years).
  expect(headers["strict-transport-security"]).toBeUndefined();
  return csp;
}

const PRERENDERED = ["/en", "/fr", "/en/privacy", "/fr/legal"];

test.describe("security headers by route type", () => {
  for (const path of PRERENDERED) {
    test(`prerendered page ${path}: inline scripts allowed by hash only`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const scripts = expectBaseline(response).get("script-src")!;
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts.filter((source) => source.startsWith("'sha256-")).length).toBeGreaterThan(0);
    });
  }

  test("pages rendered on demand (404, partner pages): inline scripts allowed by a fresh nonce only", async ({
    request,
  }) => {
    const nonces = new Set<string>();
    for (const path of ["/en/no-such-page", "/en/no-such-page", "/fr/p/no-such-partner"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(500);
      const scripts = expectBaseline(response).get("script-src")!;
      expect(scripts, path).not.toContain("'unsafe-inline'");
      const nonce = scripts.find((source) => source.startsWith("'nonce-"));
      expect(nonce, path).toBeTruthy();
      // Next.js put the same nonce on the page's inline scripts.
      expect(await response.text(), path).toContain(`nonce="${nonce!.slice(7, -1)}"`);
      nonces.add(nonce!);
    }
    expect(nonces.size, "a new nonce per request").toBe(3);
  });

  test("API JSON", async ({ request }) => {
    const response = await request.get("/api/v1/eligibility?country=FR&age=18-plus&account=member");
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expectBaseline(response);
    expectBaseline(await request.get("/api/health"));
  });

  test("API errors", async ({ request }) => {
    const response = await request.post("/api/v1/letter", {
      headers: { "content-type": "text/plain" },
      data: "x",
    });
    expect(response.status()).toBe(415);
    expectBaseline(response);
  });

  test("letter PDF", async ({ request }) => {
    const response = await request.post("/api/v1/letter", {
      data: {
        letterLocale: "en",
        country: "FR",
        age: "18-plus",
        account: "member",
        firstName: "Camille",
        lastName: "Durand",
        email: "camille@example.org",
        signature: { type: "typed" },
      },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expectBaseline(response);
  });

  test("embeds may be framed by other sites, nothing else may; their scripts need a fresh nonce", async ({
    request,
  }) => {
    for (const path of ["/embed?lang=en", "/embed/e2e-embed?lang=fr", "/embed/no-such-partner"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(500);
      const scripts = expectBaseline(response, { frameable: true }).get("script-src")!;
      expect(scripts, path).not.toContain("'unsafe-inline'");
      expect(
        scripts.some((source) => source.startsWith("'nonce-")),
        path,
      ).toBe(true);
    }
  });

  test("Next.js assets and public files", async ({ request }) => {
    const html = await (await request.get("/en")).text();
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(chunk, "a script chunk on /en").toBeTruthy();
    const asset = await request.get(chunk!);
    expect(asset.status()).toBe(200);
    expectBaseline(asset);
    const font = await request.get("/fonts/DejaVu-LICENSE.txt");
    expect(font.status()).toBe(200);
    expectBaseline(font);
  });

  test("no HSTS from a client's X-Forwarded-Proto (this build's SITE_URL is not HTTPS)", async ({
    request,
  }) => {
    for (const path of ["/en", "/api/health", "/en/no-such-page"]) {
      const response = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
      expect(response.headers()["strict-transport-security"], path).toBeUndefined();
    }
  });
});

test("pages run under their hashed or nonce policy: no violation, hydrated, client navigation works", async ({
  page,
  baseURL,
}) => {
  const guard = forbidThirdPartyRequests(page, baseURL!);
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __cspViolations: string[] }).__cspViolations ??= [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  for (const path of [
    ...PRERENDERED,
    "/en/questionnaire",
    "/fr/questionnaire/signature",
    "/en/partners",
    "/en/no-such-page",
    "/fr/p/e2e-asso-fr",
    "/en/p/e2e-asso-fr/stats",
    "/embed?lang=fr",
    "/embed/e2e-embed?lang=en",
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const seen = await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    // No refusal at all: zod runs jitless (lib/universal/schemas/zod-config.ts), so even its eval probe is gone.
    violations.push(...seen.map((entry) => `${path}: ${entry}`));
  }
  await page.goto("/en/privacy");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/privacy$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(violations).toEqual([]);
  guard.check();
});
