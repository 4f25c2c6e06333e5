import { readFileSync } from "node:fs";
import os from "node:os";
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

/** The sessionStorage key of the questionnaire's answers (lib/client/draft-store.ts). */
export { DRAFT_KEY };

/** A finished questionnaire, as the draft store keeps it in sessionStorage (lib/client/draft-store.ts). */
export function finishedDraft() {
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
  /** CPU slowdowns to measure at (Emulation.setCPUThrottlingRate): 1 (none) and 4 (a mid-range phone). */
  cpuRates?: number[];
  log: (line: string) => void;
}

const ID = "browser-letter";
/** Budgets for the 4× throttled figures: first letter, next letter, longest main-thread task during a click. */
export const BROWSER_LETTER_BUDGETS = { firstMs: 1000, nextMs: 500, longestTaskMs: 200 };

interface Click {
  rate: number;
  first: boolean;
  ms: number;
  /** The longest main-thread task (PerformanceObserver "longtask", over 50 ms) that ended after the click; 0 if none. */
  longestTaskMs: number;
  bytes: number;
}

/** Installed in every document: records the main thread's long tasks, as the page itself could. */
function recordLongTasks() {
  const tasks: [number, number][] = [];
  (window as unknown as { __benchLongTasks: [number, number][] }).__benchLongTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No long task timing in this browser: the figure says 0.
  }
}

/**
 * On /en/questionnaire/result with a finished draft, the time from the click on "Download my letter
 * again" to the browser's download event, at each CPU slowdown. First letter: a fresh browser context
 * each time (no cache: react-pdf, the document and the fonts are fetched and compiled); next letter:
 * further clicks on the same page. With each click, the longest main-thread task that ended after it.
 */
export async function browserLetter(input: BrowserLetterInput): Promise<{ figures: Figure[]; raw: unknown }> {
  const label = downloadLabel("en");
  const rates = input.cpuRates ?? [1, 4];
  const title = (rate: number, first: boolean) =>
    `Browser letter (Chromium, result step, CPU ${rate === 1 ? "not throttled" : `${rate}× throttled`}): click to download, ${first ? "first letter" : "next letter"}`;
  if (!label)
    return {
      figures: [
        notMeasured(ID, title(4, true), "ms", "the result step's download button has no message yet"),
      ],
      raw: null,
    };
  const url = `${input.origin}/en/questionnaire/result`;
  const draft = JSON.stringify(finishedDraft());
  let browser: Browser | null = null;
  const clicks: Click[] = [];
  const load: Record<number, number[]> = {};
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });
    for (const rate of rates) {
      for (let run = 0; run < input.coldRuns; run++) {
        input.log(`browser letter, CPU ×${rate}: fresh context ${run + 1}/${input.coldRuns}`);
        (load[rate] ??= []).push(Math.round(os.loadavg()[0]! * 100) / 100);
        const context = await browser.newContext({ acceptDownloads: true, locale: "en-GB" });
        await context.addInitScript(
          ([key, value]) => {
            if (!window.sessionStorage.getItem(key)) window.sessionStorage.setItem(key, value);
          },
          [DRAFT_KEY, draft] as const,
        );
        await context.addInitScript(recordLongTasks);
        const page = await context.newPage();
        if (rate !== 1) {
          const cdp = await context.newCDPSession(page);
          await cdp.send("Emulation.setCPUThrottlingRate", { rate });
        }
        const response = await page.goto(url, { waitUntil: "load" });
        if (!response || response.status() !== 200) {
          await context.close();
          return {
            figures: [
              notMeasured(ID, title(rate, true), "ms", `${url} answered ${response?.status() ?? "nothing"}`),
            ],
            raw: null,
          };
        }
        const button = page.getByRole("button", { name: label });
        await button.waitFor({ state: "visible", timeout: 30_000 });
        const count = run === 0 ? 1 + input.warmRuns : 1;
        for (let click = 0; click < count; click++) {
          await page.waitForFunction(
            (el) => el instanceof HTMLButtonElement && !el.disabled,
            await button.elementHandle(),
            { timeout: 60_000 },
          );
          const pageStart = await page.evaluate(() => performance.now());
          const start = performance.now();
          const [download] = await Promise.all([
            page.waitForEvent("download", { timeout: 90_000 }),
            button.click(),
          ]);
          const ms = performance.now() - start;
          // Let the observer deliver the task that ended with the download.
          await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
          const longestTaskMs = await page.evaluate(
            (since) =>
              Math.max(
                0,
                ...(window as unknown as { __benchLongTasks: [number, number][] }).__benchLongTasks
                  .filter(([startTime, duration]) => startTime + duration >= since)
                  .map(([, duration]) => duration),
              ),
            pageStart,
          );
          const file = await download.path();
          clicks.push({
            rate,
            first: click === 0,
            ms,
            longestTaskMs,
            bytes: file ? readFileSync(file).length : 0,
          });
        }
        await context.close();
      }
    }
  } catch (error) {
    return {
      figures: [
        notMeasured(
          ID,
          title(4, true),
          "ms",
          `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        ),
      ],
      raw: { clicks },
    };
  } finally {
    await browser?.close();
  }
  const pdfOk = clicks.length > 0 && clicks.every((c) => c.bytes > 10_000);
  const figures: Figure[] = [];
  for (const rate of rates) {
    const judged = rate === 4;
    for (const first of [true, false]) {
      const these = clicks.filter((c) => c.rate === rate && c.first === first);
      const ms = median(these.map((c) => c.ms));
      const longest = Math.max(0, ...these.map((c) => c.longestTaskMs));
      const budget = first ? BROWSER_LETTER_BUDGETS.firstMs : BROWSER_LETTER_BUDGETS.nextMs;
      figures.push({
        id: `${ID}.cpu${rate}.${first ? "first" : "next"}`,
        figure: title(rate, first),
        value: ms,
        unit: "ms",
        budget: judged ? `≤ ${budget} ms` : undefined,
        status: !pdfOk ? "miss" : judged ? (ms <= budget ? "pass" : "miss") : "info",
        note: `${these.length} ${first ? "fresh contexts" : "clicks after the first"}: ${these.map((c) => Math.round(c.ms)).join(", ")} ms; PDF ${(median(these.map((c) => c.bytes)) / 1024).toFixed(0)} KiB${pdfOk ? "" : " — a download was empty or too small"}`,
        load: load[rate],
      });
      figures.push({
        id: `${ID}.cpu${rate}.${first ? "first" : "next"}.longest-task`,
        figure: `${title(rate, first)}: longest main-thread task`,
        value: longest,
        unit: "ms",
        budget: judged ? `≤ ${BROWSER_LETTER_BUDGETS.longestTaskMs} ms` : undefined,
        status: judged ? (longest <= BROWSER_LETTER_BUDGETS.longestTaskMs ? "pass" : "miss") : "info",
        note: `worst over the clicks (0: no task over 50 ms): ${these.map((c) => Math.round(c.longestTaskMs)).join(", ")} ms`,
        load: load[rate],
      });
    }
  }
  return { figures, raw: { clicks, load } };
}
