/**
 * `npm run bench:smoke`: proves the benchmark harness works, fast (well under 90 s) and without building
 * the app. Each suite runs with tiny counts against a stub server or in process; the report is written to
 * a temporary folder, never over bench/RESULTS.md. Exits non-zero on the first broken part.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./lib/build";
import { lastJson, runChild } from "./lib/child";
import { describeMachine, loadAverage } from "./lib/machine";
import { runLoad } from "./lib/load";
import { format, resolveConfig } from "prettier";
import { writeReport, type Figure, type Report } from "./lib/report";
import { median, percentile } from "./lib/stats";
import type { CountRun } from "./suites/count-events";
import { staticCopy } from "./lib/static-copy";
import { firstLoadJs, firstLoadScripts } from "./suites/first-load-js";
import { homeLoad } from "./suites/home-load";
import { serverRender } from "./suites/server-render";

const log = (line: string) => process.stdout.write(`[bench:smoke] ${line}\n`);

/** A stand-in for `next start`: two pages, gzip-compressed chunks, one of them holding "PDF renderer" code. */
function stubServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const chunks: Record<string, string> = {
    "/_next/static/chunks/framework.js": `/* framework */${"x".repeat(20_000)}`,
    "/_next/static/chunks/page.js": `/* page */${"y".repeat(5_000)}`,
    "/_next/static/chunks/lazy-pdf.js": `/* renderer */ const header = "%PDF-1.3"; const filter = "FlateDecode";`,
  };
  const page = (extra: string) =>
    `<!DOCTYPE html><html><head><link rel="preload" as="script" href="/_next/static/chunks/framework.js"/></head><body><h1>Stub</h1><script src="/_next/static/chunks/page.js" async=""></script>${extra}</body></html>`;
  const pages: Record<string, string> = {
    "/en": page(""),
    "/en/with-pdf": page('<script src="/_next/static/chunks/lazy-pdf.js"></script>'),
    "/static.txt": "static file\n",
  };
  const server = http.createServer((request, response) => {
    const body = pages[request.url ?? ""] ?? chunks[request.url ?? ""];
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const gzip =
      String(request.headers["accept-encoding"] ?? "").includes("gzip") && request.url?.endsWith(".js");
    response.writeHead(200, {
      "content-type": request.url?.endsWith(".js") ? "application/javascript" : "text/html",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
      "x-nextjs-cache": "HIT",
    });
    response.end(gzip ? gzipSync(body) : body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    }),
  );
}

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await run();
  log(`ok  ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  return value;
}

async function main() {
  const started = performance.now();
  const out = await mkdtemp(path.join(tmpdir(), "objection-bench-smoke-"));
  const results = path.join(ROOT, "bench", "RESULTS.md");
  const resultsBefore = existsSync(results)
    ? createHash("sha256").update(readFileSync(results)).digest("hex")
    : null;
  const figures: Figure[] = [];
  const stub = await stubServer();
  try {
    await step("statistics", async () => {
      assert.equal(median([3, 1, 2]), 2);
      assert.equal(median([1, 2, 3, 4]), 2.5);
      assert.equal(percentile([10, 20, 30, 40, 50], 100), 50);
      assert.ok(Number.isNaN(median([])));
    });

    await step("first-load scripts are read from the HTML", async () => {
      const html =
        '<link rel="preload" as="script" href="/a.js"/><script src="/b.js?dpl=1&amp;x=2"></script><script>inline()</script><link rel="stylesheet" href="/c.css"/>';
      assert.deepEqual(firstLoadScripts(html).sort(), ["/a.js", "/b.js?dpl=1&x=2"]);
    });

    await step("first-load JS against a baseline, renderer detection", async () => {
      const clean = await firstLoadJs({
        appOrigin: stub.origin,
        baselineOrigin: stub.origin,
        pages: [{ id: "home", label: "home", path: "/en" }],
        rendererChunksInBuild: ["lazy-pdf.js"],
      });
      const home = clean.figures.find((f) => f.id === "first-load-js.home");
      assert.equal(home?.status, "pass", JSON.stringify(home));
      assert.equal(home?.ratio, 1);
      assert.ok(
        (home?.value ?? 0) > 0 && (home?.value ?? 0) < 25,
        "compressed size is smaller than the raw 25 KiB",
      );
      assert.equal(clean.figures.find((f) => f.id === "first-load-js.pdf-renderer-absent")?.status, "pass");
      const dirty = await firstLoadJs({
        appOrigin: stub.origin,
        baselineOrigin: stub.origin,
        pages: [{ id: "pdf", label: "page loading the renderer", path: "/en/with-pdf" }],
        rendererChunksInBuild: ["lazy-pdf.js"],
      });
      assert.equal(dirty.figures.find((f) => f.id === "first-load-js.pdf-renderer-absent")?.status, "miss");
      figures.push(...clean.figures);
    });

    await step("static copy: scripts and script preloads removed, the rest kept", async () => {
      const built =
        '<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" href="/b.js" as="script"/><link rel="modulepreload" href="/c.js"/><link rel="preload" as="font" href="/f.woff2"/></head><body><h1>Title</h1><script src="/d.js" async=""></script><script>self.__next_f.push([1,"x"])</script></body></html>';
      assert.equal(
        staticCopy(built),
        '<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="font" href="/f.woff2"/></head><body><h1>Title</h1></body></html>',
      );
    });

    await step("autocannon runs and reports", async () => {
      const result = await runLoad({ url: `${stub.origin}/en`, connections: 4, durationSeconds: 1 });
      assert.ok(result.requests > 0 && result.errors === 0 && result.non2xx === 0, JSON.stringify(result));
      assert.ok(result.latencyP99 >= result.latencyP50);
    });

    await step("home page vs static file", async () => {
      const dist = await mkdtemp(path.join(tmpdir(), "objection-bench-smoke-dist-"));
      await writeFile(path.join(dist, "prerender-manifest.json"), JSON.stringify({ routes: { "/en": {} } }));
      const home = await homeLoad({
        origin: stub.origin,
        distDir: dist,
        homePath: "/en",
        staticPath: "/static.txt",
        connections: 4,
        durationSeconds: 1,
        runs: 1,
        warmupSeconds: 0.2,
        log,
      });
      await rm(dist, { recursive: true, force: true });
      assert.equal(home.figures.find((f) => f.id === "home-load.prerendered")?.status, "pass");
      assert.ok(typeof home.figures.find((f) => f.id === "home-load.p99")?.ratio === "number");
      figures.push(...home.figures);
    });

    await step("server rendering of the letter (bench/letter-render.bench.ts, 3 renders)", async () => {
      const render = await serverRender({ runs: 3, warmup: 1 });
      const first = render.figures[0];
      assert.ok(first && first.status !== "not measured", JSON.stringify(first));
      figures.push(...render.figures);
    });

    await step("count events on PGlite (1 and 10 writers, 0.3 s)", async () => {
      const output = await runChild(
        process.execPath,
        [
          "--conditions=react-server",
          "--import",
          "tsx",
          path.join(ROOT, "bench", "suites", "count-events.ts"),
          JSON.stringify({ writers: [1, 10], seconds: 0.3, runs: 1, databases: ["pglite"] }),
        ],
        { env: { LOG_LEVEL: "silent" }, timeoutMs: 60_000 },
      );
      const result = lastJson<{ runs: CountRun[] }>(output);
      assert.equal(result.runs.length, 2);
      assert.ok(
        result.runs.every((r) => r.events > 0 && r.eventsPerSecond > 0),
        output,
      );
    });

    await step("report written to a temporary folder", async () => {
      const machine = describeMachine();
      machine.loadAverageEnd = loadAverage();
      const report: Report = {
        generatedAt: new Date().toISOString(),
        durationSeconds: (performance.now() - started) / 1000,
        machine,
        settings: { smoke: true },
        figures,
        analysis: {},
        raw: {},
      };
      const written = await writeReport(report, out);
      const markdown = readFileSync(written.markdown, "utf8");
      assert.match(
        markdown,
        /\|\s*figure\s*\|\s*value\s*\|\s*baseline\s*\|\s*ratio\s*\|\s*budget\s*\|\s*result\s*\|\s*load\s*\|/,
      );
      assert.match(markdown, /CPU: .+, \d+ cores; memory/);
      for (const figure of figures)
        assert.ok(markdown.includes(figure.figure.split(" (")[0] ?? ""), figure.figure);
      const prettierOptions = {
        ...((await resolveConfig(written.markdown)) ?? {}),
        filepath: written.markdown,
      };
      assert.equal(await format(markdown, prettierOptions), markdown, "the report is Prettier-formatted");
      assert.equal(JSON.parse(readFileSync(written.json, "utf8")).figures.length, figures.length);
      const resultsAfter = existsSync(results)
        ? createHash("sha256").update(readFileSync(results)).digest("hex")
        : null;
      assert.equal(resultsAfter, resultsBefore, "bench/RESULTS.md must not be touched by the smoke run");
      log(`report: ${written.markdown}`);
    });
  } finally {
    await stub.close();
  }
  log(`passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `[bench:smoke] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
