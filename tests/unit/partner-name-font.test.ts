import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseCommand } from "@/lib/server/partners/cli";
import { isDrawableName, PARTNER_NAME_RANGES } from "@/lib/universal/schemas/partner";

describe("partner name characters", () => {
  it("are all drawn by the Open Graph font (public/fonts/DejaVuSerifCondensed.ttf)", () => {
    // fontkit (react-pdf's font reader) ships no types: only this call is used.
    const fontkit = createRequire(import.meta.url)("fontkit") as {
      create(data: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
    };
    const font = fontkit.create(readFileSync("public/fonts/DejaVuSerifCondensed.ttf"));
    const missing: string[] = [];
    let checked = 0;
    for (const [first, last] of PARTNER_NAME_RANGES) {
      for (let codePoint = first; codePoint <= last; codePoint++) {
        if (!isDrawableName(String.fromCodePoint(codePoint))) continue;
        checked += 1;
        if (!font.hasGlyphForCodePoint(codePoint)) missing.push(codePoint.toString(16));
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(1_000);
  });
});

describe("partner creation (npm run partner -- create)", () => {
  const create = (name: string) => [
    "create",
    "--slug",
    "ngo",
    "--name",
    name,
    "--url",
    "https://ngo.example",
    "--locale",
    "fr",
  ];

  it("refuses a name the preview image's font cannot draw, naming the flag", () => {
    for (const name of ["Privacy 🛡️ Club", "数据保护协会", "جمعية الخصوصية"]) {
      expect(() => parseCommand(create(name)), name).toThrow(/--name: use Latin, Greek or Cyrillic letters/);
    }
  });

  it("accepts Latin, Greek and Cyrillic names", () => {
    for (const name of ["Vie Privée & Numérique", "Ένωση Ιδιωτικότητας", "Общество «Приватность»"]) {
      expect(parseCommand(create(name)), name).toMatchObject({ kind: "create", input: { name } });
    }
  });
});
