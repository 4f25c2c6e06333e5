import { expect, type Page } from "@playwright/test";

/**
 * Fails the test if the page requests any host other than the app's own: every page, font and
 * script must be served by the app itself.
 */
export function forbidThirdPartyRequests(page: Page, baseURL: string): { check: () => void } {
  const own = new URL(baseURL).host;
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.host !== own) foreign.push(request.url());
  });
  return { check: () => expect(foreign, "requests to other hosts").toEqual([]) };
}
