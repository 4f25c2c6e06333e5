import { expect, test, type Page } from "@playwright/test";
import { firstLoadScripts } from "../../bench/suites/first-load-js";
import { LOCALES } from "../../lib/universal/i18n/locales";
import { followUpCatalog } from "../../lib/universal/follow-up/catalog";
import { letterCatalog } from "../../lib/universal/letter/catalog";
import { collectPageErrors, draftUpTo, msg, type Locale } from "./questionnaire-support";

/**
 * What the benchmark's budgets rest on, checked on every run: the answers of a seeded draft appear without
 * moving anything on screen, a page without answers leaves before its code runs, the home page downloads
 * no other route ahead of need.
 */

const DRAFT_KEY = "objection-linkedin-ai:draft";
const REFERENCE = "LI-AI-2026-PERF42";
const ALL_BEFORE_RESULT = [
  "country",
  "age",
  "relationship",
  "verdict",
  "data",
  "situation",
  "details",
  "options",
  "signature",
  "review",
];

function finishedDraft(locale: Locale) {
  return draftUpTo(ALL_BEFORE_RESULT, {
    country: locale === "fr" ? "FR" : "GB",
    firstName: "Aurélie",
    lastName: "Lefèvre",
    email: "aurelie.lefevre@example.org",
    city: "Lyon",
    situations: ["creative-work"],
    situationText: "Mes dessins sont sur mon profil.",
    signatureMode: "typed",
    letterLocale: locale,
    reference: REFERENCE,
    // Already counted: the test must not add to the public statistics.
    countedReference: REFERENCE,
  });
}

/**
 * Zod's code names its classes with strings that survive minification. Each letter catalogue is recognised by
 * two of its own strings that no other code holds (the follow-up letters' catalogues share its salutations).
 */
const ZOD_MARKER = "$ZodType";
const CATALOGUE_MARKERS = LOCALES.map((locale) => {
  const catalog = letterCatalog(locale);
  return { locale, strings: [catalog.labels.guardianRole, catalog.short.groundsIntro] };
});
const cataloguesIn = (code: string) =>
  CATALOGUE_MARKERS.filter(({ strings }) => strings.every((s) => code.includes(s))).map((c) => c.locale);
/** The follow-up letters' catalogues, by two strings of each that neither the letters nor the pages hold. */
const FOLLOW_UP_MARKERS = LOCALES.map((locale) => {
  const catalog = followUpCatalog(locale);
  return { locale, strings: [catalog.evidence.reminder, catalog.fileNameStem.complaint] };
});
const followUpCataloguesIn = (code: string) =>
  FOLLOW_UP_MARKERS.filter(({ strings }) => strings.every((s) => code.includes(s))).map((c) => c.locale);

/** Before any script of the page: the draft in sessionStorage and a layout-shift tally, as CLS counts it. */
async function seedAndObserve(page: Page, draft: Record<string, unknown> | null) {
  await page.addInitScript(
    ([key, value]) => {
      if (value && !sessionStorage.getItem(key)) sessionStorage.setItem(key, value);
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: "layout-shift", buffered: true });
    },
    [DRAFT_KEY, draft ? JSON.stringify(draft) : null] as const,
  );
}

const layoutShift = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0));

for (const locale of ["fr", "en"] as const) {
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 900 },
  ]) {
    test(`${locale} review and result at ${viewport.width}px: the seeded answers appear with no layout shift`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await seedAndObserve(page, finishedDraft(locale));

      await page.goto(`/${locale}/questionnaire/review`);
      await expect(page.getByText("Lefèvre").first()).toBeVisible();
      await expect(
        page.getByRole("button", { name: msg(locale, "Questionnaire.review.create") }),
      ).toBeEnabled();
      await page.waitForTimeout(500);
      expect(await layoutShift(page), "CLS on review").toBeLessThanOrEqual(0.02);

      await page.goto(`/${locale}/questionnaire/result`);
      await expect(
        page.getByRole("button", { name: msg(locale, "Questionnaire.result.downloadAgain") }),
      ).toBeVisible();
      await page.waitForTimeout(500);
      expect(await layoutShift(page), "CLS on result").toBeLessThanOrEqual(0.02);
    });
  }

  test(`${locale} review and result load no zod and no letter wording with the page, then one language's`, async ({
    page,
  }) => {
    // The page in one language, the letter in another (a Swiss German letter from the English pages).
    const letterLocale = locale === "fr" ? "fr" : "de";
    const draft = { ...finishedDraft(locale), letterLocale, ...(locale === "fr" ? {} : { country: "CH" }) };
    await seedAndObserve(page, draft);
    // Every script the page and its workers fetch (Playwright reports workers' requests on the page).
    const fetched: string[] = [];
    page.on("response", (response) => {
      if (/\.js(\?|#|$)/.test(response.url())) fetched.push(response.url());
    });
    const code = async (url: string) => (await page.request.get(url)).text();

    for (const step of ["review", "result"] as const) {
      fetched.length = 0;
      const response = await page.goto(`/${locale}/questionnaire/${step}`);
      const html = await response!.text();
      const firstLoad = firstLoadScripts(html).map((src) => new URL(src, page.url()).href);
      expect(firstLoad.length).toBeGreaterThan(3);
      for (const url of firstLoad) {
        const text = await code(url);
        expect(text.includes(ZOD_MARKER), `zod in the first load of ${step}: ${url}`).toBe(false);
        expect(cataloguesIn(text), `letter wording in the first load of ${step}: ${url}`).toEqual([]);
      }
      if (step === "review") {
        await expect(page.locator("#q-letter-preview")).toBeVisible();
        const loaded = [];
        let zod = false;
        for (const url of [...fetched]) {
          const text = await code(url);
          zod ||= text.includes(ZOD_MARKER);
          loaded.push(...cataloguesIn(text));
        }
        // The answers were checked against the API's schema (in the worker) before the letter was shown, and its
        // wording came in its one language.
        expect(zod, "zod loaded to check the answers").toBe(true);
        expect(loaded, "letter catalogues fetched before the letter was shown").toEqual([letterLocale]);
        await expect(page.locator("#q-letter-preview")).toHaveAttribute("lang", letterLocale);
      } else {
        await expect(
          page.getByRole("button", { name: msg(locale, "Questionnaire.result.downloadAgain") }),
        ).toBeVisible();
      }
    }
  });

  test(`${locale} result: the follow-up block brings no zod and only the letter's language to the page`, async ({
    page,
  }) => {
    await seedAndObserve(page, finishedDraft(locale));
    await page.goto(`/${locale}/questionnaire/result`);
    await expect(
      page.getByRole("button", { name: msg(locale, "Questionnaire.result.downloadAgain") }),
    ).toBeVisible();
    // The follow-up block (deadline, "I've sent it", keeping the objection) is drawn, then the page goes idle.
    await expect(page.getByTestId("deadline")).toBeVisible();
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null))));

    // The scripts the page itself ran: its own resource timeline (a worker's fetches are in the worker's).
    const scripts = await page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter(
          (entry) => ["script", "link"].includes(entry.initiatorType) && /\.js(\?|#|$)/.test(entry.name),
        )
        .map((entry) => entry.name),
    );
    expect(scripts.length).toBeGreaterThan(3);
    const withZod: string[] = [];
    const letters: string[] = [];
    const followUps: string[] = [];
    for (const url of scripts) {
      const text = await (await page.request.get(url)).text();
      if (text.includes(ZOD_MARKER)) withZod.push(url);
      letters.push(...cataloguesIn(text));
      followUps.push(...followUpCataloguesIn(text));
    }
    expect.soft(withZod, "scripts with zod run by the result page").toEqual([]);
    // The letter itself is made in a worker; the page may hold its language's wording at most.
    expect
      .soft(
        letters.filter((l) => l !== locale),
        "other languages' letter wording on the result page",
      )
      .toEqual([]);
    expect(followUps, "follow-up wording on the result page: the letter's language, once").toEqual([locale]);
  });

  test(`${locale} review without answers leaves for the first step before its code runs`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/questionnaire/review`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/questionnaire/country$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      msg(locale, "Questionnaire.country.title"),
    );
    // The page was left by the inline check while its HTML was parsed, so the country step is a new document;
    // the app's own redirect (after the review step's code ran) would be a client-side replace of the same one.
    const documentUrl = await page.evaluate(() => performance.getEntriesByType("navigation")[0]?.name ?? "");
    expect(new URL(documentUrl).pathname).toBe(`/${locale}/questionnaire/country`);
  });
}

test("the home page prefetches no header, footer or language link, and logs no error", async ({ page }) => {
  const errors = collectPageErrors(page);
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  const prefetches: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.searchParams.has("_rsc") || r.headers()["next-router-prefetch"]) prefetches.push(url.pathname);
  });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/fr", { waitUntil: "networkidle" });
  // Bring the footer into view (Next.js prefetches links as they enter the viewport), then let it settle.
  await page.locator("footer").scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  const main = await page
    .getByRole("main")
    .getByRole("link", { name: msg("fr", "Home.cta") })
    .first()
    .getAttribute("href");
  const chrome = await page
    .locator("header a[href], footer a[href]")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(chrome.length).toBeGreaterThan(3);
  for (const path of prefetches) {
    expect(path, `prefetched ${path}`).toBe(main);
    expect(
      chrome.filter((link) => link !== main),
      `prefetched a header or footer link: ${path}`,
    ).not.toContain(path);
  }
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
