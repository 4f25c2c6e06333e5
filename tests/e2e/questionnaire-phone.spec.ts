import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  continueStep,
  createLetter,
  draftUpTo,
  expectNoAxeViolations,
  expectStep,
  msg,
  seedDraft,
  type Locale,
} from "./questionnaire-support";

/**
 * The journey on a 360×740 phone, counted: screens from the home page to the PDF and taps besides typing
 * (text is filled, every click is counted), with axe on every screen and the layout shift measured throughout.
 */
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

const MAX_SCREENS = 8;
const MAX_TAPS = 12;

/** Counts every distinct screen (URL path) the main frame shows, client-side navigations included. */
function countScreens(page: Page): string[] {
  const screens: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame !== page.mainFrame()) return;
    const path = new URL(frame.url()).pathname;
    if (screens.at(-1) !== path) screens.push(path);
  });
  return screens;
}

async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const v = window as unknown as { __csp: string[] };
    v.__csp = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      v.__csp.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}
const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

interface PhoneJourney {
  locale: Locale;
  search: string;
  country: string;
  name: [string, string];
  email: string;
  /** Whether the verdict has a screen of its own (Swiss law is explained before going on). */
  verdictScreen?: boolean;
  /** Sentences the letter must hold, and text it must not. */
  letterHas?: string[];
  letterLacks?: string[];
}

const JOURNEYS: PhoneJourney[] = [
  {
    locale: "fr",
    search: "France",
    country: "France",
    name: ["Aurélie", "Lefèvre"],
    email: "aurelie@example.org",
  },
  {
    locale: "en",
    search: "Ireland",
    country: "Ireland",
    name: ["Siobhán", "Kelly"],
    email: "siobhan@example.ie",
  },
  {
    // German-speaking Switzerland: the Swiss German letter, no "ß" in its own wording.
    locale: "de",
    search: "Schweiz",
    country: "Schweiz",
    name: ["Jürg", "Strauß"],
    email: "juerg@example.ch",
    verdictScreen: true,
    letterHas: ["DSG", "Freundliche Grüsse"],
    // The person's own name keeps its "ß"; the letter's wording has none.
    letterLacks: ["ß"],
  },
  {
    locale: "it",
    search: "Italia",
    country: "Italia",
    name: ["Chiara", "D’Angelo"],
    email: "chiara@example.it",
    letterHas: ["Garante per la protezione dei dati personali", "art. 21, par. 1"],
  },
];

for (const j of JOURNEYS) {
  test(`${j.locale} · an adult member reaches the PDF in at most ${MAX_SCREENS} screens and ${MAX_TAPS} taps`, async ({
    page,
  }) => {
    test.slow();
    const { locale } = j;
    let taps = 0;
    const tap = async (target: Locator) => {
      taps += 1;
      await target.tap();
    };
    const cont = () =>
      tap(page.getByRole("button", { name: msg(locale, "Questionnaire.continue"), exact: true }));
    const axe = (label: string) => expectNoAxeViolations(page, `${locale} phone ${label}`);
    await watchLayoutShift(page);
    const screens = countScreens(page);
    // Workers by name: the letter's ("letter", on the review and result) and the PDF's ("pdf").
    const workers: Promise<string>[] = [];
    page.on("worker", (worker) => workers.push(worker.evaluate(() => self.name).catch(() => "")));

    await page.goto(`/${locale}`);
    // One header line, the main button in the first screen.
    const header = await page.locator("header.site-header").boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    const start = page
      .locator("main")
      .getByRole("link", { name: msg(locale, "Home.cta") })
      .first();
    const box = await start.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    await axe("home");
    await tap(start);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      msg(locale, "Questionnaire.country.title"),
    );
    await axe("country");
    await page.getByLabel(msg(locale, "Questionnaire.country.search")).fill(j.search);
    await tap(page.getByRole("radio", { name: j.country, exact: true }));
    await cont();

    await expectStep(page, locale, "age");
    await axe("age");
    await tap(page.getByRole("radio", { name: msg(locale, "Questionnaire.age.bands.18-plus.label") }));
    await cont();

    await expectStep(page, locale, "relationship");
    await axe("relationship");
    await tap(
      page.getByRole("radio", { name: msg(locale, "Questionnaire.relationship.accounts.member.label") }),
    );
    await cont();

    if (j.verdictScreen) {
      // Something to explain (Swiss law): the verdict has its own screen.
      await expectStep(page, locale, "verdict");
      await axe("verdict");
      await tap(
        page.getByRole("button", { name: msg(locale, "Questionnaire.verdict.continue"), exact: true }),
      );
      await expectStep(page, locale, "situation");
    } else {
      // A plain yes: said at the top of the next screen, no verdict screen.
      await expectStep(page, locale, "situation");
      await expect(
        page.getByRole("heading", { name: msg(locale, "Questionnaire.verdict.status.eligible") }),
      ).toBeVisible();
    }
    await axe("situation");
    await cont();

    await expectStep(page, locale, "details");
    await axe("details");
    await page.getByLabel(msg(locale, "Questionnaire.details.firstName"), { exact: true }).fill(j.name[0]);
    await page.getByLabel(msg(locale, "Questionnaire.details.lastName"), { exact: true }).fill(j.name[1]);
    await page.getByLabel(msg(locale, "Questionnaire.details.email")).fill(j.email);
    await cont();

    await expectStep(page, locale, "signature");
    await axe("signature");
    await tap(page.getByRole("radio", { name: msg(locale, "Questionnaire.signature.typed") }));
    await cont();

    await expectStep(page, locale, "review");
    await axe("review");
    // Answers, not button labels; the date in the page's language.
    await expect(
      page.getByText(msg(locale, "Questionnaire.review.signatureTyped"), { exact: true }),
    ).toBeVisible();
    const month = new Intl.DateTimeFormat(locale, { month: "long" }).format(new Date());
    await expect(page.locator("dd").filter({ hasText: month })).toHaveCount(1);
    // The letter preview uses the phone's full width and unfolds.
    const preview = page.getByRole("article", { name: msg(locale, "Questionnaire.review.previewLabel") });
    expect((await preview.boundingBox())!.width).toBeGreaterThanOrEqual(355);
    const unfold = page.getByRole("button", { name: msg(locale, "Questionnaire.review.previewExpand") });
    await unfold.tap();
    await expect(
      page.getByRole("button", { name: msg(locale, "Questionnaire.review.previewCollapse") }),
    ).toHaveAttribute("aria-expanded", "true");

    taps += 1;
    const clicked = Date.now();
    const letter = await createLetter(page, locale, test.info());
    const clickToDownload = Date.now() - clicked;
    expect(letter.text).toContain(`${j.name[0]} ${j.name[1]}`);
    for (const wanted of j.letterHas ?? []) expect(letter.text).toContain(wanted);
    const wording = letter.text.split(j.name[1]).join("");
    for (const unwanted of j.letterLacks ?? []) expect(wording).not.toContain(unwanted);
    const toPdf = screens.filter((path) => !path.endsWith("/result"));
    // A verdict with something to explain is one more screen and one more tap, by design.
    const extra = j.verdictScreen ? 1 : 0;
    expect(toPdf.length, `screens: ${toPdf.join(" → ")}`).toBeLessThanOrEqual(MAX_SCREENS + extra);
    expect(taps).toBeLessThanOrEqual(MAX_TAPS + extra);
    const figures = `${toPdf.length} screens, ${taps} taps, click to download ${clickToDownload} ms`;
    test.info().annotations.push({ type: "journey", description: figures });
    console.log(`${locale} phone journey: ${figures} (${toPdf.join(" → ")})`);

    // The PDF was made in a Web Worker (started on the review, while idle), under the production CSP.
    expect(await Promise.all(workers), "PDF worker started").toContain("pdf");
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);

    // The result page: the form and the setting within one screen from the confirmation.
    await expectStep(page, locale, "result");
    await axe("result");
    const saved = page.locator("#q-result-saved");
    await saved.evaluate((element) => element.scrollIntoView({ block: "start" }));
    const top = (await saved.boundingBox())!.y;
    for (const name of [
      msg(locale, "Questionnaire.result.online.formButton"),
      msg(locale, "Questionnaire.result.setting.button"),
    ]) {
      const button = (await page.getByRole("link", { name: new RegExp(`^${name}`) }).boundingBox())!;
      expect(button.y + button.height - top, `${name} within the first screen`).toBeLessThanOrEqual(740);
    }
    // A signed letter is not to be "signed" again, and the proof list is plain bullets.
    await expect(page.getByText(msg(locale, "Questionnaire.result.post.body"))).toBeVisible();
    expect(await layoutShift(page)).toBeLessThan(0.1);
  });
}

test.describe("phone details", () => {
  for (const locale of ["fr", "en", "de", "it"] as const) {
    test(`${locale} · the header is one line on every page and holds the language switch`, async ({
      page,
    }) => {
      for (const path of ["", "/questionnaire", "/privacy", "/legal"]) {
        await page.goto(`/${locale}${path}`);
        const header = (await page.locator("header.site-header").boundingBox())!;
        expect(header.height, `header on /${locale}${path}`).toBeLessThanOrEqual(64);
        // The three other languages, each a visible link.
        const links = page
          .getByRole("navigation", { name: msg(locale, "Layout.languageNav") })
          .getByRole("link");
        await expect(links).toHaveCount(3);
        for (const link of await links.all()) await expect(link).toBeVisible();
      }
    });

    test(`${locale} · Enter in the country search: several matches say so, a pasted name is chosen`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/questionnaire`);
      const search = page.getByLabel(msg(locale, "Questionnaire.country.search"));
      await search.fill("guin");
      await search.press("Enter");
      // The message's text after its plural count: ": choose yours in the list, or type more letters."
      const raw = msg(locale, "Questionnaire.country.enterSeveral");
      await expect(page.locator("#q-country-count")).toContainText(
        raw.slice(raw.lastIndexOf("}") + 1).trim(),
      );
      await expect(page.getByText(msg(locale, "Questionnaire.country.noneSelected"))).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/${locale}/questionnaire$`));
      // Pasting a full name and pressing Enter at once picks it, even with other names containing it.
      await search.fill("");
      const guinea = locale === "fr" ? "Guinée" : "Guinea";
      await search.fill(guinea);
      await search.press("Enter");
      await expect(page.getByRole("radio", { name: guinea, exact: true })).toBeChecked();
      await expect(page).toHaveURL(new RegExp(`/${locale}/questionnaire$`));
    });

    test(`${locale} · the error summary goes as soon as its cause is fixed`, async ({ page }) => {
      await seedDraft(
        page,
        locale,
        draftUpTo(["country", "age", "relationship", "situation", "details"], {
          firstName: "Camille",
          lastName: "Martin",
          email: "camille@example.org",
        }),
      );
      await page.goto(`/${locale}/questionnaire/signature`);
      await expectStep(page, locale, "signature");
      await continueStep(page, locale);
      const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { level: 2 }) });
      await expect(summary).toBeVisible();
      await page.getByRole("radio", { name: msg(locale, "Questionnaire.signature.typed") }).check();
      await expect(summary).toHaveCount(0);
      await expectNoAxeViolations(page, `${locale} signature after the fix`);
    });

    test(`${locale} · every "change" on the review returns to the review after saving`, async ({ page }) => {
      await seedDraft(
        page,
        locale,
        draftUpTo(["country", "age", "relationship", "situation", "details", "signature"], {
          firstName: "Camille",
          lastName: "Martin",
          email: "camille@example.org",
          signatureMode: "typed",
        }),
      );
      await page.goto(`/${locale}/questionnaire/review`);
      const answers = [
        "country",
        "age",
        "relationship",
        "situation",
        "details",
        "data",
        "options",
        "signature",
      ];
      for (const answer of answers) {
        const label = msg(locale, `Questionnaire.review.answers.${answer}`);
        await page
          .getByRole("link", { name: `${msg(locale, "Questionnaire.review.change")} ${label}` })
          .click();
        await expectStep(page, locale, answer);
        await expectNoAxeViolations(page, `${locale} ${answer} from the review`);
        await continueStep(page, locale, msg(locale, "Questionnaire.saveAndReturn"));
        await expectStep(page, locale, "review");
      }
      // A change that opens a new question goes through it, then back to the review.
      await page
        .getByRole("link", {
          name: `${msg(locale, "Questionnaire.review.change")} ${msg(locale, "Questionnaire.review.answers.age")}`,
        })
        .click();
      await page.getByRole("radio", { name: msg(locale, "Questionnaire.age.bands.16-17.label") }).check();
      await continueStep(page, locale, msg(locale, "Questionnaire.saveAndReturn"));
      await expectStep(page, locale, "verdict");
      await expectNoAxeViolations(page, `${locale} verdict from the review`);
      await continueStep(page, locale, msg(locale, "Questionnaire.verdict.continue"));
      await expectStep(page, locale, "review");
    });
  }
});
