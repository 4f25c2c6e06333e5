import { expect, test, type Page, type Request } from "@playwright/test";
import { forbidThirdPartyRequests } from "./support";
import {
  answerFirstThree,
  answerLetterSteps,
  collectPageErrors,
  createLetter,
  expectNoAxeViolations,
  expectNotSent,
  expectStep,
  msg,
  recordRequests,
  type Journey,
} from "./questionnaire-support";

/**
 * The five journeys, spread over both languages (and both letter languages), each down to the PDF
 * read back with pdftotext. Every journey also checks that neither the name nor the e-mail address appears in
 * any request, and that exactly one anonymous count is sent. The French and English ones with `axe` run axe on
 * every step.
 */
const countRequests = (requests: Request[]) =>
  requests.filter((r) => r.method() === "POST" && new URL(r.url()).pathname === "/api/v1/count");

async function finishAndCheck(page: Page, journey: Journey, requests: Request[]) {
  const { locale } = journey;
  const letter = await createLetter(page, locale, test.info());
  await expectStep(page, locale, "result");
  expect(letter.fileName).toMatch(/^[a-z0-9-]+\.pdf$/);
  expect(letter.fileName.toLowerCase()).not.toContain(journey.lastName.toLowerCase());
  expect(letter.text).toContain(`${journey.firstName} ${journey.lastName}`);
  expect(letter.text).toMatch(/\b21\b/);

  // The one request the flow may make: an anonymous count, sent once.
  await expect.poll(() => countRequests(requests).length).toBe(1);
  const body = JSON.parse(countRequests(requests)[0]!.postData() ?? "{}") as Record<string, unknown>;
  const secrets = [journey.firstName, journey.lastName, ...(journey.email ? [journey.email] : [])];
  await expectNotSent(requests, secrets);
  return { text: letter.text, count: body };
}

test.describe("questionnaire journeys", () => {
  test("fr · an adult member in France signs by drawing and gets a French letter (axe on every step)", async ({
    page,
    baseURL,
  }) => {
    test.slow();
    const guard = forbidThirdPartyRequests(page, baseURL!);
    const requests = recordRequests(page);
    const pageErrors = collectPageErrors(page);
    const journey: Journey = {
      locale: "fr",
      country: { search: "fran", name: "France" },
      age: "18-plus",
      account: "member",
      situations: ["creative-work", "unexpected-use"],
      ownWords: "Je suis illustratrice et mes dessins sont sur mon profil.",
      firstName: "Aurélie",
      lastName: "Lefèvre",
      email: "aurelie.lefevre@example.org",
      profileUrl: "https://www.linkedin.com/in/aurelie-lefevre",
      city: "Lyon",
      signature: "drawn",
    };
    await answerFirstThree(page, journey, { axe: true });
    // A plain yes has no screen of its own: the situation step says it, the legal basis folded.
    await expect(
      page.getByRole("heading", { name: msg("fr", "Questionnaire.verdict.status.eligible") }),
    ).toBeVisible();
    await expect(page.getByText(msg("fr", "Questionnaire.verdict.legalBasis"))).toBeVisible();
    await answerLetterSteps(page, journey, { axe: true });
    // The preview is built from the same model as the PDF, in the letter's language.
    const preview = page.getByRole("article", { name: msg("fr", "Questionnaire.review.previewLabel") });
    await expect(preview).toContainText("LinkedIn Ireland Unlimited Company");
    await expect(preview).toContainText("Je suis illustratrice");
    await expect(preview.locator("img")).toHaveCount(1);

    const { text, count } = await finishAndCheck(page, journey, requests);
    expect(pageErrors, "page errors (hydration included)").toEqual([]);
    expect(text).toContain("LinkedIn Ireland Unlimited Company");
    expect(text).toContain("aurelie.lefevre@example.org");
    expect(text).toContain("Lyon");
    expect(text).toContain("un mois");
    expect(text).toContain("Je suis illustratrice");
    expect(count).toEqual({ country: "FR", locale: "fr" });

    await expectNoAxeViolations(page, "fr result");
    await expect(page.getByRole("link", { name: /formulaire d’opposition de LinkedIn/ })).toHaveAttribute(
      "href",
      "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
    );
    await expect(page.getByRole("link", { name: /Ouvrir le paramètre/ })).toHaveAttribute(
      "href",
      "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
    );
    await expect(page.getByLabel("Adresse postale")).toHaveValue(/Wilton Plaza/);
    await expect(
      page.getByRole("link", { name: "Comment déposer une plainte (s’ouvre dans un nouvel onglet)" }),
    ).toHaveAttribute("href", /cnil\.fr/);
    // Download again: same letter, not counted twice.
    const again = page.waitForEvent("download");
    await page.getByRole("button", { name: msg("fr", "Questionnaire.result.downloadAgain") }).click();
    await again;
    await page.waitForTimeout(300);
    expect(countRequests(requests)).toHaveLength(1);
    guard.check();
  });

  test("en · a 17-year-old in Switzerland gets a French letter citing the FADP", async ({ page }) => {
    const requests = recordRequests(page);
    const pageErrors = collectPageErrors(page);
    const journey: Journey = {
      locale: "en",
      country: { search: "switz", name: "Switzerland" },
      age: "16-17",
      school: true,
      account: "member",
      firstName: "Noah",
      lastName: "Müller",
      email: "noah.mueller@example.ch",
      letterLocale: "fr",
      place: "Lausanne",
      signature: "drawn",
    };
    await answerFirstThree(page, journey);
    await expect(
      page.getByRole("heading", { name: msg("en", "Reasons.possible-minor.title") }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: msg("en", "Reasons.swiss-law.title") })).toBeVisible();
    await answerLetterSteps(page, journey);
    const { text, count } = await finishAndCheck(page, journey, requests);
    expect(pageErrors, "page errors (hydration included)").toEqual([]);
    expect(text).toContain("LinkedIn Ireland Unlimited Company");
    expect(text).toContain("art. 30 LPD");
    expect(text).toContain("Lausanne");
    expect(count).toEqual({ country: "CH", locale: "fr" });
  });

  test("en · a UK recruiter types their signature and objects to the sharing with Microsoft (axe on every step)", async ({
    page,
  }) => {
    test.slow();
    const requests = recordRequests(page);
    const pageErrors = collectPageErrors(page);
    const journey: Journey = {
      locale: "en",
      country: { search: "united k", name: "United Kingdom" },
      age: "18-plus",
      account: "recruiter",
      untick: ["groups"],
      situations: ["job-seeker"],
      firstName: "Olivia",
      lastName: "Hughes",
      email: "olivia.hughes@example.co.uk",
      signature: "typed",
    };
    await answerFirstThree(page, journey, { axe: true });
    await expect(
      page.getByRole("heading", { name: msg("en", "Reasons.uk-microsoft-sharing.title") }),
    ).toBeVisible();
    await answerLetterSteps(page, journey, { axe: true });
    const { text, count } = await finishAndCheck(page, journey, requests);
    expect(pageErrors, "page errors (hydration included)").toEqual([]);
    expect(text).toContain("LinkedIn Corporation");
    expect(text).toContain("Microsoft");
    expect(text).toContain("UK GDPR");
    expect(text).toContain("one month");
    expect(text).not.toContain("group activity");
    expect(count).toEqual({ country: "GB", locale: "en" });
    await expectNoAxeViolations(page, "en result");
    // The postal block as the letter prints it (its recipient), company first.
    await expect(page.getByLabel("Postal address")).toHaveValue(
      /^LinkedIn Corporation\nc\/o Data Protection Officer\n1000 W Maude Avenue/,
    );
    const postal = await page.getByLabel("Postal address").inputValue();
    for (const line of postal.split("\n")) expect(text).toContain(line);
  });

  test("fr · a non-member in Belgium arrives through a partner link with prefill and gets an English letter", async ({
    page,
  }) => {
    const requests = recordRequests(page);
    const pageErrors = collectPageErrors(page);
    await page.goto(
      "/fr/questionnaire?partner=ligue-demo&country=be&age=18-plus&account=non-member&letter=en&school=false",
    );
    // The prefill is kept in the tab, then removed from the address bar; the address opens on the first question.
    await expect(page).toHaveURL(/\/fr\/questionnaire$/);
    // Prefilled answers are shown for review, not skipped.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      msg("fr", "Questionnaire.country.title"),
    );
    await expect(page.getByRole("radio", { name: "Belgique", exact: true })).toBeChecked();
    await page.getByRole("button", { name: "Continuer" }).click();
    await expectStep(page, "fr", "age");
    await expect(page.getByRole("radio", { name: "18 ans ou plus" })).toBeChecked();
    await page.getByRole("button", { name: "Continuer" }).click();
    await expectStep(page, "fr", "relationship");
    await expect(
      page.getByRole("radio", { name: msg("fr", "Questionnaire.relationship.accounts.non-member.label") }),
    ).toBeChecked();
    await page.getByRole("button", { name: "Continuer" }).click();
    await expectStep(page, "fr", "verdict");
    await expect(page.getByRole("heading", { name: msg("fr", "Reasons.non-member.title") })).toBeVisible();

    const journey: Journey = {
      locale: "fr",
      country: { search: "belg", name: "Belgique" },
      age: "18-plus",
      account: "non-member",
      firstName: "Lucas",
      lastName: "Peeters",
      addressLine1: "Rue Féronstrée 1",
      city: "Liège",
      signature: "typed",
    };
    await answerLetterSteps(page, journey);
    const { text, count } = await finishAndCheck(page, journey, requests);
    expect(pageErrors, "page errors (hydration included)").toEqual([]);
    expect(text).toContain("LinkedIn Ireland Unlimited Company");
    expect(text).toContain("Liège");
    expect(text).toContain("no LinkedIn account");
    expect(text).not.toContain("@");
    expect(count).toEqual({ country: "BE", locale: "en", partner: "ligue-demo" });
  });
});
