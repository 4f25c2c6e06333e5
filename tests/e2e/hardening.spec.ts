import { expect, test, type Page } from "@playwright/test";
import { createLetter, draftUpTo, seedDraft } from "./questionnaire-support";

/**
 * Hardening against the production build: the strict script policy on every HTML path, whatever its
 * shape; the browser PDF engine under that policy; forwarded Host/Proto headers never reflected.
 */

function scriptSources(policy: string | undefined): string[] {
  const directive = (policy ?? "").split(";").find((part) => part.trim().startsWith("script-src "));
  return directive ? directive.trim().split(/\s+/).slice(1) : [];
}

async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const store = window as unknown as { __cspViolations?: string[] };
      (store.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

test("dotted and percent-encoded paths get the strict policy: no 'unsafe-inline' script anywhere", async ({
  request,
}) => {
  for (const path of [
    "/en/p/foo.bar",
    "/embed/foo.bar",
    "/en/x.y",
    "/x.y",
    "/en/privac%79",
    "/%65n/legal",
    "/fr/questionnaire/country.json",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    const type = response.headers()["content-type"] ?? "";
    const scripts = scriptSources(response.headers()["content-security-policy"]);
    expect(scripts, path).not.toContain("'unsafe-inline'");
    if (type.startsWith("text/html")) {
      const html = await response.text();
      const nonce = scripts.find((source) => source.startsWith("'nonce-"));
      const hashes = scripts.filter((source) => source.startsWith("'sha256-"));
      expect(nonce || hashes.length > 0, `${path}: nonce or hashes`).toBeTruthy();
      if (nonce) expect(html, path).toContain(`nonce="${nonce.slice(7, -1)}"`);
    }
  }
});

test("a percent-encoded prerendered path hydrates: client navigation works, no violation", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto("/en/privac%79");
  await page.waitForLoadState("networkidle");
  // A marker survives a client-side navigation only: proof that React hydrated and handled the click.
  await page.evaluate(() => ((window as unknown as { __hydrated?: boolean }).__hydrated = true));
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/privac(?:y|%79)$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(await page.evaluate(() => (window as unknown as { __hydrated?: boolean }).__hydrated)).toBe(true);
  expect(await violations()).toEqual([]);
});

test("an injected inline script does not run on a dotted path", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const path of ["/en/p/foo.bar", "/embed/foo.bar", "/en/x.y"]) {
    await page.goto(path);
    // What an HTML injection would do: add an inline script to the page.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "alert('injected')";
      document.body.append(script);
    });
  }
  expect(dialogs).toEqual([]);
});

test("the browser PDF engine loads and renders without any CSP violation", async ({ page }, testInfo) => {
  test.slow();
  const violations = await watchViolations(page);
  await seedDraft(
    page,
    "en",
    draftUpTo(
      ["country", "age", "relationship", "verdict", "data", "situation", "details", "options", "signature"],
      { firstName: "Camille", lastName: "Durand", email: "camille@example.org", signatureMode: "typed" },
    ),
  );
  await page.goto("/en/questionnaire/review");
  const letter = await createLetter(page, "en", testInfo);
  expect(letter.text).toContain("Durand");
  expect(await violations()).toEqual([]);
});

test("X-Forwarded-Host and X-Forwarded-Proto never reach a response", async ({ request, baseURL }) => {
  const evil = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", host: "evil.example" };
  for (const path of ["/en", "/fr/privacy", "/en/p/e2e-asso-fr", "/", "/en/no-such-page", "/embed?lang=en"]) {
    const response = await request.get(path, { headers: evil, maxRedirects: 0 });
    const headers = Object.entries(response.headers())
      .map(([name, value]) => `${name}: ${value}`)
      .join("\n");
    expect(headers, path).not.toContain("evil.example");
    expect(await response.text(), path).not.toContain("evil.example");
  }
  const qr = await request.get("/api/v1/qr?locale=en&partner=e2e-asso-fr&format=svg&utm_source=x", {
    headers: evil,
  });
  expect(qr.status()).toBe(200);
  const plain = await request.get("/api/v1/qr?locale=en&partner=e2e-asso-fr&format=svg");
  // The QR code depends on its parameters only: same image with forwarded headers and unknown parameters.
  expect(await qr.text()).toBe(await plain.text());
  expect(qr.headers()["vary"] ?? "").not.toMatch(/forwarded|host/i);
  expect(baseURL).toBeTruthy();
});

test("a partner's preview image is drawn once and ignores unknown parameters and forwarded headers", async ({
  page,
  request,
}) => {
  await page.goto("/fr/p/e2e-asso-fr");
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toBeTruthy();
  const path = new URL(ogImage!).pathname;
  const first = await request.get(path);
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("image/png");
  expect(first.headers()["cache-control"]).toMatch(/^public, max-age=\d+/);
  expect(first.headers()["vary"] ?? "").not.toMatch(/forwarded|host|accept-language/i);
  const variant = await request.get(`${path}?utm_source=newsletter&v=2`, {
    headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
  });
  expect(Buffer.from(await variant.body()).equals(Buffer.from(await first.body()))).toBe(true);
});
