import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { computeDeadline } from "../../lib/universal/deadline/compute-deadline";
import { addDays } from "../../lib/universal/deadline/dates";
import { followUpCatalog } from "../../lib/universal/follow-up/catalog";
import {
  collectPageErrors,
  createLetter,
  draftUpTo,
  expectNoAxeViolations,
  expectNotSent,
  expectStep,
  msg,
  readDownload,
  recordRequests,
  seedDraft,
  type Locale,
} from "./questionnaire-support";

/**
 * After the letter, in every language: record "sent by form today", see the deadline as a date, download the
 * calendar file, keep the objection on the device, close the browser and find the dossier again; export it,
 * import it into a fresh browser, move the clock past the deadline and make the complaint PDF; erase it. No name
 * or e-mail address leaves the browser at any point.
 */
const PERSON = { firstName: "Ottilie", lastName: "Wrzesniewska", email: "ottilie.wrzes@example.org" };
const SECRETS = [PERSON.firstName, PERSON.lastName, PERSON.email];

const today = () => new Date().toISOString().slice(0, 10);

async function newPage(
  browser: Browser,
  storageState?: Awaited<ReturnType<import("@playwright/test").BrowserContext["storageState"]>>,
) {
  const context = await browser.newContext({ acceptDownloads: true, storageState });
  const page = await context.newPage();
  return { context, page, requests: recordRequests(page), errors: collectPageErrors(page) };
}

async function download(page: Page, click: () => Promise<void>) {
  const pending = page.waitForEvent("download", { timeout: 45_000 });
  await click();
  return pending;
}

/** What the complaint PDF says in each language (France: the CNIL, Art. 77 GDPR). */
const COMPLAINT: Record<Locale, { stem: string; authority: string; article: string }> = {
  fr: { stem: "reclamation-linkedin-ia", authority: "Commission nationale de l", article: "article 77" },
  en: { stem: "complaint-linkedin-ai", authority: "CNIL", article: "Article 77" },
  de: { stem: "beschwerde-linkedin-ki", authority: "CNIL", article: "Art. 77 DSGVO" },
  it: { stem: "reclamo-opposizione-linkedin-ia", authority: "CNIL", article: "art. 77" },
};

for (const locale of ["fr", "en", "de", "it"] as Locale[]) {
  test(`${locale}: letter, sent by form, calendar, dossier kept, exported, imported, complaint after the deadline, erased`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(180_000);
    const long = followUpCatalog(locale).formatLongDate;
    // The letter's own deadline, as the page must show it (sent today through the form).
    const deadline = computeDeadline({ regime: "eu-gdpr", sentOn: today(), channel: "form" });

    // 1. The letter, then "I've sent it" and "keep it on this device".
    const first = await newPage(browser);
    const { page } = first;
    await seedDraft(
      page,
      locale,
      draftUpTo(
        ["country", "age", "relationship", "verdict", "data", "situation", "details", "options", "signature"],
        {
          ...PERSON,
          signatureMode: "typed",
          letterLocale: locale,
        },
      ),
    );
    await page.goto(`/${locale}/questionnaire/review`);
    await createLetter(page, locale, testInfo);
    await expectStep(page, locale, "result");
    await expect(page.getByTestId("deadline")).toHaveText(
      msg(locale, "Dossier.deadline.preview", { date: long(deadline.deadline) }),
    );
    await page.getByRole("radio", { name: msg(locale, "Dossier.sent.channel-form") }).check();
    await page.getByRole("button", { name: msg(locale, "Dossier.sent.save") }).click();
    await expect(page.getByTestId("deadline")).toHaveText(
      msg(locale, "Dossier.deadline.due", { date: long(deadline.deadline) }),
    );
    await page.getByRole("checkbox", { name: msg(locale, "Dossier.keep.label") }).check();
    await expect(page.getByText(msg(locale, "Dossier.keep.kept"))).toBeVisible();
    await expectNoAxeViolations(page, `${locale} result with follow-up`);

    // 2. The calendar file: one all-day event on the deadline, an alarm, nothing personal.
    const ics = await download(page, () =>
      page.getByRole("button", { name: msg(locale, "Dossier.deadline.calendar") }).click(),
    );
    const icsText = readFileSync((await ics.path())!, "utf8");
    const event = new ICAL.Component(ICAL.parse(icsText)).getFirstSubcomponent("vevent")!;
    expect(String(event.getFirstPropertyValue("dtstart"))).toBe(deadline.deadline);
    expect(event.getFirstSubcomponent("valarm")).not.toBeNull();
    for (const secret of SECRETS) expect(icsText.toLowerCase()).not.toContain(secret.toLowerCase());
    const reference = String(event.getFirstPropertyValue("summary")).match(/LI-AI-\d{4}-[0-9A-Z]{6}/)?.[0];
    expect(reference).toBeTruthy();

    // 3. Close the browser context, come back on the same storage: everything is there.
    const storage = await first.context.storageState();
    await expectNotSent(first.requests, SECRETS);
    expect(first.errors).toEqual([]);
    await first.context.close();

    const second = await newPage(browser, storage);
    await second.page.goto(`/${locale}/dossier`);
    await expect(second.page.getByTestId("dossier-reference")).toHaveText(reference!);
    await expect(second.page.getByTestId("dossier-status")).toHaveText(
      msg(locale, "Dossier.status.waiting", { date: long(deadline.deadline) }),
    );
    await expectNoAxeViolations(second.page, `${locale} dossier`);
    const exported = await download(second.page, () =>
      second.page.getByRole("button", { name: msg(locale, "Dossier.file.export") }).click(),
    );
    const exportedPath = testInfo.outputPath(`dossier-${locale}.json`);
    await exported.saveAs(exportedPath);
    await expectNotSent(second.requests, SECRETS);
    await second.context.close();

    // 4. A fresh browser, the clock past the deadline: import, then the complaint.
    const third = await newPage(browser);
    const later = addDays(deadline.deadline, 20);
    await third.page.clock.setFixedTime(new Date(`${later}T10:00:00`));
    await third.page.goto(`/${locale}/dossier`);
    await expect(third.page.getByRole("heading", { name: msg(locale, "Dossier.empty.title") })).toBeVisible();
    // A tampered file is refused with a clear message.
    const tampered = JSON.parse(readFileSync(exportedPath, "utf8")) as Record<string, unknown>;
    await third.page.getByLabel(msg(locale, "Dossier.file.import")).setInputFiles({
      name: "tampered.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ ...tampered, reference: "LI-AI-2026-AAAAAA" })),
    });
    await expect(third.page.getByText(msg(locale, "Dossier.file.invalid"))).toBeVisible();
    await third.page.getByLabel(msg(locale, "Dossier.file.import")).setInputFiles(exportedPath);
    await expect(third.page.getByText(msg(locale, "Dossier.file.imported"))).toBeVisible();
    await expect(third.page.getByTestId("dossier-status")).toHaveText(
      msg(locale, "Dossier.status.overdue", { date: long(deadline.deadline) }),
    );
    await expectNoAxeViolations(third.page, `${locale} dossier past the deadline, with its documents`);
    const complaint = third.page.locator('article[data-kind="complaint"]');
    await expect(
      complaint.getByRole("link", { name: msg(locale, "Dossier.documents.complaintLink") }),
    ).toHaveAttribute("href", "https://www.cnil.fr/fr/plaintes");
    const pdf = await download(third.page, () =>
      complaint.getByRole("button", { name: msg(locale, "Dossier.documents.pdf") }).click(),
    );
    const { text, fileName } = await readDownload(pdf, testInfo);
    expect(fileName).toMatch(new RegExp(`^${COMPLAINT[locale].stem}-${later}-`, "i"));
    expect(text).toContain(`${PERSON.firstName} ${PERSON.lastName}`);
    expect(text).toContain(reference!);
    expect(text).toContain(COMPLAINT[locale].authority);
    expect(text).toContain(COMPLAINT[locale].article);

    // 5. Erase with one confirmed action.
    await third.page.getByRole("button", { name: msg(locale, "Dossier.file.erase") }).click();
    await third.page.getByRole("button", { name: msg(locale, "Dossier.file.eraseYes") }).click();
    await expect(third.page.getByText(msg(locale, "Dossier.file.erased"))).toBeVisible();
    await expect(third.page.getByRole("heading", { name: msg(locale, "Dossier.empty.title") })).toBeVisible();
    expect(await third.page.evaluate(() => localStorage.getItem("objection-linkedin-ai:dossier"))).toBeNull();

    await expectNotSent(third.requests, SECRETS);
    expect(third.errors).toEqual([]);
    await third.context.close();
  });
}
