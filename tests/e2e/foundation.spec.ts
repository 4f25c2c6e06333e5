import { expect, test } from "@playwright/test";
import { draftUpTo, expectStep, LANGUAGE_NAMES, msg, seedDraft } from "./questionnaire-support";
import { forbidThirdPartyRequests } from "./support";

test.describe("languages", () => {
  for (const [locale, heading, title] of [
    ["fr", /LinkedIn entraîne son IA avec vos données/, /Refusez que LinkedIn entraîne son IA/],
    ["en", /LinkedIn trains its AI on your data/, /Object to LinkedIn training AI/],
    ["de", msg("de", "Home.title"), msg("de", "Metadata.title")],
    ["it", msg("it", "Home.title"), msg("it", "Metadata.title")],
  ] as const) {
    test(`/${locale} renders in its language with a localized title and description`, async ({
      page,
      baseURL,
    }) => {
      const guard = forbidThirdPartyRequests(page, baseURL!);
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page).toHaveTitle(title);
      const description = await page.locator('meta[name="description"]').getAttribute("content");
      expect(description).toBeTruthy();
      await page.waitForLoadState("networkidle");
      guard.check();
    });
  }

  test("/ follows Accept-Language to French", async ({ browser }) => {
    const context = await browser.newContext({
      locale: "fr-FR",
      extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await context.close();
  });

  for (const [browserLocale, header, locale] of [
    ["de-CH", "de-CH,de;q=0.9,fr;q=0.8", "de"],
    ["it-CH", "it-CH,it;q=0.9,en;q=0.5", "it"],
  ] as const) {
    test(`/ follows Accept-Language ${header} to /${locale}`, async ({ browser }) => {
      const context = await browser.newContext({
        locale: browserLocale,
        extraHTTPHeaders: { "Accept-Language": header },
      });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await context.close();
    });
  }

  test("every page names its versions in the four languages", async ({ page }) => {
    await page.goto("/de/privacy");
    for (const locale of ["fr", "en", "de", "it"])
      await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute(
        "href",
        new RegExp(`/${locale}/privacy$`),
      );
  });

  test("switching from German to Italian keeps the questionnaire page and the answers", async ({ page }) => {
    await seedDraft(
      page,
      "de",
      draftUpTo(["country", "age", "relationship", "verdict", "situation"], {
        country: "CH",
        firstName: "Jürg",
        lastName: "Strauß",
      }),
    );
    await page.goto("/de/questionnaire/details");
    await expectStep(page, "de", "details");
    await expect(page.getByLabel(msg("de", "Questionnaire.details.firstName"), { exact: true })).toHaveValue(
      "Jürg",
    );
    await page
      .getByRole("navigation", { name: msg("de", "Layout.languageNav") })
      .getByRole("link", { name: LANGUAGE_NAMES.it })
      .click();
    await expectStep(page, "it", "details");
    await expect(page.locator("html")).toHaveAttribute("lang", "it");
    await expect(page.getByLabel(msg("it", "Questionnaire.details.lastName"), { exact: true })).toHaveValue(
      "Strauß",
    );
  });

  test("/ falls back to English for a language the site does not have", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "es-ES,es;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await context.close();
  });

  test("an explicit choice of language is remembered over Accept-Language", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/en/privacy");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/privacy$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name)).toEqual(["NEXT_LOCALE"]);
    await context.close();
  });

  test("the language switcher keeps the page and its query", async ({ page }) => {
    await page.goto("/en/privacy?from=test&x=1");
    const link = page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" });
    await expect(link).toHaveAttribute("href", "/fr/privacy?from=test&x=1");
    await link.click();
    await expect(page).toHaveURL(/\/fr\/privacy\?from=test&x=1$/);
  });
});

test.describe("not found", () => {
  test("an unknown page is a 404 in French", async ({ page }) => {
    const response = await page.goto("/fr/cette-page-n-existe-pas");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  });

  test("an unknown page is a 404 in English", async ({ page }) => {
    const response = await page.goto("/en/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});

test("security headers are set on pages", async ({ request }) => {
  const response = await request.get("/en");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toMatch(/'unsafe-eval'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBeTruthy();
  expect(headers["permissions-policy"]).toBeTruthy();
});

test("the health endpoint reports the embedded database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up", kind: "pglite" } });
});
