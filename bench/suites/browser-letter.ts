import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { ROOT } from "../lib/build";
import { signaturePngDataUrl } from "../lib/fixtures";
import type { Figure } from "../lib/report";
import { notMeasured } from "../lib/report";
import { median } from "../lib/stats";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const DRAFT_KEY = "objection-linkedin-ai:draft";
const STEPS_BEFORE_RESULT = [
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

/** A finished questionnaire, as the draft store keeps it in sessionStorage (lib/client/draft-store.ts). */
function finishedDraft() {
  const reference = `LI-AI-${new Date().getFullYear()}-BENCH1`;
  return {
    version: 1,
    country: "FR",
    age: "18-plus",
    school: false,
    account: "member",
    dataCategories: ["profile", "posts", "groups", "ai-conversations", "resumes"],
    situations: ["creative-work", "journalist"],
    situationText: "Je publie des textes et des photographies dont je suis l’auteur.",
    firstName: "Camille",
    lastName: "Dürand-Łukasiewicz",
    email: "camille@example.org",
    profileUrl: "https://www.linkedin.com/in/camille-durand",
    addressLine1: "12 rue de la République",
    addressLine2: "",
    postalCode: "75011",
    city: "Paris",
    guardianFirstName: "",
    guardianLastName: "",
    letterLocale: "fr",
    place: "Paris",
    date: "",
    signatureMode: "drawn",
    signaturePng: signaturePngDataUrl(),
    partner: null,
    reference,
    // Already counted: the benchmark must not add letters to the public statistics.
    countedReference: reference,
    completed: STEPS_BEFORE_RESULT,
  };
}

function downloadLabel(locale: "en" | "fr"): string | null {
  try {
    const messages = JSON.parse(readFileSync(path.join(ROOT, "messages", `${locale}.json`), "utf8")) as {
      Questionnaire?: { result?: { downloadAgain?: string } };
    };
    return messages.Questionnaire?.result?.downloadAgain ?? null;
  } catch {
    return null;
  }
}

export interface BrowserLetterInput {
  origin: string;
  coldRuns: number;
  warmRuns: number;
  log: (line: string) => void;
}

const ID = "browser-letter";
const COLD = "Browser rendering of the letter (Chromium, result step): click to download, first click";

/**
 * On /en/questionnaire/result with a finished draft, the time from the click on "Download my letter
 * again" to the browser's download event. Cold: a fresh browser context each time (react-pdf, the
 * document and the fonts are fetched and compiled); warm: further clicks on the same page.
 */
export async function browserLetter(input: BrowserLetterInput): Promise<{ figures: Figure[]; raw: unknown }> {
  const label = downloadLabel("en");
  if (!label)
    return {
      figures: [notMeasured(ID, COLD, "ms", "the result step's download button has no message yet")],
      raw: null,
    };
  const url = `${input.origin}/en/questionnaire/result`;
  const draft = JSON.stringify(finishedDraft());
  let browser: Browser | null = null;
  const cold: number[] = [];
  const warm: number[] = [];
  const sizes: number[] = [];
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });
    for (let run = 0; run < input.coldRuns; run++) {
      input.log(`browser letter: cold run ${run + 1}/${input.coldRuns}`);
      const context = await browser.newContext({ acceptDownloads: true, locale: "en-GB" });
      await context.addInitScript(
        ([key, value]) => {
          if (!window.sessionStorage.getItem(key)) window.sessionStorage.setItem(key, value);
        },
        [DRAFT_KEY, draft] as const,
      );
      const page = await context.newPage();
      const response = await page.goto(url, { waitUntil: "load" });
      if (!response || response.status() !== 200) {
        await context.close();
        return {
          figures: [notMeasured(ID, COLD, "ms", `${url} answered ${response?.status() ?? "nothing"}`)],
          raw: null,
        };
      }
      const button = page.getByRole("button", { name: label });
      await button.waitFor({ state: "visible", timeout: 20_000 });
      const clicks = run === 0 ? 1 + input.warmRuns : 1;
      for (let click = 0; click < clicks; click++) {
        await button.waitFor({ state: "visible" });
        await page.waitForFunction(
          (el) => el instanceof HTMLButtonElement && !el.disabled,
          await button.elementHandle(),
        );
        const start = performance.now();
        const [download] = await Promise.all([
          page.waitForEvent("download", { timeout: 60_000 }),
          button.click(),
        ]);
        const ms = performance.now() - start;
        (click === 0 ? cold : warm).push(ms);
        const file = await download.path();
        if (file) sizes.push(readFileSync(file).length);
      }
      await context.close();
    }
  } catch (error) {
    return {
      figures: [
        notMeasured(
          ID,
          COLD,
          "ms",
          `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        ),
      ],
      raw: { cold, warm },
    };
  } finally {
    await browser?.close();
  }
  const pdfOk = sizes.length > 0 && sizes.every((size) => size > 10_000);
  return {
    figures: [
      {
        id: `${ID}.cold`,
        figure: COLD,
        value: median(cold),
        unit: "ms",
        status: pdfOk ? "info" : "miss",
        note: `${cold.length} fresh contexts (renderer, document and fonts fetched on demand); PDF ${(median(sizes) / 1024).toFixed(0)} KiB${pdfOk ? "" : " — a download was empty or too small"}`,
      },
      {
        id: `${ID}.warm`,
        figure: "Browser rendering of the letter: further clicks on the same page",
        value: median(warm),
        unit: "ms",
        status: "info",
        note: `${warm.length} clicks after the first`,
      },
    ],
    raw: { cold, warm, sizes },
  };
}
