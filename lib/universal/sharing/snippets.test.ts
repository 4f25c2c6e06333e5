import { describe, expect, it } from "vitest";
import { buildSnippets, escapeHtml } from "./snippets";

const texts = { linkText: "Object <now>", buttonText: "S’opposer", iframeTitle: 'Say "no"' };

describe("buildSnippets", () => {
  it("links a partner's page, embed and QR code", () => {
    const s = buildSnippets("https://objection.example", "fr", "ngo", texts);
    expect(s.url).toBe("https://objection.example/fr/p/ngo");
    expect(s.embedUrl).toBe("https://objection.example/embed/ngo?lang=fr");
    expect(s.link).toBe('<a href="https://objection.example/fr/p/ngo">Object &lt;now&gt;</a>');
    expect(s.button).toContain('href="https://objection.example/fr/p/ngo"');
    expect(s.button).toContain(">S’opposer</a>");
    expect(s.iframe).toContain('src="https://objection.example/embed/ngo?lang=fr"');
    expect(s.iframe).toContain('title="Say &quot;no&quot;"');
    expect(s.qrPath).toBe("/api/v1/qr?locale=fr&partner=ngo");
  });

  it("links the home page and the plain embed without a partner", () => {
    const s = buildSnippets("https://objection.example", "en", undefined, texts);
    expect(s.url).toBe("https://objection.example/en");
    expect(s.embedUrl).toBe("https://objection.example/embed?lang=en");
    expect(s.qrPath).toBe("/api/v1/qr?locale=en");
  });
});

describe("escapeHtml", () => {
  it("escapes markup and quotes", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;'&amp;'&lt;/a&gt;");
  });
});
