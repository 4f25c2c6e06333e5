import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { msg } from "./questionnaire-support";

/**
 * A page on another origin (another localhost port) that frames the embed and an ordinary page: only
 * the embed may render (frame-ancestors * on /embed, 'none' everywhere else).
 */
let server: Server;
let hostUrl = "";

test.beforeAll(async ({ baseURL }) => {
  server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><head><title>Partner site</title></head><body>
      <h1>A partner's article</h1>
      <iframe id="embed" title="embed" src="${baseURL}/embed/e2e-embed?lang=fr" width="480" height="320"></iframe>
      <iframe id="plain" title="plain" src="${baseURL}/embed?lang=en" width="480" height="320"></iframe>
      <iframe id="page" title="page" src="${baseURL}/en" width="480" height="320"></iframe>
    </body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

test("the embed renders inside an iframe on another site while ordinary pages refuse to be framed", async ({
  page,
  context,
  baseURL,
}) => {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  await page.goto(hostUrl);

  const embed = page.frameLocator("#embed");
  await expect(embed.locator("html")).toHaveAttribute("lang", "fr");
  await expect(embed.getByText(msg("fr", "Embed.sharedBy", { name: "Embed Partner" }))).toBeVisible();
  await expect(embed.getByRole("heading", { level: 1 })).toHaveText(msg("fr", "Embed.title"));
  await expect(page.frameLocator("#plain").getByRole("heading", { level: 1 })).toHaveText(
    msg("en", "Embed.title"),
  );

  // The ordinary page is blocked by the browser: nothing of it renders in the frame.
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  await expect(page.frameLocator("#page").getByRole("heading", { level: 1 })).toHaveCount(0);

  // The card opens the partner's page in a new tab.
  const opened = context.waitForEvent("page");
  await embed.getByRole("link", { name: new RegExp(msg("fr", "Embed.cta")) }).click();
  const tab = await opened;
  await tab.waitForLoadState();
  expect(tab.url()).toBe(`${baseURL}/fr/p/e2e-embed`);
});

test("embed and page headers: only /embed may be framed", async ({ request }) => {
  for (const path of ["/embed", "/embed/e2e-embed?lang=en"]) {
    const csp = (await request.get(path)).headers()["content-security-policy"];
    expect(csp, path).toContain("frame-ancestors *");
    expect(csp, path).not.toContain("frame-ancestors 'none'");
  }
  for (const path of ["/en", "/fr/partners", "/fr/p/e2e-embed"]) {
    expect((await request.get(path)).headers()["content-security-policy"], path).toContain(
      "frame-ancestors 'none'",
    );
  }
});
