import { expect, test } from "@playwright/test";
import {
  continueStep,
  draftUpTo,
  expectNoAxeViolations,
  expectStep,
  msg,
  seedDraft,
  STEPS_BEFORE,
} from "./questionnaire-support";

/** The details step's Land select (Germany) and a non-member's reply channel and mentions. */

test("en · a resident of Germany chooses their Land, and the choice is kept", async ({ page }) => {
  await seedDraft(page, "en", draftUpTo([...STEPS_BEFORE.details], { country: "DE" }));
  await page.goto("/en/questionnaire/details");
  await expectStep(page, "en", "details");
  const land = page.getByLabel(msg("en", "LetterDetails.land"));
  await expect(land).toBeVisible();
  await land.selectOption("BY");
  await expectNoAxeViolations(page, "details with Land");
  await page.reload();
  await expect(page.getByLabel(msg("en", "LetterDetails.land"))).toHaveValue("BY");
});

test("fr · the Land is asked only in Germany", async ({ page }) => {
  await seedDraft(page, "fr", draftUpTo([...STEPS_BEFORE.details], { country: "FR" }));
  await page.goto("/fr/questionnaire/details");
  await expectStep(page, "fr", "details");
  await expect(page.getByLabel(msg("fr", "LetterDetails.land"))).toHaveCount(0);
});

test("fr · a non-member must give a way to reply, and may list pages that mention them", async ({ page }) => {
  await seedDraft(
    page,
    "fr",
    // A non-member's verdict carries a caveat, so the verdict screen is part of the flow and was read.
    draftUpTo([...STEPS_BEFORE.details, "verdict"], {
      account: "non-member",
      firstName: "Lucas",
      lastName: "Peeters",
    }),
  );
  await page.goto("/fr/questionnaire/details");
  await expectStep(page, "fr", "details");
  await expect(page.getByLabel(msg("fr", "LetterDetails.mentions"))).toBeVisible();
  await continueStep(page, "fr");
  await expect(page.getByText(msg("fr", "Validation.replyChannel.required")).first()).toBeVisible();
  await page.getByLabel(msg("fr", "LetterDetails.emailNonMember")).fill("lucas@example.org");
  await page.getByLabel(msg("fr", "LetterDetails.mentions")).fill("https://www.linkedin.com/posts/a");
  await expectNoAxeViolations(page, "non-member details");
  await continueStep(page, "fr");
  await expectStep(page, "fr", "signature");
});
