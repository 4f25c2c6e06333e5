import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cachedPagePolicy, normalisePathname } from "./page-csp";

describe("normalisePathname", () => {
  it("decodes percent-encoded segments as the router does", () => {
    expect(normalisePathname("/en/privac%79")).toBe("/en/privacy");
    expect(normalisePathname("/%65n/legal")).toBe("/en/legal");
    expect(normalisePathname("/fr")).toBe("/fr");
  });

  it("keeps segments that do not decode or that would add a slash", () => {
    expect(normalisePathname("/en/%E0%A4%A")).toBe("/en/%E0%A4%A");
    expect(normalisePathname("/en%2Fprivacy")).toBe("/en%2Fprivacy");
  });
});

describe("cachedPagePolicy", () => {
  const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
  const page = (count: number) =>
    `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head>` +
    `<body><p>${count}</p><script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
    `<script>self.__next_f.push([1,"5:[\\"$\\",\\"span\\",null,{\\"children\\":\\"${count}\\"}]\\n"])</script></body></html>`;

  it("allows exactly the inline scripts of the HTML it is given, by SHA-256", () => {
    const scripts = cachedPagePolicy(page(41))
      .split("; ")
      .find((directive) => directive.startsWith("script-src "))!
      .split(" ");
    expect(scripts).toContain(sha("(self.__next_f=self.__next_f||[]).push([0])"));
    expect(scripts).toContain(
      sha('self.__next_f.push([1,"5:[\\"$\\",\\"span\\",null,{\\"children\\":\\"41\\"}]\\n"])'),
    );
    expect(scripts.filter((source) => source.startsWith("'sha256-"))).toHaveLength(2);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(cachedPagePolicy(page(41))).toContain("frame-ancestors 'none'");
  });

  it("changes with the page's payload: a regenerated page's new script is not allowed by the old policy", () => {
    const regenerated = sha(
      'self.__next_f.push([1,"5:[\\"$\\",\\"span\\",null,{\\"children\\":\\"42\\"}]\\n"])',
    );
    expect(cachedPagePolicy(page(41))).not.toContain(regenerated);
    expect(cachedPagePolicy(page(42))).toContain(regenerated);
  });
});
