import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { followUpCatalog } from "./index";
import { loadFollowUpCatalog } from "./load";

describe("loadFollowUpCatalog", () => {
  it("loads the catalogue followUpCatalog picks, for every language and regime", async () => {
    for (const locale of LOCALES) {
      for (const regime of [undefined, "eu-gdpr", "uk-gdpr", "ch-fadp", "none"] as const) {
        expect(await loadFollowUpCatalog(locale, regime), `${locale} ${regime}`).toBe(
          followUpCatalog(locale, regime),
        );
      }
    }
  });

  it("gives Swiss German follow-ups their own catalogue", async () => {
    expect(await loadFollowUpCatalog("de", "ch-fadp")).not.toBe(await loadFollowUpCatalog("de", "eu-gdpr"));
  });
});
