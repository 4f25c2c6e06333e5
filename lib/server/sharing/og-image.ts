import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import type { ReactElement } from "react";
import { OG_SIZE } from "@/components/share/OgCard";

/**
 * Open Graph images drawn with the app's own font files only. next/og fetches a font from Google Fonts
 * (or an emoji from a CDN) for any character its fonts lack; with DejaVu Serif Condensed (public/fonts)
 * as the only font, and partner names limited to what it draws (PARTNER_NAME_RANGES in
 * lib/universal/schemas/partner.ts, older names filtered with drawableText), no character is missing
 * and nothing leaves the machine (tests/integration/og-image.test.ts renders with the network refused).
 */
const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "public", "fonts");
export const OG_FONT_FILES = { regular: "DejaVuSerifCondensed.ttf", bold: "DejaVuSerifCondensed-Bold.ttf" };

let fonts: Promise<NonNullable<ConstructorParameters<typeof ImageResponse>[1]>["fonts"]> | null = null;

function ogFonts() {
  fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, OG_FONT_FILES.regular)),
    readFile(path.join(FONT_DIR, OG_FONT_FILES.bold)),
  ]).then(([regular, bold]) => [
    { name: "DejaVu Serif Condensed", data: regular, weight: 400 as const, style: "normal" as const },
    { name: "DejaVu Serif Condensed", data: bold, weight: 700 as const, style: "normal" as const },
  ]);
  fonts.catch(() => (fonts = null));
  return fonts;
}

const CACHE_MAX = 200;
const cache = new Map<string, Promise<Uint8Array>>();

/**
 * The PNG of `draw()`, kept per `key` (at most CACHE_MAX, oldest dropped): a card depends only on its
 * language and partner, so it is drawn once, whatever query string or header a request carries.
 */
export async function ogImage(key: string, draw: () => ReactElement): Promise<Response> {
  let png = cache.get(key);
  if (!png) {
    png = ogFonts().then(
      async (loaded) =>
        new Uint8Array(await new ImageResponse(draw(), { ...OG_SIZE, fonts: loaded }).arrayBuffer()),
    );
    png.catch(() => cache.delete(key));
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, png);
  }
  return new Response((await png) as BodyInit, {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=3600, s-maxage=3600" },
  });
}
