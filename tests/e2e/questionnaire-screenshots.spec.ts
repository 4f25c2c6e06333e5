import { test } from "@playwright/test";
import { draftUpTo, drawSignature, seedDraft } from "./questionnaire-support";

/**
 * Screenshots of the main steps at 360 px and 1280 px, for a person to look at (not compared automatically).
 * Run on demand: Q_SCREENSHOTS=1 npx playwright test tests/e2e/questionnaire-screenshots.spec.ts
 */
test.skip(!process.env.Q_SCREENSHOTS, "screenshots are taken on demand");

const STEPS = [
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
  "result",
];
const ALL_DONE = STEPS.filter((step) => step !== "result" && step !== "data" && step !== "options");

for (const width of [360, 1280]) {
  test(`steps at ${width}px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: width < 500 ? 780 : 900 });
    await seedDraft(
      page,
      width < 500 ? "fr" : "en",
      draftUpTo(ALL_DONE, {
        country: width < 500 ? "FR" : "GB",
        firstName: "Aurélie",
        lastName: "Lefèvre",
        email: "aurelie.lefevre@example.org",
        city: "Lyon",
        situations: ["creative-work"],
        situationText: "Mes dessins sont sur mon profil.",
        signatureMode: "typed",
        reference: "LI-AI-2026-7K3QXM",
      }),
    );
    const locale = width < 500 ? "fr" : "en";
    await page.goto(`/${locale}`);
    await page.screenshot({ path: `test-results/q-screens/${width}-00-home.png` });
    await page.goto(`/${locale}/questionnaire`);
    await page.screenshot({ path: `test-results/q-screens/${width}-00-start.png`, fullPage: true });
    for (const [index, step] of STEPS.entries()) {
      await page.goto(`/${locale}/questionnaire/${step}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForTimeout(200);
      await page.screenshot({
        path: `test-results/q-screens/${width}-${String(index + 1).padStart(2, "0")}-${step}.png`,
        fullPage: true,
      });
    }
    // Errors on the details step.
    await page.goto(`/${locale}/questionnaire/details`);
    await page.locator("#q-firstName").fill("");
    await page.locator("#q-email").fill("nope");
    await page.locator('button[type="submit"]').click();
    await page.waitForTimeout(200);
    await page.screenshot({ path: `test-results/q-screens/${width}-20-details-errors.png`, fullPage: true });
    // Drawing a signature.
    await page.goto(`/${locale}/questionnaire/signature`);
    await page.locator('input[name="signature"][value="drawn"]').check();
    await drawSignature(page);
    await page.screenshot({ path: `test-results/q-screens/${width}-22-signature-drawn.png`, fullPage: true });
    // A "no" verdict.
    await seedDraft(page, locale, draftUpTo(["country", "age", "relationship"], { country: "CA" }));
    await page.goto(`/${locale}/questionnaire/verdict`);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `test-results/q-screens/${width}-21-verdict-no.png`, fullPage: true });
  });
}
