import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type BrowserContext } from "@playwright/test";
import { startAppServer, type AppServer } from "../support/app-server";
import { answerFirstThree, answerLetterSteps, createLetter, type Journey } from "./questionnaire-support";
import { forbidThirdPartyRequests } from "./support";

/**
 * Privacy, proven on a full journey: this spec starts its own production server (same
 * build) so it can read everything the server printed and, once it is stopped, open its PGlite folder.
 * - the server's output holds no name, e-mail address, profile URL, free text or signature;
 * - no table holds any of them (every table of the database is read);
 * - no page requests another host; the only cookie ever set is NEXT_LOCALE.
 */
test.describe.configure({ mode: "serial" });

const journey: Journey = {
  locale: "fr",
  country: { search: "fran", name: "France" },
  age: "18-plus",
  account: "member",
  situations: ["journalist"],
  ownWords: "Quillemette enquete sur Zyxwvut Holdings.",
  firstName: "Quillemette",
  lastName: "Vantongerloo",
  email: "quillemette.vantongerloo@example.org",
  profileUrl: "https://www.linkedin.com/in/qvantongerloo-4242",
  city: "Montbrisonnette",
  place: "Montbrisonnette",
  signature: "drawn",
};
const apiPerson = {
  firstName: "Ermengarde",
  lastName: "Przybyszewska",
  email: "ermengarde.przyby@example.net",
};
/** What must never be logged or stored (case-insensitive). */
const SECRETS = [
  journey.firstName,
  journey.lastName,
  journey.email!,
  "qvantongerloo-4242",
  "Zyxwvut",
  journey.city!,
  apiPerson.firstName,
  apiPerson.lastName,
  apiPerson.email,
  // Signature images travel as PNG data URLs: their base64 always starts like this.
  "iVBORw0KGgo",
  "data:image/png",
];

let server: AppServer;
let dataDir: string;
const cookieNames = new Set<string>();

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "objection-privacy-"));
  server = await startAppServer({ DATABASE_URL: `pglite:${dataDir}`, LOG_LEVEL: undefined });
});

test.afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Records the name of every cookie any response tries to set (page, asset, API or redirect). */
function watchCookies(context: BrowserContext): Promise<void>[] {
  const pending: Promise<void>[] = [];
  context.on("response", (response) => {
    pending.push(
      response
        .headerValues("set-cookie")
        .then((values) => {
          for (const value of values) cookieNames.add(value.split("=")[0]!.trim());
        })
        .catch(() => undefined),
    );
  });
  return pending;
}

test("a full journey in the browser, then the same person through the API", async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ baseURL: server.baseURL, acceptDownloads: true });
  const cookieChecks = watchCookies(context);
  const page = await context.newPage();
  const guard = forbidThirdPartyRequests(page, server.baseURL);

  await page.goto("/");
  await page.goto("/en/privacy");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/privacy$/);
  await answerFirstThree(page, journey);
  await answerLetterSteps(page, journey);
  const letter = await createLetter(page, "fr", test.info());
  expect(letter.text).toContain(`${journey.firstName} ${journey.lastName}`);
  await page.waitForLoadState("networkidle");
  await page.goto("/fr/p/no-such-partner");
  await page.goto("/en/not-a-page");
  guard.check();

  // Partners' integrations and browsers without JavaScript: the server renders the letter itself.
  const body = {
    letterLocale: "en",
    country: "DE",
    age: "18-plus",
    account: "member",
    ...apiPerson,
    situationText: "Przybyszewska writes novels.",
    signature: { type: "drawn", png: await signaturePng(page) },
  };
  const pdf = await context.request.post("/api/v1/letter", { data: body });
  expect(pdf.status()).toBe(200);
  const text = await context.request.post("/api/v1/letter/text", { data: body });
  expect(text.status()).toBe(200);
  // Refusals that echo nothing back, and must not log the body either.
  const invalid = await context.request.post("/api/v1/letter", { data: { ...body, email: "not an e-mail" } });
  expect(invalid.status()).toBe(422);
  expect(await invalid.text()).not.toContain(apiPerson.lastName);
  const broken = await context.request.post("/api/v1/letter", {
    headers: { "content-type": "application/json" },
    data: Buffer.from(`{"firstName":"${apiPerson.firstName}",`),
  });
  expect(broken.status()).toBe(400);
  expect(
    (await context.request.post("/api/v1/count", { data: { country: "DE", locale: "en" } })).status(),
  ).toBe(204);

  await Promise.all(cookieChecks);
  const cookies = await context.cookies();
  expect(cookies.map((cookie) => cookie.name)).toEqual(["NEXT_LOCALE"]);
  await context.close();
});

test("only the language cookie was ever set", () => {
  expect([...cookieNames]).toEqual(["NEXT_LOCALE"]);
});

test("the server's output holds no name, e-mail address, free text or signature", async () => {
  await server.stop();
  const output = server.output();
  expect(output, "the server printed something").toContain("database.ready");
  for (const secret of SECRETS) expect(output.toLowerCase(), secret).not.toContain(secret.toLowerCase());
  // Nor any e-mail address at all.
  expect(output).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
});

test("no table of the database holds personal data", async () => {
  await server.stop();
  const { PGlite } = await import("@electric-sql/pglite");
  const db = new PGlite(dataDir);
  try {
    const tables = (
      await db.query<{ name: string }>(
        `SELECT table_schema || '.' || quote_ident(table_name) AS name FROM information_schema.tables
         WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'`,
      )
    ).rows.map((row) => row.name);
    expect(tables.sort()).toEqual(
      ["public._prisma_migrations", "public.daily_count", "public.partner", "public.rate_limit"].sort(),
    );
    let rows = 0;
    for (const table of tables) {
      const content = (await db.query<Record<string, unknown>>(`SELECT * FROM ${table}`)).rows;
      rows += content.length;
      const dump = JSON.stringify(content).toLowerCase();
      for (const secret of SECRETS) expect(dump, `${table}: ${secret}`).not.toContain(secret.toLowerCase());
      expect(dump, table).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    }
    // The journey was counted, anonymously (browser beacon for FR; the API's PDF and count for DE):
    // the database was in use, not empty.
    const counts = (
      await db.query<{ country: string }>(`SELECT DISTINCT country FROM daily_count ORDER BY country`)
    ).rows.map((row) => row.country);
    expect(counts).toEqual(["DE", "FR"]);
    expect(rows).toBeGreaterThan(0);
  } finally {
    await db.close();
  }
});

/** A small drawn signature, made by the page's own canvas (a real PNG, as the signature pad sends). */
async function signaturePng(page: import("@playwright/test").Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 200;
    canvas.height = 60;
    const g = canvas.getContext("2d")!;
    g.beginPath();
    g.moveTo(10, 40);
    g.bezierCurveTo(60, 0, 120, 70, 190, 20);
    g.stroke();
    return canvas.toDataURL("image/png");
  });
}
