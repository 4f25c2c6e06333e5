import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import {
  answerLetterSteps,
  createLetter,
  expectNoAxeViolations,
  expectStep,
  msg,
  type Journey,
  type Locale,
} from "./questionnaire-support";
import { seededToken } from "./sharing-fixtures";
import { forbidThirdPartyRequests } from "./support";

/** The partner's letter count through the bearer API (the stats page is checked separately). */
async function partnerLetters(request: APIRequestContext, slug: string): Promise<number> {
  const response = await request.get(`/api/v1/partners/${slug}/stats`, {
    headers: { Authorization: `Bearer ${seededToken(slug)}` },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { letters: number }).letters;
}

/** Opens the partner's stats page, gives the token in the form and returns the total shown. */
async function totalOnStatsPage(page: Page, locale: Locale, slug: string): Promise<string> {
  await page.goto(`/${locale}/p/${slug}/stats`);
  await page.getByLabel(msg(locale, "Stats.tokenLabel")).fill(seededToken(slug));
  await page.getByRole("button", { name: msg(locale, "Stats.submit") }).click();
  const heading = page.locator("#stats-results");
  await expect(heading).toBeVisible();
  // The token travelled in a POST body, never in the address.
  expect(page.url()).not.toContain("olt_");
  return (await heading.textContent()) ?? "";
}

const JOURNEYS: { slug: string; name: string; journey: Journey; prefill: string; countryName: string }[] = [
  {
    slug: "e2e-asso-fr",
    name: "Association Démo",
    prefill: "country=fr&age=18-plus&account=member&school=false&letter=fr",
    countryName: "France",
    journey: {
      locale: "fr",
      country: { search: "fran", name: "France" },
      age: "18-plus",
      account: "member",
      firstName: "Camille",
      lastName: "Partenaire",
      email: "camille@example.org",
      signature: "typed",
    },
  },
  {
    slug: "e2e-news-en",
    name: "Demo Newsroom",
    prefill: "country=DE&age=18-plus&account=premium&school=false&letter=en",
    countryName: "Germany",
    journey: {
      locale: "en",
      country: { search: "germ", name: "Germany" },
      age: "18-plus",
      account: "premium",
      firstName: "Jonas",
      lastName: "Reader",
      email: "jonas@example.org",
      signature: "typed",
    },
  },
];

test.describe("partner links", () => {
  for (const { slug, name, journey, prefill, countryName } of JOURNEYS) {
    const { locale } = journey;
    test(`${locale} · a partner link with prefill leads to the letter and the partner's count rises`, async ({
      page,
      request,
      baseURL,
    }) => {
      test.slow();
      const guard = forbidThirdPartyRequests(page, baseURL!);
      const before = await partnerLetters(request, slug);

      await page.goto(`/${locale}/p/${slug}?${prefill}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(
        page.getByText(msg(locale, "PartnerPage.sharedBy", { name }), { exact: true }),
      ).toBeVisible();
      await expect(page.getByText(msg(locale, "PartnerPage.prefilled"))).toBeVisible();
      await expectNoAxeViolations(page, `${locale} partner page`);
      const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(ogImage).toContain(`/${locale}/p/${slug}/opengraph-image`);

      await page.getByRole("link", { name: msg(locale, "PartnerPage.start") }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/questionnaire$`));
      // A prefill is not a confirmation: the person starts at the first question and reviews each answer.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        msg(locale, "Questionnaire.country.title"),
      );
      await expect(page.getByRole("radio", { name: countryName, exact: true })).toBeChecked();
      await page.getByRole("button", { name: msg(locale, "Questionnaire.continue"), exact: true }).click();
      await expectStep(page, locale, "age");
      await page.getByRole("button", { name: msg(locale, "Questionnaire.continue"), exact: true }).click();
      await expectStep(page, locale, "relationship");
      await expect(
        page.getByRole("radio", {
          name: msg(locale, `Questionnaire.relationship.accounts.${journey.account}.label`),
        }),
      ).toBeChecked();
      await page.getByRole("button", { name: msg(locale, "Questionnaire.continue"), exact: true }).click();
      // An adult member in the EU: a plain yes, said on the next screen.
      await expectStep(page, locale, "situation");
      await answerLetterSteps(page, journey);

      const counted = page.waitForResponse(
        (r) => r.url().endsWith("/api/v1/count") && r.request().method() === "POST",
      );
      const letter = await createLetter(page, locale, test.info());
      expect(letter.text).toContain(`${journey.firstName} ${journey.lastName}`);
      const countResponse = await counted;
      expect(countResponse.status()).toBe(204);
      expect(JSON.parse(countResponse.request().postData() ?? "{}")).toMatchObject({ partner: slug, locale });

      await expect.poll(() => partnerLetters(request, slug)).toBe(before + 1);
      const shown = await totalOnStatsPage(page, locale, slug);
      expect(shown.replace(/\D/g, "")).toBe(String(before + 1));
      await expectNoAxeViolations(page, `${locale} partner stats`);
      guard.check();
    });
  }

  for (const slug of ["no-such-partner", "e2e-revoked"]) {
    test(`an unknown or revoked slug (${slug}) still reaches the questionnaire, without attribution`, async ({
      page,
    }) => {
      await page.goto(`/en/p/${slug}?country=de&age=18-plus`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "PartnerPage.unknownTitle"));
      const link = page.getByRole("link", { name: msg("en", "PartnerPage.continue") });
      await expect(link).toHaveAttribute("href", "/en/questionnaire?country=DE&age=18-plus");
      await link.click();
      await expect(page).toHaveURL(/\/en\/questionnaire$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        msg("en", "Questionnaire.country.title"),
      );
    });
  }

  test("a partner's message: the page's language, else another one marked with its lang", async ({
    page,
  }) => {
    await page.goto("/fr/p/e2e-asso-fr");
    const own = page.getByRole("blockquote");
    await expect(own).toHaveText("Ensemble, refusons que nos données entraînent l’IA de LinkedIn.");
    await expect(own).not.toHaveAttribute("lang");
    // Demo-Verein wrote in German and Italian only: German comes first in the fallback order.
    for (const locale of ["fr", "en"] as const) {
      await page.goto(`/${locale}/p/e2e-verein`);
      const quote = page.getByRole("blockquote");
      await expect(quote).toHaveText(
        "Gemeinsam widersprechen wir der Nutzung unserer Daten für das KI-Training von LinkedIn.",
      );
      await expect(quote).toHaveAttribute("lang", "de");
      await expectNoAxeViolations(page, `${locale} partner page, message in German`);
    }
    // On its German and Italian pages, each message is in the page's own language.
    for (const [locale, message] of [
      ["de", "Gemeinsam widersprechen wir der Nutzung unserer Daten für das KI-Training von LinkedIn."],
      ["it", "Insieme ci opponiamo all’uso dei nostri dati per l’addestramento dell’IA di LinkedIn."],
    ] as const) {
      await page.goto(`/${locale}/p/e2e-verein`);
      const quote = page.getByRole("blockquote");
      await expect(quote).toHaveText(message);
      await expect(quote).not.toHaveAttribute("lang");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoAxeViolations(page, `${locale} partner page`);
    }
  });

  test("a wrong token on the stats page shows an error and no numbers", async ({ page }) => {
    await page.goto("/en/p/e2e-news-en/stats");
    await page.getByLabel(msg("en", "Stats.tokenLabel")).fill("olt_not-the-right-one");
    await page.getByRole("button", { name: msg("en", "Stats.submit") }).click();
    await expect(page.locator("#stats-token-error")).toHaveText(msg("en", "Stats.wrongToken"));
    await expect(page.locator("#stats-results")).toHaveCount(0);
  });
});

test.describe("partners page", () => {
  test("gives a link, a button, an iframe and a QR code for a partner, with previews", async ({
    page,
    baseURL,
  }) => {
    const guard = forbidThirdPartyRequests(page, baseURL!);
    await page.goto("/fr/partners");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("fr", "Partners.title"));
    await page.getByLabel(msg("fr", "Partners.slugLabel")).fill("e2e-embed");
    const codes = page.locator("textarea");
    await expect(codes.nth(0)).toHaveValue(
      `<a href="${baseURL}/fr/p/e2e-embed">${msg("fr", "Partners.linkText")}</a>`,
    );
    await expect(codes.nth(2)).toHaveValue(new RegExp(`src="${baseURL}/embed/e2e-embed\\?lang=fr"`));
    // The iframe preview shows the partner's card.
    const card = page.frameLocator('iframe[src="/embed/e2e-embed?lang=fr"]');
    await expect(card.getByText(msg("fr", "Embed.sharedBy", { name: "Embed Partner" }))).toBeVisible();
    const qr = page.getByRole("img", {
      name: msg("fr", "Partners.qrAlt", { url: `${baseURL}/fr/p/e2e-embed` }),
    });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: msg("fr", "Partners.downloadPng") }).click();
    expect((await download).suggestedFilename()).toBe("qr-e2e-embed-fr.png");
    await expectNoAxeViolations(page, "fr partners");
    guard.check();
  });
});
