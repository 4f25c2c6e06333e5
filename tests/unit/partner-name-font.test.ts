import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
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
