import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { letterCatalog } from "./index";
import { loadLetterCatalog } from "./load";

describe("loadLetterCatalog", () => {
  it("loads the catalogue letterCatalog picks, for every language and regime", async () => {
    for (const locale of LOCALES) {
      for (const regime of [undefined, "eu-gdpr", "uk-gdpr", "ch-fadp", "none"] as const) {
        expect(await loadLetterCatalog(locale, regime), `${locale} ${regime}`).toBe(
          letterCatalog(locale, regime),
        );
      }
    }
  });

  it("gives Swiss German letters their own catalogue", async () => {
    expect(await loadLetterCatalog("de", "ch-fadp")).not.toBe(await loadLetterCatalog("de", "eu-gdpr"));
  });
});
