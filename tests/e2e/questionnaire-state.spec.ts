import { expect, test } from "@playwright/test";
import {
  continueStep,
  draftUpTo,
  drawSignature,
  expectNoAxeViolations,
  expectStep,
  msg,
  seedDraft,
  STEPS_BEFORE,
} from "./questionnaire-support";

const STORAGE_KEY = "objection-linkedin-ai:draft";

test.describe("errors", () => {
  for (const locale of ["en", "fr"] as const) {
    test(`${locale} · a missing name and an invalid e-mail are shown next to the fields and in a summary, keeping the input`, async ({
      page,
    }) => {
      await seedDraft(
        page,
        locale,
        draftUpTo([...STEPS_BEFORE.details], { firstName: "", lastName: "Martin" }),
      );
      await page.goto(`/${locale}/questionnaire/details`);
      await expectStep(page, locale, "details");
      const email = page.getByLabel(msg(locale, "Questionnaire.details.email"));
      await email.fill("camille.martin@example");
      await continueStep(page, locale);

      const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { level: 2 }) });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole("heading")).toHaveText(
        locale === "fr" ? "2 problèmes à corriger" : "2 problems to fix",
      );
      await expect(summary.getByRole("link")).toHaveText([
        msg(locale, "Validation.required"),
        msg(locale, "Validation.email.invalid"),
      ]);

      const firstName = page.getByLabel(msg(locale, "Questionnaire.details.firstName"), { exact: true });
      await expect(firstName).toHaveAttribute("aria-invalid", "true");
      await expect(firstName).toHaveAccessibleDescription(
        new RegExp(msg(locale, "Validation.required").replace(/\./g, "\\.")),
      );
      await expect(email).toHaveAttribute("aria-invalid", "true");
      // What was typed is still there.
      await expect(email).toHaveValue("camille.martin@example");
      await expect(
        page.getByLabel(msg(locale, "Questionnaire.details.lastName"), { exact: true }),
      ).toHaveValue("Martin");
      await expectNoAxeViolations(page, `${locale} details with errors`);

      // The summary's links move focus to the field.
      await summary.getByRole("link").first().click();
      await expect(firstName).toBeFocused();
      await firstName.fill("Camille");
      await email.fill("camille.martin@example.org");
      await continueStep(page, locale);
      await expectStep(page, locale, "signature");
    });
  }

  test("en · an oversized drawn signature is refused with a message, and clearing it lets the person sign again", async ({
    page,
  }) => {
    await seedDraft(
      page,
      "en",
      draftUpTo([...STEPS_BEFORE.signature], {
        firstName: "Sam",
        lastName: "Jones",
        email: "sam@example.org",
      }),
    );
    await page.goto("/en/questionnaire/signature");
    await expectStep(page, "en", "signature");
    // Random noise does not compress: the exported PNG is far above 200 KiB.
    await page.locator("#q-signature-pad").evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext("2d")!;
      const image = context.createImageData(canvas.width, canvas.height);
      for (let i = 0; i < image.data.length; i++) image.data[i] = Math.floor(Math.random() * 256);
      context.putImageData(image, 0, 0);
    });
    await drawSignature(page);
    await continueStep(page, "en");
    await expect(page.getByRole("alert").getByRole("link")).toHaveText(
      msg("en", "Validation.signature.tooLarge"),
    );
    await expect(page).toHaveURL(/\/signature$/);

    await page.getByRole("button", { name: msg("en", "Questionnaire.signature.clear") }).click();
    await drawSignature(page);
    await continueStep(page, "en");
    await expectStep(page, "en", "review");
  });
});

test.describe("answers kept in the tab", () => {
  test("en · a reload in the middle keeps the answers, including text being typed", async ({ page }) => {
    await page.goto("/en/questionnaire/country");
    await page.getByLabel(msg("en", "Questionnaire.country.search")).fill("germ");
    await page.getByRole("radio", { name: "Germany", exact: true }).check();
    await continueStep(page, "en");
    await expectStep(page, "en", "age");
    await page.getByRole("radio", { name: "18 or over" }).check();
    await page.reload();
    await expectStep(page, "en", "age");
    await expect(page.getByRole("radio", { name: "18 or over" })).toBeChecked();
    await continueStep(page, "en");
    await page
      .getByRole("radio", { name: msg("en", "Questionnaire.relationship.accounts.premium.label") })
      .check();
    await continueStep(page, "en");
    // A plain yes: no verdict screen, the situation step says it.
    await expectStep(page, "en", "situation");
    await page.reload();
    await expect(
      page.getByRole("heading", { name: msg("en", "Questionnaire.verdict.status.eligible") }),
    ).toBeVisible();

    // The browser's back button goes to the previous step with its answer.
    await page.goBack();
    await page.goBack();
    await expectStep(page, "en", "age");
    await expect(page.getByRole("radio", { name: "18 or over" })).toBeChecked();
    await page.goForward();
    await page.goForward();
    await expectStep(page, "en", "situation");
    await continueStep(page, "en");
    await expectStep(page, "en", "details");
    await page.getByLabel("First name").fill("Jonas");
    await page.reload();
    await expect(page.getByLabel("First name")).toHaveValue("Jonas");
  });

  test("fr · « Effacer mes réponses » removes everything and starts again", async ({ page }) => {
    await seedDraft(
      page,
      "fr",
      draftUpTo([...STEPS_BEFORE.details], { firstName: "Léa", email: "lea@example.org" }),
    );
    await page.goto("/fr/questionnaire/details");
    await expect(page.getByLabel("Prénom")).toHaveValue("Léa");
    await page.getByRole("button", { name: msg("fr", "Questionnaire.erase") }).click();
    await expect(page).toHaveURL(/\/fr\/questionnaire$/);
    await expect(page.getByText(msg("fr", "Questionnaire.erased"))).toBeVisible();
    expect(await page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY)).toBeNull();
    await expectNoAxeViolations(page, "fr first question after erase");
    // Nothing is left: later steps lead back to the first question, and it is unanswered.
    await page.goto("/fr/questionnaire/details");
    await expectStep(page, "fr", "country");
    await expect(page.getByText(msg("fr", "Questionnaire.country.noneSelected"))).toBeVisible();
  });
});

test.describe("moving between steps", () => {
  test("en → fr · switching language mid-way keeps the answers", async ({ page }) => {
    await seedDraft(page, "en", draftUpTo([...STEPS_BEFORE.details], { firstName: "Ines" }));
    await page.goto("/en/questionnaire/details");
    await expect(page.getByLabel("First name")).toHaveValue("Ines");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
    await expectStep(page, "fr", "details");
    await expect(page.getByLabel("Prénom")).toHaveValue("Ines");
  });

  test("en · steps change without layout shift (CLS below 0.1)", async ({ page }) => {
    await page.goto("/en/questionnaire/country");
    await page.evaluate(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) w.__cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: false });
    });
    await page.getByLabel(msg("en", "Questionnaire.country.search")).fill("spa");
    await page.getByRole("radio", { name: "Spain", exact: true }).check();
    await continueStep(page, "en");
    await expectStep(page, "en", "age");
    await page.getByRole("radio", { name: "18 or over" }).check();
    await continueStep(page, "en");
    await expectStep(page, "en", "relationship");
    await page
      .getByRole("radio", { name: msg("en", "Questionnaire.relationship.accounts.member.label") })
      .check();
    await continueStep(page, "en");
    await expectStep(page, "en", "situation");
    await page.getByRole("link", { name: msg("en", "Questionnaire.back") }).click();
    await expectStep(page, "en", "relationship");
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls).toBeLessThan(0.1);
  });
});

test("fr · at 360 px no step scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const steps = [
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
  await seedDraft(
    page,
    "fr",
    draftUpTo(
      steps.filter((step) => step !== "data" && step !== "options"),
      {
        firstName: "Maximilienne",
        lastName: "de La Tour-Saint-Hilaire",
        email: "maximilienne.delatoursainthilaire@exemple-tres-long.org",
        signatureMode: "typed",
      },
    ),
  );
  for (const step of ["", ...steps.map((s) => `/${s}`), "/result"]) {
    await page.goto(`/fr/questionnaire${step}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on /fr/questionnaire${step}`).toBeLessThanOrEqual(0);
  }
});
