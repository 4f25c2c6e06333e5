import { expect, test } from "@playwright/test";
import { answerFirstThree, expectNoAxeViolations, msg, type Journey } from "./questionnaire-support";

/** When the answer is no, the verdict says why and what to do instead, and the flow ends there. */
const SETTING = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement";

test("fr · an organisation page cannot object and is told to object as individuals", async ({ page }) => {
  const journey: Journey = {
    locale: "fr",
    country: { search: "fra", name: "France" },
    age: "18-plus",
    account: "organization",
    firstName: "",
    lastName: "",
    signature: "typed",
  };
  await answerFirstThree(page, journey);
  await expect(
    page.getByRole("heading", { name: msg("fr", "Questionnaire.verdict.status.not-eligible") }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { name: msg("fr", "Reasons.organization-not-data-subject.title") }),
  ).toBeVisible();
  await expect(page.getByText(msg("fr", "Questionnaire.verdict.insteadIndividual"))).toBeVisible();
  await expect(page.getByRole("link", { name: /Ouvrir le paramètre sur LinkedIn/ })).toHaveAttribute(
    "href",
    SETTING,
  );
  await expect(page.getByRole("button", { name: msg("fr", "Questionnaire.verdict.continue") })).toHaveCount(
    0,
  );
  await expectNoAxeViolations(page, "fr verdict (not eligible)");
  // The letter steps are closed: asking for one leads back to the verdict.
  await page.goto("/fr/questionnaire/details");
  await expect(page).toHaveURL(/\/fr\/questionnaire\/verdict$/);
});

test("en · a person in Canada is told at once, after the country, that the letter is not for them", async ({
  page,
}) => {
  const journey: Journey = {
    locale: "en",
    country: { search: "canad", name: "Canada" },
    outOfScope: true,
    age: "18-plus",
    account: "member",
    firstName: "",
    lastName: "",
    signature: "typed",
  };
  await answerFirstThree(page, journey);
  await expect(
    page.getByRole("heading", { name: msg("en", "Questionnaire.verdict.status.not-eligible") }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: msg("en", "Reasons.outside-scope.title") })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: msg("en", "Reasons.no-gdpr-region-with-training.title") }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /Open the setting on LinkedIn/ })).toHaveAttribute(
    "href",
    SETTING,
  );
  await expect(page.getByRole("button", { name: msg("en", "Questionnaire.verdict.continue") })).toHaveCount(
    0,
  );
  await expectNoAxeViolations(page, "en verdict (not eligible)");
  // Age and relationship were never asked, and cannot be reached.
  await page.goto("/en/questionnaire/age");
  await expect(page).toHaveURL(/\/en\/questionnaire\/verdict$/);
});
