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
on this machine (median of 12 after warm-up, a throwaway script calling \`renderToBuffer\` on each variant):

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
and p99 a little more. In the run of RESULTS.md (13:23): one letter 91 ms alone;
under 10 connections 12.8 letters/s, so a request spends about 10 / 12.8 = 0.78 s in the server (Little's law),
p99 1.29 s, 14× the single request; in an earlier run on a busier machine, 399 ms alone, 3.9 letters/s, p99
4.3 s (10.7×). The budget (p99 < 10× one request) therefore demands rendering on more than one core. The fix
belongs in lib/server/pdf/render-letter.ts: render in a small \`worker_threads\` pool sized
\`os.availableParallelism()\` (\`new Worker(new URL("./render-worker.ts", import.meta.url))\`, which
Turbopack bundles for the server since Next.js 16.2, vercel/next.js#88967 and #93432), passing the letter
model in and the PDF bytes back (transferable ArrayBuffer). With 2 workers p50 ≈ 5× and p99 ≈ 6–7× one
letter on 2 idle cores. Running two instances behind a load balancer (README, "Several instances") has the
same effect. On a machine shared with other jobs no concurrency budget is stable: compare runs by ratio only.`,
  },
  "first-load-js.questionnaire": {
    title: "First-load JS of four questionnaire steps: zod pulled in by a constant",
    text: `
The steps that miss carry a 30.5 KiB (gzip) chunk that is zod 4; the others no longer do since the
questionnaire loads its validation on demand (StepLayout.tsx, \`import("@/lib/universal/questionnaire/answers")\`).
The situation and options steps still import it for one constant each: \`SITUATION_TEXT_MAX\`
(SituationStep.tsx) and \`EARLIEST_LETTER_DATE\` (OptionsStep.tsx) come from
lib/universal/schemas/letter-request.ts, a module that builds \`ZLetterRequest\` at load, so the bundler keeps
zod with it. Fix: move the limits into a zod-free module (e.g. lib/universal/schemas/limits.ts, re-exported by
letter-request.ts) and import them from there; those steps then weigh about 204 KiB (1.13×). The review and
result steps import \`letterRequestOf\` statically in components/questionnaire/use-letter.ts; loading it the
way StepLayout does (the preview appears a moment after first paint) brings them to about 217 KiB (1.20×).`,
  },
  "home-load.p99": {
    title: "Home page under load: the page carries every message of the app",
    text: `
The home page is prerendered (x-nextjs-cache: HIT), yet each response is 67 KB against 4.7 KB for the static
file, and goes through the proxy (next-intl routing and the CSP lookup) which \`public/\` files skip. 58 KB of the 67 KB are inline scripts (the React Server Components payload), and 40 KB of those are the
whole message catalogue, every namespace of messages/en.json:
\`<NextIntlClientProvider>\` in app/[locale]/layout.tsx passes every namespace to the client by default
(next-intl 4), so the home page ships the questionnaire's, the legal page's and the partners' texts. In a CPU
profile of \`next start\` under 50 connections the two largest items both grow with the page: writing the
responses (writev, about 16 % of the time) and Next.js hashing the whole HTML into an ETag on every request
(an FNV loop over the string in its send-payload step, about 9 %; \`generateEtags: false\` in next.config.ts
would drop it, at the price of browsers' 304 revalidations). Fix
(layout owner and questionnaire owner): give the root provider only what its client components use,
\`messages={pick(await getMessages(), ["Layout"])}\`, and wrap the questionnaire layout in its own
\`<NextIntlClientProvider messages={pick(messages, ["Layout", "Questionnaire", "Reasons", "Regimes"])}>\` (and
the partner toolkit in one with \`["Partners", "Stats"]\`); a nested provider replaces the outer messages.
That cuts the home page to about 27 KB, which also helps Lighthouse (less to download on slow 4G, less to
parse).

The budget itself is wrong, though. The control row ("Bare next-intl page /en under the same load") runs
the same comparison on the baseline app, a prerendered Next.js 16 + next-intl page with no code of ours,
against the same file from its own server: its p99 is also several times the static file's (4.8× in the run of
RESULTS.md, 6–30× in earlier runs on a busier machine), while our home page stays within about 1.25× of the
bare page (1.26× in that run). A prerendered app-router page goes through the proxy, the router, the
prerender cache, an ETag over its HTML and its headers on every request; a public file is one \`send()\`.
No app-router page gets within 2× of
a static file under 50 connections on 2 cores. A budget that measures our code: **home page p99 ≤ 1.25× the
bare next-intl page's p99 under the same load**, plus the prerender check.`,
  },
  "lighthouse.performance": {
    title: "Lighthouse performance: main-thread work and page weight, not the machine",
    text: `
The bare next-intl page scores 96–97 in the same run on the same loaded machine, so the misses are ours, and
scores move by several points between runs (home /en 88 → 98 in two runs ten minutes apart): read them with
the baseline next to them. Lighthouse's mobile preset simulates slow 4G and a 4× slower CPU.

1. **The first questionnaire step blocks the main thread for 1.1–1.9 s** (score 71–79). It lists all 251
   countries and territories as radio buttons, and since commit 2c41c7d draws that list in the browser only,
   after hydration (Node's and Chromium's CLDR name HK, MO, PS and FK differently, which caused hydration
   error #418): right after load the browser computes 251 names with \`Intl.DisplayNames\`, sorts them with
   \`Intl.Collator\`, and renders and lays out 251 inputs and labels in one go (long tasks of 200–250 ms at 4×
   slowdown, measured with a PerformanceObserver in Chromium). Fix (questionnaire and country-name owners):
   print names from a static, committed table per locale (generated once from CLDR), sorted at build time,
   so the list is server-rendered again with identical text everywhere and nothing is computed at hydration;
   and consider showing the 32 countries in scope first with the rest behind the search field.
2. **Every page carries the whole message catalogue** (40 KB of the home page's 67 KB): see the home-page
   analysis; it lengthens the HTML download on slow 4G (LCP 1.5–2.4 s against 0.8 s for the bare page).`,
  },
  "lighthouse.best-practices": {
    title: "Lighthouse best practices (questionnaire): a CSP report from zod",
    text: `
\`inspector-issues\` fails on the questionnaire step: a Content-Security-Policy violation, \`script-src 'eval'\`
blocked in the zod chunk. Zod 4 probes whether \`new Function\` is allowed to compile fast parsers; the probe
fails under our CSP (rightly: no \`'unsafe-eval'\`), zod falls back, but the browser reports the violation. Fix
(schema owner, one line in a pure module, lib/universal/schemas/letter-request.ts before the schemas are
built): \`z.config({ jitless: true })\`, same validation, no probe (zod discussion colinhacks/zod#6671).
Separately, every page logs a 404 for /favicon.ico (\`errors-in-console\`, no score lost today): add
\`app/icon.svg\` or \`app/favicon.ico\`.`,
  },
  "lighthouse.seo": {
    title:
      "Lighthouse SEO: the questionnaire step is noindex on purpose (budget wrong there); one vague link",
    text: `
On the first questionnaire step the only failing audit is \`is-crawlable\`: the steps carry
\`<meta name="robots" content="noindex, follow">\` (app/[locale]/questionnaire/_lib/step-metadata.ts: "steps
are not worth indexing"), which caps Lighthouse's SEO score near 60 whatever else the page does. Indexing
eleven steps that only make sense in sequence, and show nothing useful without the answers kept in the
browser, would be wrong; the budget should read "SEO ≥ 95 on every indexable page". The questionnaire's
indexable entry, its front page \`/en/questionnaire\`, is measured in the same run: it loses points on
\`link-text\` only, because its main link says just "Start" (one of Lighthouse's generic link texts). Fix
(questionnaire messages): \`Questionnaire.start.begin\` → "Start the questionnaire" / "Commencer le
questionnaire".`,
  },
};
