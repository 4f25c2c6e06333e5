import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Every script element, with its content. */
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
/** A link that preloads a script (`rel="preload" as="script"`, or `rel="modulepreload"`). */
const SCRIPT_LINK = /<link\b(?=[^>]*\bas=["']?script\b|[^>]*\brel=["']?modulepreload\b)[^>]*>/gi;

/**
 * The same page with no JavaScript: every `<script>` and every script preload removed, the rest (the markup,
 * its stylesheets, fonts and images) left exactly as built. What that content costs at the physical limit.
 */
export function staticCopy(html: string): string {
  return html.replace(SCRIPT, "").replace(SCRIPT_LINK, "");
}

/** Where `next start` serves the static copies from: a folder of `public/`, ignored by git, removed after. */
export const STATIC_COPY_FOLDER = "__bench-static";

/**
 * Writes the static copy of a prerendered page of the build (`<distDir>/server/app/<page>.html`) to
 * `public/__bench-static/<page>.html`, so the app's own server serves it, with the same headers,
 * compression and stylesheets as the page itself. Must run before `next start` (it lists `public/` once).
 */
export async function writeStaticCopy(root: string, distDir: string, page: string): Promise<string> {
  const built = path.join(distDir, "server", "app", `${page}.html`);
  const html = await readFile(built, "utf8");
  const folder = path.join(root, "public", STATIC_COPY_FOLDER);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, `${page}.html`), staticCopy(html));
  return `/${STATIC_COPY_FOLDER}/${page}.html`;
}

export async function removeStaticCopies(root: string): Promise<void> {
  const folder = path.join(root, "public", STATIC_COPY_FOLDER);
  if (existsSync(folder)) await rm(folder, { recursive: true, force: true });
}
