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
    title: "First-load JS of the review and result steps: the letter is built from validated answers",
    text: `
Four steps used to miss because they carried zod 4 (30.5 KiB gzip). The situation and options steps imported
one constant each from the schema module; the limits now live in a zod-free module
(lib/universal/schemas/letter-limits.ts) and those steps weigh 203 KiB (1.13×) like the others. A second
cause was found on the way: making zod jitless through the \`z\` namespace kept every zod locale in the
bundle (91 KiB gzip); it is now configured through zod's core \`config\` (lib/universal/schemas/zod-config.ts).

The review and result steps still carry zod, and they need it on first render: their content is the letter
itself (the preview, the short text, the postal block), built with the same pure function as the PDF from the
answers once they are validated by \`ZLetterRequest\`. Loading validation after first paint, as the other
steps do, only moves those 30 KiB a few milliseconds later and leaves the page empty until they arrive (tried:
the page shows nothing useful without them). These two pages are reached at the end of the flow with every
earlier step's chunks already cached, so what the person downloads there is the difference, about 45 KiB.
With the budget now at 1.15×, every other page passes (1.05–1.13×); the review and result steps miss at
1.37–1.38× for this reason. Removing zod from them means building the letter model from answers validated
step by step (the letter owners' change); the lighthouse analysis gives the effect on their scores.`,
  },
  "home-load.p99": {
    title:
      "Home page under load: no prerendered app-router page gets within 2× of a static file (budget wrong)",
    text: `
The home page is prerendered (x-nextjs-cache: HIT). Its weight was the first cause found: each response was
67 KB, 40 KB of it the whole message catalogue, because \`<NextIntlClientProvider>\` passed every namespace to
the client. Fixed: each subtree's provider now gets only the namespaces its client components use
(lib/i18n/client-messages.ts), and the home page is 29 KB. Its p99 went from 6.7× to about 4–5× the static
file, and from 1.26× to below 1× the bare next-intl page.

What remains is not our code. A prerendered app-router page still goes through the proxy (next-intl routing
and the CSP lookup), the router, the prerender cache, an ETag computed over its HTML (an FNV loop over the
string, about 9 % of the CPU profile; \`generateEtags: false\` would drop it at the price of 304
revalidations) and its headers on every request; a public file is one \`send()\`. The control row ("Bare
next-intl page /en under the same load") runs the same comparison on the baseline app, a prerendered
Next.js 16 + next-intl page with no code of ours, against the same file from its own server: its p99 is 4–5.3×
its static file in the runs here (6–30× on a busier machine). A budget that measures our code: **home page
p99 ≤ 1.25× the bare next-intl page's p99 under the same load**, plus the prerender check; the table reports
it as "Home page p99 against the bare next-intl page's p99".`,
  },
  "lighthouse.performance": {
    title: "Lighthouse mobile performance: script evaluation and hydration on the simulated 4× slower CPU",
    text: `
Measured with the new method (a fresh Chromium per run, default mobile configuration; see "How each figure was
taken"), beside the bare next-intl page and the static copy of the home page in the same run. Read the load
column: the final run of this report was taken on a 2-core machine shared with six other builds and test
suites (1-minute load 20–27), which lengthens every observed main-thread task that simulated throttling then
multiplies by 4.

1. **Country step.** Before: the list was empty on the server and all countries were named
   (\`Intl.DisplayNames\`), sorted (\`Intl.Collator\`) and rendered in one commit after hydration; zod was
   loaded on idle during the load. Now the server draws the list from a table sorted per locale
   (lib/universal/data/country-table.ts, covered countries first) as plain HTML (CountryList, a server
   component: no component per country runs in the browser), the browser only filters it, and validation
   loads on the first touch of the form. What remains: the page still hydrates 250 rows of host elements,
   and the list is in the HTML twice (the markup and the RSC payload that hydration reads): 187 KB of HTML,
   31 KB gzip, against 14 KB gzip for a step without the list. Next step: render only the covered countries
   (about 45) and the local one in the page, and the other ~200 behind the search, fetched on first input.
2. **Review and result.** Their 222 KiB of scripts (zod, the letter builder and its catalogue: first-load JS
   1.38× the bare page) are evaluated before anything useful can be drawn, because the content is the letter
   built from the answers kept in the browser. The content is now hidden (not shifted) until React has drawn
   it, so CLS is 0 and LCP is the end of hydration. Next step (letter owners): build the letter model without
   zod on these pages (the answers were validated step by step already) and split the catalogue per language.
3. **Home page.** Side links no longer prefetch (only the main button, on entering the viewport). Its
   runs spread from 66 to 95 at load 15–22 (the bare page's from 85 to 99 in the same rounds). The letter
   count is the one piece of our code that hydrates there: drawn in the browser (fetch, then
   \`useFormatter\`), it brings 175 KiB of scripts against 162 KiB in a run of the same day where the count
   was drawn on the server (score 96, TBT 235 ms, load 21–27). That server-drawn count (the page regenerated
   every minute) was withdrawn before this run: a regenerated page's inline scripts no longer match the
   hashes that the proxy reads from the build's HTML file (lib/server/security/page-csp.ts), so the
   browser refused them and the page did not hydrate. Doing it needs the CSP to follow regenerated pages
   (or the count outside the React payload).`,
  },
  "lighthouse.tbt": {
    title: "Total blocking time over 200 ms: the bare next-intl page itself is near that budget here",
    text: `
The bare next-intl page (Next.js 16 + next-intl, one heading, no code of ours) has its own TBT in the same
run (see its row: over 200 ms itself in this run). On this loaded machine no page that hydrates
React reaches 200 ms reliably; the budget is meaningful at a load average below 2 and as a difference to
the bare page. The country, review and result steps are over it for the causes given in the performance
analysis (hydration of the 250-row list; zod and the letter builder evaluated at load).`,
  },
  "lighthouse.lcp": {
    title: "Home LCP against the static copy: the first paint waits for script evaluation",
    text: `
The static copy (the same HTML and stylesheets, no script) paints its largest text as soon as the two
stylesheets arrive. With scripts, the async chunks (React and the Next.js runtime, about 160 KiB) arrive in
the same round trip as the stylesheets and Chromium evaluates them before the first paint; Lantern then
counts that evaluation, ×4, before LCP. Removing the background prefetches did not change this. Not done:
inlining the stylesheets into the HTML (Next.js \`experimental.inlineCss\`, still experimental), so the page
can paint right after the HTML is parsed; worth a measured trial with this report's method.`,
  },
  "browser-letter": {
    title: "Browser letter: the PDF is rendered on the main thread",
    text: `
Click to download renders the letter with @react-pdf/renderer in the page itself: the longest main-thread
task during a click is the render (1.5–4.5 s at 4× on this loaded machine), and the first letter also
downloads and compiles the renderer and the fonts. The questionnaire owner is moving the render into a Web
Worker with the engine and fonts prefetched on the review screen; these figures (4× throttled and not,
first and next letter, longest task) are the ones that change should move. Measured here at load 19–26.`,
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
\`link-text\` only when its main link said just "Start" (one of Lighthouse's generic link texts); it now
says "Start the questionnaire" / "Commencer le questionnaire" and scores 100.`,
  },
};
