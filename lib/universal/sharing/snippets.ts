import type { Locale } from "@/lib/universal/i18n/locales";

/** The texts a snippet carries, in the chosen language. */
export interface SnippetTexts {
  linkText: string;
  buttonText: string;
  iframeTitle: string;
}

export interface Snippets {
  url: string;
  embedUrl: string;
  link: string;
  button: string;
  iframe: string;
  qrPath: string;
}

/** Escapes text for HTML element content and double-quoted attributes (the only quoting snippets use). */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** Inline styles of the copy-paste button: no stylesheet to host, readable on any page (AA contrast). */
export const BUTTON_STYLE =
  "display:inline-block;padding:12px 20px;background:#0b3d91;color:#ffffff;border-radius:6px;font:600 16px/1.3 system-ui,sans-serif;text-decoration:none";

/**
 * The copy-paste snippets of the partners page for `origin`, a language and an optional partner slug:
 * a link, a button, an iframe of the embed card and the QR code's path.
 */
export function buildSnippets(
  origin: string,
  locale: Locale,
  slug: string | undefined,
  texts: SnippetTexts,
): Snippets {
  const url = `${origin}/${locale}${slug ? `/p/${slug}` : ""}`;
  const embedUrl = `${origin}/embed${slug ? `/${slug}` : ""}?lang=${locale}`;
  const href = escapeHtml(url);
  return {
    url,
    embedUrl,
    link: `<a href="${href}">${escapeHtml(texts.linkText)}</a>`,
    button: `<a href="${href}" style="${BUTTON_STYLE}">${escapeHtml(texts.buttonText)}</a>`,
    iframe: `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(texts.iframeTitle)}" width="100%" height="360" style="border:0;max-width:480px" loading="lazy"></iframe>`,
    qrPath: `/api/v1/qr?locale=${locale}${slug ? `&partner=${slug}` : ""}`,
  };
}
