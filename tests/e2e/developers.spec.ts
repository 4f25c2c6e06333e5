import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, msg } from "./questionnaire-support";
import { forbidThirdPartyRequests } from "./support";

/** The API reference page in both languages, and the OpenAPI document it mirrors. */

test("GET /api/v1/openapi.json is an OpenAPI 3.1 document of every route", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining(["/api/v1/eligibility", "/api/v1/letter", "/api/v1/partners/{slug}/stats"]),
  );
});

for (const locale of ["en", "fr", "de", "it"] as const) {
  test(`/${locale}/developers renders every route with no CSP violation, no third party, no axe violation`, async ({
    page,
    baseURL,
    request,
  }) => {
    const guard = forbidThirdPartyRequests(page, baseURL!);
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const w = window as unknown as { __cspViolations?: string[] };
        (w.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(`/${locale}/developers`);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(locale, "Developers.title"));

    const openApi = (await (await request.get("/api/v1/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const [path, methods] of Object.entries(openApi.paths)) {
      for (const method of Object.keys(methods)) {
        await expect(
          page.getByRole("heading", { level: 3, name: `${method.toUpperCase()} ${path}`, exact: true }),
        ).toBeVisible();
      }
    }

    // The footer links here, in the page's language.
    await expect(
      page.getByRole("contentinfo").getByRole("link", { name: msg(locale, "Layout.navDevelopers") }),
    ).toHaveAttribute("href", `/${locale}/developers`);

    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    expect(violations).toEqual([]);
    await expectNoAxeViolations(page, `/${locale}/developers`);
    guard.check();
  });
}

test("the developers page fits a phone screen without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/developers");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
