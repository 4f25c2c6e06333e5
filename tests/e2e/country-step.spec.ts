import { expect, test } from "@playwright/test";
import { countryTable } from "../../lib/universal/data/country-table";
import { collectPageErrors, expectNoAxeViolations, msg } from "./questionnaire-support";

/** The country step: drawn on the server, covered countries first, a one-tap local answer, Enter and paste. */

const LOCAL_NAMES = { fr: "France", en: "United Kingdom", de: "Deutschland", it: "Italia" } as const;

for (const locale of ["fr", "en", "de", "it"] as const) {
  const local = LOCAL_NAMES[locale];

  test(`${locale} country step: the list is in the HTML, covered countries first, no hydration error`, async ({
    page,
    request,
  }) => {
    const table = countryTable(locale);
    const html = await (await request.get(`/${locale}/questionnaire/country`)).text();
    expect([...html.matchAll(/name="country" value="([A-Z]{2})"/g)].map(([, code]) => code)).toEqual(
      table.map((entry) => entry.code),
    );
    const errors = collectPageErrors(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${locale}/questionnaire/country`);
    const radios = page.getByRole("radio");
    await expect(radios).toHaveCount(250);
    // The server's table, as the page shows it: the covered countries (EU, EEA, Switzerland, United Kingdom and
    // their territories) first, then every other one, each group in the language's alphabetical order.
    expect(await page.locator("#q-country-list label").allTextContents()).toEqual(table.map((e) => e.name));
    const firstOther = table.findIndex((e) => !e.covered);
    expect(table.findIndex((e) => e.name === local)).toBeLessThan(firstOther);
    expect(table.findIndex((e) => e.code === "CA")).toBeGreaterThanOrEqual(firstOther);
    // No count before a search; the count once the person types.
    await expect(page.locator("#q-country-count")).toHaveText("");
    await page.getByLabel(msg(locale, "Questionnaire.country.search")).fill("a");
    await expect(page.locator("#q-country-count")).not.toHaveText("");
    await expectNoAxeViolations(page, `${locale} country step`);
    expect(errors).toEqual([]);
  });

  test(`${locale} country step: Enter with several matches says so, pasting a name and Enter selects it`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/questionnaire/country`);
    const search = page.getByLabel(msg(locale, "Questionnaire.country.search"));
    await search.fill("al");
    await search.press("Enter");
    // "{count, plural, …}: choose yours in the list…": the words after the count.
    const several = msg(locale, "Questionnaire.country.enterSeveral")
      .split("}}")[1]!
      .replace(/^[\s\u00a0]*:\s*/, "");
    await expect(page.locator("#q-country-count")).toContainText(several);
    await expect(page.getByText(msg(locale, "Questionnaire.country.noneSelected"))).toBeVisible();
    // Pasted (text inserted at once, no key presses), with spaces around; "Niger" also matches "Nigeria".
    await search.fill("");
    await search.focus();
    await page.keyboard.insertText(" Niger ");
    await search.press("Enter");
    await expect(
      page.getByText(msg(locale, "Questionnaire.country.selected", { country: "Niger" })),
    ).toBeVisible();
    await expect(page.getByRole("radio", { name: "Niger", exact: true })).toBeChecked();
  });

  test(`${locale} country step: the page language's country is one tap away`, async ({ page }) => {
    await page.goto(`/${locale}/questionnaire/country`);
    await page.getByRole("button", { name: msg(locale, "Questionnaire.country.localChoice") }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/questionnaire/age$`));
    await page.goBack();
    await expect(
      page.getByText(msg(locale, "Questionnaire.country.selected", { country: local })),
    ).toBeVisible();
  });
}
