import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type Request, type TestInfo } from "@playwright/test";
import { emptyDraft } from "../../lib/universal/questionnaire/draft";

/**
 * Shared steps of the questionnaire specs: answer each screen the way a person would, check accessibility on
 * the way, download the PDF and read its text back with pdftotext.
 */
export type Locale = "fr" | "en" | "de" | "it";

type Json = { [key: string]: string | Json };
const readMessages = (locale: Locale) =>
  JSON.parse(readFileSync(path.join(process.cwd(), `messages/${locale}.json`), "utf8")) as Json;
const messages: Record<Locale, Json> = {
  en: readMessages("en"),
  fr: readMessages("fr"),
  de: readMessages("de"),
  it: readMessages("it"),
};

/** Each language by its own name, as the language switcher and the letter-language choice show it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  fr: "Français",
  en: "English",
  de: "Deutsch",
  it: "Italiano",
};

/** A message of the app, by dotted key, so tests follow the wording instead of copying it. */
export function msg(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  let node: string | Json | undefined = messages[locale];
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  if (typeof node !== "string") throw new Error(`No message ${key}`);
  return node.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export interface Journey {
  locale: Locale;
  /** What is typed in the country search, and the country's name in the page's language. */
  country: { search: string; name: string };
  /** A country outside the letter's scope: the verdict comes straight after the country. */
  outOfScope?: boolean;
  age: "under-16" | "16-17" | "18-plus";
  school?: boolean;
  account: "member" | "premium" | "recruiter" | "former-member" | "non-member" | "organization";
  untick?: string[];
  situations?: string[];
  ownWords?: string;
  firstName: string;
  lastName: string;
  email?: string;
  profileUrl?: string;
  addressLine1?: string;
  city?: string;
  guardian?: { firstName: string; lastName: string };
  letterLocale?: Locale;
  place?: string;
  signature: "drawn" | "typed";
}

/** Collects uncaught page errors (a hydration mismatch is one): the journey checks there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Records every request the page makes (URL, method, body) to check later that nothing personal left. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

/** No request's URL, headers or body carries any of the given values (also URL- and JSON-encoded). */
export async function expectNotSent(requests: Request[], secrets: string[]): Promise<void> {
  for (const request of requests) {
    const headers = JSON.stringify(await request.allHeaders());
    const haystack = [
      request.url(),
      decodeURIComponent(request.url()),
      request.postData() ?? "",
      headers,
    ].join("\n");
    for (const secret of secrets) {
      expect(haystack.toLowerCase(), `${request.method()} ${request.url()}`).not.toContain(
        secret.toLowerCase(),
      );
      expect(haystack, `${request.method()} ${request.url()}`).not.toContain(encodeURIComponent(secret));
    }
  }
}

export async function continueStep(
  page: Page,
  locale: Locale,
  label = msg(locale, "Questionnaire.continue"),
) {
  await page.getByRole("button", { name: label, exact: true }).click();
}

export async function expectStep(page: Page, locale: Locale, step: string) {
  // `?from=review`: a step opened from the review's "change" link.
  await expect(page).toHaveURL(new RegExp(`/${locale}/questionnaire/${step}(\\?from=review)?$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    msg(locale, `Questionnaire.${step}.title`),
  );
}

interface WalkOptions {
  /** Run axe on every step. */
  axe?: boolean;
  testInfo?: TestInfo;
}

/**
 * Whether the verdict has its own screen for this journey: it does when there is something to explain (a
 * possible minor, a non-member, a former member, Swiss law, Microsoft in the UK); a plain yes goes straight on.
 */
export function hasVerdictScreen(j: Pick<Journey, "country" | "age" | "school" | "account">): boolean {
  const notesCountry = ["Switzerland", "Suisse", "United Kingdom", "Royaume-Uni"].includes(j.country.name);
  return (
    notesCountry ||
    j.age !== "18-plus" ||
    Boolean(j.school) ||
    ["non-member", "former-member", "organization"].includes(j.account)
  );
}

/** Country, age, relationship: up to the verdict screen, or to the situation when the answer is a plain yes. */
export async function answerFirstThree(page: Page, j: Journey, options: WalkOptions = {}) {
  const { locale } = j;
  const axe = async (label: string) => options.axe && expectNoAxeViolations(page, `${locale} ${label}`);
  await page.goto(`/${locale}/questionnaire/country`);
  await expectStep(page, locale, "country");
  await axe("country");
  await page.getByLabel(msg(locale, "Questionnaire.country.search")).fill(j.country.search);
  await page.getByRole("radio", { name: j.country.name, exact: true }).check();
  await expect(
    page.getByText(msg(locale, "Questionnaire.country.selected", { country: j.country.name })),
  ).toBeVisible();
  await continueStep(page, locale);
  if (j.outOfScope) {
    await expectStep(page, locale, "verdict");
    await axe("verdict");
    return;
  }

  await expectStep(page, locale, "age");
  await axe("age");
  await page
    .getByRole("radio", { name: msg(locale, `Questionnaire.age.bands.${j.age}.label`), exact: true })
    .check();
  await page
    .getByRole("group", { name: msg(locale, "Questionnaire.age.schoolLegend") })
    .getByRole("radio", {
      name: msg(locale, j.school ? "Questionnaire.age.schoolYes" : "Questionnaire.age.schoolNo"),
    })
    .check();
  await continueStep(page, locale);

  await expectStep(page, locale, "relationship");
  await axe("relationship");
  await page
    .getByRole("radio", {
      name: msg(locale, `Questionnaire.relationship.accounts.${j.account}.label`),
      exact: true,
    })
    .check();
  await continueStep(page, locale);
  if (hasVerdictScreen(j)) {
    await expectStep(page, locale, "verdict");
    await axe("verdict");
  } else {
    await expectStep(page, locale, "situation");
  }
}

/** On the review: "Change" for one answer (by its label), then back on the review after saving. */
export async function changeFromReview(
  page: Page,
  locale: Locale,
  answer: string,
  step: string,
  change: () => Promise<void>,
) {
  await page
    .getByRole("link", { name: `${msg(locale, "Questionnaire.review.change")} ${msg(locale, answer)}` })
    .click();
  await expectStep(page, locale, step);
  await change();
  await continueStep(page, locale, msg(locale, "Questionnaire.saveAndReturn"));
  await expectStep(page, locale, "review");
}

/** Draws a short zig-zag on the signature pad with the mouse. */
export async function drawSignature(page: Page) {
  const pad = page.locator("#q-signature-pad");
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 30 + i * 20, box.y + box.height * (i % 2 ? 0.3 : 0.7), { steps: 3 });
  }
  await page.mouse.up();
}

/** From the verdict (or the situation, for a plain yes) to the review step, then any change made from the review. */
export async function answerLetterSteps(page: Page, j: Journey, options: WalkOptions = {}) {
  const { locale } = j;
  const axe = async (label: string) => options.axe && expectNoAxeViolations(page, `${locale} ${label}`);
  if (hasVerdictScreen(j)) await continueStep(page, locale, msg(locale, "Questionnaire.verdict.continue"));

  await expectStep(page, locale, "situation");
  await axe("situation");
  for (const situation of j.situations ?? []) {
    await page
      .getByRole("checkbox", { name: msg(locale, `Questionnaire.situation.situations.${situation}.label`) })
      .check();
  }
  if (j.ownWords) await page.getByLabel(msg(locale, "Questionnaire.situation.ownWords")).fill(j.ownWords);
  await continueStep(page, locale);

  await expectStep(page, locale, "details");
  await axe("details");
  await page.getByLabel(msg(locale, "Questionnaire.details.firstName"), { exact: true }).fill(j.firstName);
  await page.getByLabel(msg(locale, "Questionnaire.details.lastName"), { exact: true }).fill(j.lastName);
  if (j.account === "non-member") {
    // A non-member gives an e-mail or a postal address to reply to, not the account's e-mail.
    await expect(page.getByLabel(msg(locale, "Questionnaire.details.email"))).toHaveCount(0);
    if (j.email) await page.getByLabel(msg(locale, "LetterDetails.emailNonMember")).fill(j.email);
  } else if (j.email) {
    await page.getByLabel(msg(locale, "Questionnaire.details.email")).fill(j.email);
  }
  if (j.profileUrl) await page.getByLabel(msg(locale, "Questionnaire.details.profileUrl")).fill(j.profileUrl);
  if (j.addressLine1)
    await page.getByLabel(msg(locale, "Questionnaire.details.addressLine1")).fill(j.addressLine1);
  if (j.city) await page.getByLabel(msg(locale, "Questionnaire.details.city")).fill(j.city);
  if (j.guardian) {
    await page.getByLabel(msg(locale, "Questionnaire.details.guardianFirstName")).fill(j.guardian.firstName);
    await page.getByLabel(msg(locale, "Questionnaire.details.guardianLastName")).fill(j.guardian.lastName);
  }
  await continueStep(page, locale);

  await expectStep(page, locale, "signature");
  await axe("signature");
  if (j.signature === "typed") {
    await page.getByRole("radio", { name: msg(locale, "Questionnaire.signature.typed") }).check();
  } else {
    await drawSignature(page);
    await expect(
      page.getByRole("img", { name: msg(locale, "Questionnaire.signature.canvasLabelSigned") }),
    ).toBeVisible();
  }
  await continueStep(page, locale);
  await expectStep(page, locale, "review");
  await axe("review");

  // Data categories and letter options have no screen in the flow: they are changed from the review.
  if (j.untick?.length) {
    await changeFromReview(page, locale, "Questionnaire.review.answers.data", "data", async () => {
      await axe("data");
      for (const category of j.untick ?? []) {
        await page
          .getByRole("checkbox", { name: msg(locale, `Questionnaire.data.categories.${category}.label`) })
          .uncheck();
      }
    });
  }
  if (j.letterLocale || j.place) {
    await changeFromReview(page, locale, "Questionnaire.review.answers.options", "options", async () => {
      await axe("options");
      if (j.letterLocale) {
        await page.getByRole("radio", { name: LANGUAGE_NAMES[j.letterLocale] }).check();
      }
      if (j.place) await page.getByLabel(msg(locale, "Questionnaire.options.place")).fill(j.place);
    });
  }
}

/** Clicks "Create my letter", saves the download and returns the PDF's text. */
export async function createLetter(
  page: Page,
  locale: Locale,
  testInfo: TestInfo,
): Promise<{ text: string; fileName: string }> {
  const downloadPromise = page.waitForEvent("download", { timeout: 45_000 });
  await page.getByRole("button", { name: msg(locale, "Questionnaire.review.create") }).click();
  const download = await downloadPromise;
  return readDownload(download, testInfo);
}

export async function readDownload(
  download: { suggestedFilename(): string; saveAs(path: string): Promise<void> },
  testInfo: TestInfo,
): Promise<{ text: string; fileName: string }> {
  const fileName = download.suggestedFilename();
  const target = testInfo.outputPath(fileName);
  await download.saveAs(target);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", target, "-"]).toString("utf8");
  return { text: text.replace(/\s+/g, " "), fileName };
}

/** Puts answers straight into this tab's storage (to start a test in the middle of the flow). */
export async function seedDraft(page: Page, locale: Locale, draft: Record<string, unknown>) {
  await page.goto(`/${locale}/questionnaire`);
  await page.evaluate((value) => {
    sessionStorage.setItem("objection-linkedin-ai:draft", JSON.stringify(value));
  }, draft);
}

/** A stored draft with the first steps confirmed, in the shape lib/universal/questionnaire/draft.ts keeps. */
export function draftUpTo(completed: string[], answers: Record<string, unknown>): Record<string, unknown> {
  // The app's own empty draft, so the seeded shape cannot drift from what the questionnaire stores.
  return { ...emptyDraft(), country: "FR", age: "18-plus", account: "member", completed, ...answers };
}

/** Steps confirmed before a given step, for an adult member in France (a plain yes: no verdict screen). */
export const STEPS_BEFORE = {
  details: ["country", "age", "relationship", "situation"],
  signature: ["country", "age", "relationship", "situation", "details"],
} as const;
