import { expect, test } from "@playwright/test";
import { filterNinePng, dataUrl } from "../support/hostile-png";
import {
  STEPS_BEFORE,
  collectPageErrors,
  draftUpTo,
  expectStep,
  msg,
  seedDraft,
} from "./questionnaire-support";

/**
 * The browser decodes a drawn signature with the server's checks before it renders the letter: a PNG the
 * server would refuse (here a row with filter byte 9, valid in every other respect) never reaches the
 * PDF renderer's own decoder, and the person gets the "could not be created" message instead of a hang.
 */
test("en · a drawn signature the decoder refuses stops the browser render with a message", async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await seedDraft(
    page,
    "en",
    draftUpTo([...STEPS_BEFORE.signature, "signature"], {
      firstName: "Sam",
      lastName: "Jones",
      email: "sam@example.org",
      signatureMode: "drawn",
      signaturePng: dataUrl(filterNinePng()),
    }),
  );
  await page.goto("/en/questionnaire/review");
  await expectStep(page, "en", "review");
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await page.getByRole("button", { name: msg("en", "Questionnaire.review.create") }).click();
  await expect(page.getByText(msg("en", "Questionnaire.review.failed"))).toBeVisible({ timeout: 20_000 });
  expect(downloaded).toBe(false);
  expect(errors).toEqual([]);
});
