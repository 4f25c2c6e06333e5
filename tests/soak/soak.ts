import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { residentMemoryKiB, startAppServer, type AppServer } from "../support/app-server";
import { hostileSignatures } from "../support/hostile-png";
import { LOCALES, type Locale } from "../../lib/universal/i18n/locales";

/**
 * `npm run soak`: mixed traffic on localhost against the production build — pages, assets,
 * eligibility, letters (text and PDF), counts, stats, health — for SOAK_SECONDS (default 300) with
 * SOAK_CONCURRENCY requests in flight (default 8), hostile signature PNGs included (each must be a
 * 422). Fails on any 5xx or network error, an uncaught exception in the server's log, or resident
 * memory (VmRSS) at the end more than 10 % above the middle; prints VmRSS at the start, middle and end.
 * Needs `next build` first; starts its own `next start` with a fresh embedded database, or uses
 * SOAK_URL (then memory is not measured unless SOAK_PID is given).
 */

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 8);
const COUNTRIES = ["FR", "DE", "BE", "IE", "CH", "GB", "IT", "ES", "PL", "NL", "CA", "US", "HK"];
const AGES = ["under-16", "16-17", "18-plus"];
const ACCOUNTS = ["member", "premium", "recruiter", "former-member", "non-member", "organization"];

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

function letter(locale: Locale) {
  return {
    letterLocale: locale,
    country: pick(["FR", "DE", "BE", "IE", "GB", "CH"]),
    age: "18-plus",
    account: "member",
    firstName: pick(["Camille", "Zoë", "Łukasz", "Ingrid", "Ömer"]),
    lastName: pick(["Durand", "Müller", "Nowak", "Ørsted", "Yılmaz"]),
    email: "soak@example.org",
    situations: ["journalist"],
    signature: { type: "typed" },
  };
}

interface Kind {
  name: string;
  weight: number;
  request: (base: string) => [string, RequestInit?];
  /** The only acceptable status, when there is one (anything else is a failure). */
  expect?: number;
}

/** Signature PNGs that once hung or exhausted the renderer (undecodable data, filter byte 9, bombs). */
const HOSTILE_SIGNATURES = hostileSignatures();

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** What a news spike looks like: mostly pages and eligibility checks, some letters and counts. */
const KINDS: Kind[] = [
  {
    name: "page",
    weight: 30,
    request: (b) => [
      `${b}/${pick(LOCALES)}${pick(["", "/privacy", "/legal", "/questionnaire", "/questionnaire/country", "/partners"])}`,
    ],
  },
  { name: "404", weight: 3, request: (b) => [`${b}/en/no-such-page-${Math.floor(Math.random() * 1e6)}`] },
  { name: "partner page", weight: 3, request: (b) => [`${b}/fr/p/unknown-partner`] },
  {
    name: "eligibility",
    weight: 25,
    request: (b) => [
      `${b}/api/v1/eligibility?country=${pick(COUNTRIES)}&age=${pick(AGES)}&account=${pick(ACCOUNTS)}&locale=${pick(LOCALES)}`,
    ],
  },
  {
    name: "letter text",
    weight: 10,
    request: (b) => [`${b}/api/v1/letter/text`, json(letter(pick(LOCALES)))],
  },
  { name: "letter pdf", weight: 5, request: (b) => [`${b}/api/v1/letter`, json(letter(pick(LOCALES)))] },
  {
    name: "invalid letter",
    weight: 3,
    request: (b) => [`${b}/api/v1/letter`, json({ firstName: "<script>" })],
  },
  {
    name: "count",
    weight: 12,
    request: (b) => [`${b}/api/v1/count`, json({ country: pick(COUNTRIES), locale: pick(LOCALES) })],
  },
  {
    name: "hostile png",
    weight: 3,
    expect: 422,
    request: (b) => [
      `${b}/api/v1/letter`,
      json({
        ...letter(pick(LOCALES)),
        signature: { type: "drawn", png: pick(HOSTILE_SIGNATURES).png },
      }),
    ],
  },
  { name: "stats", weight: 5, request: (b) => [`${b}/api/v1/stats`] },
  { name: "health", weight: 2, request: (b) => [`${b}/api/health`] },
];
const TOTAL_WEIGHT = KINDS.reduce((sum, kind) => sum + kind.weight, 0);

function pickKind(): Kind {
  let roll = Math.random() * TOTAL_WEIGHT;
  for (const kind of KINDS) if ((roll -= kind.weight) < 0) return kind;
  return KINDS[0]!;
}

async function main() {
  let server: AppServer | null = null;
  let dataDir: string | null = null;
  let base = process.env.SOAK_URL;
  let pid = process.env.SOAK_PID ? Number(process.env.SOAK_PID) : null;
  if (!base) {
    dataDir = mkdtempSync(path.join(tmpdir(), "objection-soak-"));
    // TRUST_PROXY=1: the soak plays a reverse proxy that gives each simulated client its own X-Forwarded-For.
    server = await startAppServer({
      DATABASE_URL: `pglite:${dataDir}`,
      LOG_LEVEL: "silent",
      TRUST_PROXY: "1",
    });
    base = server.baseURL;
    pid = server.pid;
  }

  const byKind = new Map<string, Map<number, number>>();
  const failures: string[] = [];
  let requests = 0;
  let clients = 0;
  const memory: { at: number; kib: number | null }[] = [];
  const started = Date.now();
  const end = started + SECONDS * 1000;
  const sample = async () =>
    memory.push({
      at: Math.round((Date.now() - started) / 1000),
      kib: pid ? await residentMemoryKiB(pid) : null,
    });
  await sample();
  const sampler = setInterval(() => void sample(), 5_000);

  async function worker() {
    while (Date.now() < end) {
      const kind = pickKind();
      const [url, init = {}] = kind.request(base!);
      // Many people, not one: each request comes from one of 2,000 client addresses.
      const headers = new Headers(init.headers);
      const client = clients++ % 2000;
      // Plus what a hostile client adds: a forged first X-Forwarded-For hop (ignored: TRUST_PROXY=1 keys by
      // the entry the proxy appended), a forged X-Real-IP and X-Forwarded-Host/Proto (never reflected).
      headers.set("x-forwarded-for", `203.0.113.${requests & 255}, 10.0.${client >> 8}.${client & 255}`);
      headers.set("x-real-ip", `198.51.100.${requests & 255}`);
      headers.set("x-forwarded-host", "evil.example");
      headers.set("x-forwarded-proto", "https");
      let status = 0;
      try {
        const response = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(30_000) });
        status = response.status;
        const reflected = [...response.headers.values()].some((value) => value.includes("evil.example"));
        if (reflected) failures.push(`${kind.name} ${url}: X-Forwarded-Host reflected in a header`);
        await response.arrayBuffer();
      } catch (error) {
        failures.push(`${kind.name} ${url}: ${error instanceof Error ? error.message : String(error)}`);
      }
      requests += 1;
      const statuses = byKind.get(kind.name) ?? new Map<number, number>();
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      byKind.set(kind.name, statuses);
      if (status >= 500) failures.push(`${kind.name} ${url}: ${status}`);
      else if (kind.expect && status !== 0 && status !== kind.expect)
        failures.push(`${kind.name} ${url}: ${status}, expected ${kind.expect}`);
    }
  }

  const progress = setInterval(() => {
    const elapsed = Math.round((Date.now() - started) / 1000);
    const rss = memory.at(-1)?.kib;
    console.log(
      `soak: ${elapsed}s, ${requests} requests, ${failures.length} failures, RSS ${rss ? Math.round(rss / 1024) : "?"} MiB`,
    );
  }, 30_000);
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  clearInterval(progress);
  clearInterval(sampler);
  await sample();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });

  const seconds = (Date.now() - started) / 1000;
  const mib = (entry?: { kib: number | null }) =>
    entry?.kib ? `${Math.round(entry.kib / 1024)} MiB` : "n/a";
  const middle = memory[Math.floor(memory.length / 2)];
  const fiveXX = [...byKind.values()].reduce(
    (sum, statuses) => sum + [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0),
    0,
  );
  console.log(
    `\nsoak: ${requests} requests in ${seconds.toFixed(0)} s (${(requests / seconds).toFixed(1)}/s), concurrency ${CONCURRENCY}`,
  );
  for (const [name, statuses] of byKind) {
    console.log(
      `  ${name.padEnd(15)} ${[...statuses]
        .sort(([x], [y]) => x - y)
        .map(([status, count]) => `${status}×${count}`)
        .join("  ")}`,
    );
  }
  console.log(`  5xx: ${fiveXX}, network errors: ${failures.length - fiveXX}`);
  console.log(
    `  resident memory: start ${mib(memory[0])}, middle ${mib(middle)} (${middle?.at}s), end ${mib(memory.at(-1))}, max ${mib({ kib: Math.max(...memory.map((m) => m.kib ?? 0)) })}`,
  );
  // The renderer once threw outside any promise: the server's log must hold no uncaught exception.
  const uncaught = server ? /uncaught|unhandled/i.exec(server.output()) : null;
  if (uncaught) failures.push(`server log: ${uncaught[0]}`);
  // Memory must level off: the end within 10 % of the middle.
  const endKib = memory.at(-1)?.kib;
  if (middle?.kib && endKib) {
    const growth = (endKib - middle.kib) / middle.kib;
    console.log(`  memory end vs middle: ${(growth * 100).toFixed(1)} % (limit +10 %)`);
    if (growth > 0.1) failures.push(`resident memory grew ${(growth * 100).toFixed(1)} % from the middle`);
  }
  if (failures.length > 0) {
    console.error(failures.slice(0, 20).join("\n"));
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
