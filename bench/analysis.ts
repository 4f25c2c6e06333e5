/**
 * What was found when figures missed their budget: written by hand after investigating, printed in
 * RESULTS.md under "Budgets missed: causes" whenever a figure whose id is the key (or starts with
 * "<key>.") misses in a run. Numbers quoted here come from the investigation runs named in each text.
 */
export const ANALYSIS: Record<string, { title: string; text: string }> = {
  "server-render.median": {
    title: "Server rendering: the 4× budget measures the letter's length, not waste (budget wrong)",
    text: `
The one-line document costs a few milliseconds because it does almost nothing: one page, one text run in
Helvetica, a PDF standard font that is not embedded. The letter's cost grows with its content: two pages
of justified text laid out by react-pdf (textkit, fontkit, yoga: about 60 % of the CPU profile of
\`node --cpu-prof bench/letter-render.bench.ts\`), a TrueType font subset and embedded, hyphenation, and a
drawn signature (a PNG decoded in JavaScript by png-js, then recompressed). Variants rendered in one process
on this machine (median of 12 after warm-up, \`bench/out/variants.mts\` during the investigation):

| document | median |
| --- | ---: |
| one line, Helvetica (the baseline) | 5.3 ms |
| one line, the letter's embedded font | 4.2 ms |
| full letter, drawn signature | 112 ms |
| full letter, typed signature | 83 ms |
| full letter, drawn signature, hyphenation off | 98 ms |

Embedding the font costs nothing measurable; the time is the layout of two pages of text, which no setting
removes. Meeting 4× would mean laying out two pages in about 20 ms, less than react-pdf needs for one page of
text. The budget should compare like with like: **median ≤ 4× a two-page document holding the same text in
the same font, without the letter's blocks and signature** (what the letter's own structure adds), or an
absolute bound of about 150 ms on this class of machine. Cheap gains remain for the letter's owner
(components/letter-pdf/fonts.ts): \`Font.registerHyphenationCallback((word) => [word])\` saves about 12 %
(a letter reads as well unhyphenated), and the signature pad could export a smaller canvas.`,
  },
  "letter-api": {
    title: "Letter API under load: one rendering thread makes p99 ≈ connections × one letter",
    text: `
Rendering a PDF is synchronous JavaScript on the server's one event loop. With 10 connections, each request
waits for the others ahead of it, so by Little's law the median latency is about 10 × the time of one letter
and p99 a little more: in the investigation run (machine load average 10 from other jobs) one letter took
399 ms alone; under 10 connections the server made 3.9 letters/s, p50 2.6 s, p99 4.3 s, 10.7× the single
request. The budget (p99 < 10× one request) therefore demands rendering on more than one core. The fix
belongs in lib/server/pdf/render-letter.ts: render in a small \`worker_threads\` pool sized
\`os.availableParallelism()\` (\`new Worker(new URL("./render-worker.ts", import.meta.url))\`, which
Turbopack bundles for the server since Next.js 16.2, vercel/next.js#88967 and #93432), passing the letter
model in and the PDF bytes back (transferable ArrayBuffer). With 2 workers p50 ≈ 5× and p99 ≈ 6–7× one
letter on 2 idle cores. Running two instances behind a load balancer (README, "Several instances") has the
same effect. On a machine shared with other jobs no concurrency budget is stable: compare runs by ratio only.`,
  },
  "first-load-js.questionnaire": {
    title: "First-load JS of the questionnaire steps: zod on every step",
    text: `
Every step's first load carries a 30.5 KiB (gzip) chunk that is zod 4: \`components/questionnaire/StepLayout.tsx\`
imports \`stepIssues\` from \`lib/universal/questionnaire/answers.ts\`, which parses the draft with
\`ZLetterRequest\`. Without it the country step would weigh about 205 KiB (1.13× the bare page) and the review
and result steps about 217 KiB (1.20×), all within budget. Fix (questionnaire owner): load the validation only
when it is needed, \`const { stepIssues } = await import("@/lib/universal/questionnaire/answers")\` in the
"Continue" handler and in \`use-letter.ts\` (review and result), optionally warmed with
\`requestIdleCallback(() => import(...))\` after the first paint so the click never waits; or write the schema
with \`zod/mini\`, whose functional API tree-shakes to a fraction of the size. Also set
\`z.config({ jitless: true })\` once (see the best-practices analysis).`,
  },
  "home-load.p99": {
    title: "Home page under load: the page carries every message of the app",
    text: `
The home page is prerendered (x-nextjs-cache: HIT), yet each response is 67 KB against 4.7 KB for the static
file, and goes through the proxy (next-intl routing and the CSP lookup) which \`public/\` files skip. 58 KB of the 67 KB are inline scripts (the React Server Components payload), and 40 KB of those are the
whole message catalogue, every namespace of messages/en.json:
\`<NextIntlClientProvider>\` in app/[locale]/layout.tsx passes every namespace to the client by default
(next-intl 4), so the home page ships the questionnaire's, the legal page's and the partners' texts. In a CPU
profile of \`next start\` under 50 connections, writing responses (writev) is the largest single item. Fix
(layout owner and questionnaire owner): give the root provider only what its client components use,
\`messages={pick(await getMessages(), ["Layout"])}\`, and wrap the questionnaire layout in its own
\`<NextIntlClientProvider messages={pick(messages, ["Layout", "Questionnaire", "Reasons", "Regimes"])}>\` (and
the partner toolkit in one with \`["Partners", "Stats"]\`); a nested provider replaces the outer messages.
That cuts the home page to about 27 KB, which also helps Lighthouse (less to download on slow 4G, less to
parse).

The budget itself is wrong, though. The control row ("Bare next-intl page /en under the same load") runs
the same comparison on the baseline app, a prerendered Next.js 16 + next-intl page with no code of ours,
against the same file from its own server: its p99 is also many times the static file's (6–16× in the
investigation runs). A prerendered app-router page goes through the proxy, the router, the prerender cache
and response headers on every request; a public file is one \`send()\`. No app-router page gets within 2× of
a static file under 50 connections on 2 cores. A budget that measures our code: **home page p99 ≤ 1.25× the
bare next-intl page's p99 under the same load**, plus the prerender check.`,
  },
  "lighthouse.performance": {
    title: "Lighthouse performance: main-thread work and page weight, not the machine",
    text: `
The bare next-intl page scores 97 in the same run on the same loaded machine, so the misses are ours.
Lighthouse's mobile preset simulates a slow 4G link and a 4× slower CPU, so every kilobyte of HTML and every
millisecond of script counts. Three causes, by weight:

1. **The first questionnaire step hydrates with an error** (TBT about 1.9 s, score 71–79): React error #418
   (text mismatch) makes React discard the server HTML and render the page again on the client. The country
   list is built with \`Intl.DisplayNames\`, and Node.js 20 (ICU 78.2, CLDR 48) and Chromium 156 name four
   regions differently: HK "Hong Kong SAR China" / "Hong Kong", MO "Macao SAR China" / "Macao", PS
   "Palestinian Territories" / "Palestine", FK "Falkland Islands" / "Falkland Islands (Islas Malvinas)", and
   in French "R.A.S. chinoise de Hong Kong" / "Hong Kong"… Fix (lib/universal/data/country-name.ts owner):
   print names from a static table (generated once from CLDR and committed, per locale) instead of asking the
   runtime's ICU, so server, Chromium, Firefox and Safari all print the same text.
2. **Every page carries the whole message catalogue** (40 KB of the home page's 67 KB): see the
   home-page analysis; it lengthens the HTML download on slow 4G (LCP 1.5–2.4 s against 0.8 s for the bare
   page) and the parse.
3. **zod on every questionnaire step** (30.5 KiB gzip to parse and run before the step is interactive): see
   the first-load JS analysis.`,
  },
  "lighthouse.best-practices": {
    title: "Lighthouse best practices (questionnaire): a console error and a CSP report",
    text: `
Two audits fail on the questionnaire step. \`errors-in-console\`: the hydration error #418 above.
\`inspector-issues\`: a Content-Security-Policy violation, \`script-src 'eval'\` blocked in the zod chunk: zod 4
probes whether \`new Function\` is allowed to compile fast parsers; the probe fails under our CSP (rightly:
no \`'unsafe-eval'\`), zod falls back, but the browser reports the violation. Fix (schema owner, one line in a
pure module, e.g. lib/universal/schemas/letter-request.ts before the schemas are built):
\`z.config({ jitless: true })\` — same validation, no probe (documented by zod; see colinhacks/zod discussion
#6671). Separately, the home page logs a 404 for /favicon.ico (no score loss today, but noise in every
console): add \`app/icon.svg\` or \`app/favicon.ico\`.`,
  },
  "lighthouse.seo": {
    title: "Lighthouse SEO of the questionnaire step: the page is noindex on purpose (budget wrong there)",
    text: `
The only failing SEO audit is \`is-crawlable\`: the questionnaire steps carry
\`<meta name="robots" content="noindex, follow">\` (app/[locale]/questionnaire/_lib/step-metadata.ts: "steps
are not worth indexing"), which caps Lighthouse's SEO score near 60 whatever else the page does. Indexing
eleven steps that only make sense in sequence, and that render nothing useful without the answers kept in the
browser, would be wrong. The questionnaire's indexable entry is its front page, \`/{locale}/questionnaire\`,
measured in the same run (SEO budget applies there). The budget should read "SEO ≥ 95 on every indexable
page, and noindex pages are deliberately so".`,
  },
};
