import { expect, test, type Page } from "@playwright/test";
import {
  expectNoAxeViolations,
  expectNotSent,
  expectStep,
  msg,
  readDownload,
  recordRequests,
} from "./questionnaire-support";

/**
 * The whole journey with the keyboard only (Tab, Shift+Tab, arrows, Space, Enter, typing): an under-16 in Italy
 * with a parent, typed signature. Focus lands on each step's heading.
 */
async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function submitWithKeyboard(page: Page) {
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press("Enter");
}

async function arriveAt(page: Page, step: string) {
  await expectStep(page, "en", step);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
}

test("en · an under-16 in Italy and their guardian complete the questionnaire with the keyboard only", async ({
  page,
}) => {
  test.slow();
  const requests = recordRequests(page);
  await page.goto("/en");
  await expectNoAxeViolations(page, "en home");
  await tabTo(page, `main a[href="/en/questionnaire"]`);
  await page.keyboard.press("Enter");

  // The questionnaire's address opens on its first question.
  await expect(page).toHaveURL(/\/en\/questionnaire$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "Questionnaire.country.title"));
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await tabTo(page, "#q-country-search");
  await page.keyboard.type("ital");
  await expect(page.locator("#q-country-count")).toHaveText("1 country matches");
  await tabTo(page, 'input[name="country"][value="IT"]');
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "Italy", exact: true })).toBeChecked();
  await submitWithKeyboard(page);

  await arriveAt(page, "age");
  await tabTo(page, 'input[name="age"][value="under-16"]');
  await page.keyboard.press("Space");
  await submitWithKeyboard(page);

  await arriveAt(page, "relationship");
  await tabTo(page, 'input[name="account"][value="member"]');
  await page.keyboard.press("Space");
  await submitWithKeyboard(page);

  await arriveAt(page, "verdict");
  await expect(page.getByRole("heading", { name: msg("en", "Reasons.under-16.title") })).toBeVisible();
  await submitWithKeyboard(page);

  await arriveAt(page, "situation");
  await tabTo(page, 'input[name="situations"][value="harassment-risk"]');
  await page.keyboard.press("Space");
  await tabTo(page, "#q-situationText");
  await page.keyboard.type("I am fifteen and I do not want my posts used by AI.");
  await submitWithKeyboard(page);

  await arriveAt(page, "details");
  await tabTo(page, "#q-firstName");
  await page.keyboard.type("Giulia");
  await tabTo(page, "#q-lastName");
  await page.keyboard.type("Rossi");
  await tabTo(page, "#q-email");
  await page.keyboard.type("giulia.rossi@example.it");
  await tabTo(page, "#q-guardianFirstName");
  await page.keyboard.type("Marco");
  await tabTo(page, "#q-guardianLastName");
  await page.keyboard.type("Rossi");
  await submitWithKeyboard(page);

  await arriveAt(page, "signature");
  await tabTo(page, 'input[name="signature"]');
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: msg("en", "Questionnaire.signature.typed") })).toBeChecked();
  await submitWithKeyboard(page);

  await arriveAt(page, "review");
  // The place is a letter option, changed from the review; saving comes back to the review.
  await tabTo(page, 'a[href="/en/questionnaire/options?from=review"]');
  await page.keyboard.press("Enter");
  await arriveAt(page, "options");
  await tabTo(page, "#q-place");
  await page.keyboard.type("Milano");
  await submitWithKeyboard(page);
  await arriveAt(page, "review");
  await expect(page.getByText(/Milano/).first()).toBeVisible();
  await tabTo(page, 'button[type="submit"]');
  const downloadPromise = page.waitForEvent("download", { timeout: 45_000 });
  await page.keyboard.press("Enter");
  const letter = await readDownload(await downloadPromise, test.info());
  await expectStep(page, "en", "result");

  expect(letter.text).toContain("Giulia Rossi");
  expect(letter.text).toContain("Marco Rossi");
  expect(letter.text).toContain("Parent or guardian");
  expect(letter.text).toContain("under 16");
  expect(letter.text).toContain("Milano");
  expect(letter.text).toContain("LinkedIn Ireland Unlimited Company");
  await expectNotSent(requests, ["Giulia", "giulia.rossi@example.it", "Marco"]);
});
