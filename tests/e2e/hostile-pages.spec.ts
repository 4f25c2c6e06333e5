import { expect, test, type Page } from "@playwright/test";
import { draftUpTo, seedDraft } from "./questionnaire-support";

/**
 * Nothing typed appears unescaped in any page: hostile slugs, paths, query strings and
 * questionnaire answers are rendered as text, never as markup. A payload that got through would open
 * a dialog, add an element marked `data-pwned`, or appear raw in the HTML.
 */
const PAYLOADS = [
  `<script>alert("xss-script")</script>`,
  `"><img src=x data-pwned onerror=alert("xss-img")>`,
  `'><svg data-pwned onload=alert("xss-svg")>`,
  `javascript:alert("xss-url")`,
  `</title><b data-pwned>bold</b>`,
  `{{7*7}}\${7*7}`,
  "\u202Egnp.exe\u202C",
];
/** Raw markup that must never come back unescaped. */
const RAW = [/<script>alert\(/i, /<img src=x/i, /<svg data-pwned/i, /<b data-pwned/i];

async function watchForInjection(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return {
    async check(label: string) {
      // onerror/onload handlers fire during load; hydration has run by then on these small pages.
      await page.waitForLoadState("load");
      expect(await page.locator("[data-pwned]").count(), `${label}: injected element`).toBe(0);
      expect(dialogs, `${label}: dialogs`).toEqual([]);
    },
  };
}

function expectEscaped(html: string, label: string) {
  for (const pattern of RAW) expect(html, `${label}: ${pattern}`).not.toMatch(pattern);
}

test("hostile partner slugs, unknown paths and query strings render as text", async ({ page, request }) => {
  test.slow();
  const guard = await watchForInjection(page);
  for (const payload of PAYLOADS) {
    const encoded = encodeURIComponent(payload);
    const urls = [
      `/fr/p/${encoded}`,
      `/en/p/${encoded}/stats`,
      `/en/${encoded}`,
      `/fr/questionnaire/${encoded}`,
      `/en/p/e2e-asso-fr?country=${encoded}&age=${encoded}&account=${encoded}`,
      `/en/questionnaire?partner=${encoded}&country=${encoded}`,
      `/embed/${encoded}?lang=${encoded}`,
      `/embed?lang=${encoded}`,
    ];
    for (const url of urls) {
      const response = await request.get(url);
      expect(response.status(), url).toBeLessThan(500);
      expectEscaped(await response.text(), url);
      await page.goto(url);
      await guard.check(url);
    }
  }
});

test("hostile answers in the questionnaire are shown as typed text in the review, never as markup", async ({
  page,
}) => {
  const guard = await watchForInjection(page);
  const payload = PAYLOADS.slice(0, 3).join(" ");
  await seedDraft(
    page,
    "en",
    draftUpTo(
      ["country", "age", "relationship", "verdict", "data", "situation", "details", "options", "signature"],
      {
        firstName: payload,
        lastName: payload,
        email: `${payload}@example.org`,
        situationText: payload,
        city: payload,
        place: payload,
        signatureMode: "typed",
      },
    ),
  );
  for (const step of ["review", "details", "situation", "options"]) {
    await page.goto(`/en/questionnaire/${step}`);
    await guard.check(step);
    expectEscaped(await page.content(), step);
  }
});
