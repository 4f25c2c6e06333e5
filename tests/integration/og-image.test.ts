import { createElement } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OgCard } from "@/components/share/OgCard";
import { translatorFor } from "@/lib/i18n/translator";
import { ogImage } from "@/lib/server/sharing/og-image";
import type { Locale } from "@/lib/universal/i18n/locales";
import { drawableText, ZPartnerInput } from "@/lib/universal/schemas/partner";

/**
 * Open Graph images: drawn with the app's own font only, with the network refused. Any fetch other than
 * a data: URL (a Google font, a twemoji SVG) fails the test.
 */
const attempts: string[] = [];

const realFetch = globalThis.fetch;

beforeEach(() => {
  attempts.length = 0;
  vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    // next/og's layout engine decodes its own WebAssembly from a data: URL: no network involved.
    if (url.startsWith("data:")) return realFetch(input, init);
    attempts.push(url);
    return Promise.reject(new Error("network disabled in this test"));
  });
});
afterEach(() => vi.unstubAllGlobals());

const NAMES = [
  "Association Vie Privée & Numérique",
  "Łódzkie Stowarzyszenie Ochrony Danych — Żółć",
  "Ελληνική Ένωση για την Ιδιωτικότητα",
  "Общество защиты данных «Приватность»",
  "Громадська організація Ґрунт",
  "Ðatavernd Íslands þjóð",
  "Dữ liệu Việt Nam",
];

async function render(key: string, sharedBy?: string, locale: Locale = "fr") {
  const meta = translatorFor(locale);
  const response = await ogImage(key, () =>
    createElement(OgCard, {
      siteName: meta("Metadata.siteName"),
      title: meta("Metadata.title"),
      tagline: meta("Share.ogTagline"),
      sharedBy: sharedBy ? meta("Share.ogSharedBy", { name: sharedBy }) : undefined,
    }),
  );
  const png = new Uint8Array(await response.arrayBuffer());
  expect(response.headers.get("content-type")).toBe("image/png");
  expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join("")).toBe("PNG");
  return { response, png };
}

describe("Open Graph images offline", () => {
  it("draw every language and every script a partner name may use without any request", async () => {
    for (const locale of ["fr", "en", "de", "it"] as const) await render(`test ${locale}`, undefined, locale);
    for (const [index, name] of NAMES.entries()) {
      expect(ZPartnerInput.shape.name.safeParse(name).success, name).toBe(true);
      await render(`test partner ${index}`, name, (["fr", "en", "de", "it"] as const)[index % 4]);
    }
    expect(attempts).toEqual([]);
  }, 120_000);

  it("partner names with emoji or other scripts are refused at creation and filtered when drawn", async () => {
    for (const name of [
      "Privacy 🛡️ Club",
      "数据保护协会",
      "جمعية الخصوصية",
      "עמותת פרטיות",
      "Ⓟrivacy",
      "Ｆｕｌｌ",
    ]) {
      const parsed = ZPartnerInput.shape.name.safeParse(name);
      expect(parsed.success, name).toBe(false);
    }
    // A name stored before the rule: the undrawable characters are dropped, nothing is fetched.
    expect(drawableText("Privacy 🛡️ Club 数据")).toBe("Privacy Club");
    await render("test legacy", drawableText("Privacy 🛡️ Club 数据"));
    expect(attempts).toEqual([]);
  }, 60_000);

  it("draws each card once, whatever asks for it again", async () => {
    const first = await render("test cached", "Cache Test");
    const draw = vi.fn(() => createElement("div"));
    const again = await ogImage("test cached", draw);
    expect(draw).not.toHaveBeenCalled();
    expect(new Uint8Array(await again.arrayBuffer())).toEqual(first.png);
    expect(again.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
  });
});
