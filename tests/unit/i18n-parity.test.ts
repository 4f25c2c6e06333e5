import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import it_ from "@/messages/it.json";
import { LOCALES } from "@/lib/universal/i18n/locales";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const catalogues: Record<string, Tree> = { en, fr, de, it: it_ };
const enLeaves = leaves(en as Tree);
const others = Object.entries(catalogues)
  .filter(([locale]) => locale !== "en")
  .map(([locale, tree]) => [locale, leaves(tree)] as const);

/**
 * ICU arguments such as {count} or {name}, and rich-text tags such as <link>: every language uses the same
 * ones (a language may repeat one where its grammar needs it).
 */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)|<(\w+)>/g)].map((m) => m[1] ?? `<${m[2]}>`))].sort();
}

describe("the message catalogues", () => {
  it("exist for every locale of the app", () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LOCALES].sort());
  });

  describe.each(others)("%s against English", (_locale, otherLeaves) => {
    it("has exactly the same keys", () => {
      expect([...otherLeaves.keys()].filter((k) => !enLeaves.has(k))).toEqual([]);
      expect([...enLeaves.keys()].filter((k) => !otherLeaves.has(k))).toEqual([]);
    });

    it("uses the same placeholders and tags in every message", () => {
      const mismatched = [...enLeaves].filter(([key, value]) => {
        const other = otherLeaves.get(key);
        return other !== undefined && placeholders(value).join() !== placeholders(other).join();
      });
      expect(mismatched.map(([key]) => key)).toEqual([]);
    });

    it("has no empty message", () => {
      const empty = [...otherLeaves].filter(([, value]) => value.trim() === "").map(([key]) => key);
      expect(empty).toEqual([]);
    });
  });

  it("English has no empty message", () => {
    expect([...enLeaves].filter(([, value]) => value.trim() === "").map(([key]) => key)).toEqual([]);
  });
});
