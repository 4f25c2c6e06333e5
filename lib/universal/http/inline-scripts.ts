const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/**
 * The text of every inline `<script>` of an HTML document, as the browser hashes it for a
 * Content-Security-Policy: the raw characters between the tags (script contents are not
 * entity-decoded). Scripts with `src` are skipped: `'self'` covers them.
 */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const [, attributes = "", text = ""] = match;
    if (!HAS_SRC.test(attributes) && text.length > 0) found.push(text);
  }
  return found;
}
