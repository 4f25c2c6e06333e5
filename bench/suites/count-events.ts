/**
 * Anonymous count events per second, straight through `recordLetter` (lib/server/stats/record.ts) on a
 * database opened like the app opens it (`openDatabase`): PGlite in a fresh folder, and PostgreSQL when
 * BENCH_POSTGRES_URL is set. W writers each record one event after another for a fixed time.
 *
 * Runs in its own process: `node --conditions=react-server --import tsx bench/suites/count-events.ts <json-args>`
 * (the condition makes `server-only` an empty module, as in the app's server bundle). Prints JSON.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { closeDatabaseHandle, openDatabase } from "@/lib/server/db/client";
import type { DatabaseConfig } from "@/lib/server/db/config";
import { recordLetter } from "@/lib/server/stats/record";

export interface CountEventsArgs {
  writers: number[];
  seconds: number;
  runs: number;
  databases: ("pglite" | "postgres")[];
}

export interface CountRun {
  database: string;
  writers: number;
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

// A realistic spread: a dozen countries, both letter languages, one partner in five events.
const COUNTRIES = ["FR", "DE", "IT", "ES", "NL", "BE", "PL", "IE", "SE", "AT", "CH", "GB"];
const LOCALES = ["fr", "en"];

async function writeFor(db: Parameters<typeof recordLetter>[0], writers: number, seconds: number) {
  const day = new Date().toISOString().slice(0, 10);
  const deadline = performance.now() + seconds * 1000;
  let events = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      let i = writer;
      while (performance.now() < deadline) {
        await recordLetter(db, {
          day,
          country: COUNTRIES[i % COUNTRIES.length] ?? "FR",
          locale: LOCALES[i % 2] ?? "fr",
          partner: i % 5 === 0 ? "bench-partner" : "",
        });
        events += 1;
        i += 7;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  return { events, seconds: elapsed, eventsPerSecond: events / elapsed };
}

export async function countEvents(
  args: CountEventsArgs,
): Promise<{ runs: CountRun[]; skipped: Record<string, string> }> {
  const runs: CountRun[] = [];
  const skipped: Record<string, string> = {};
  for (const kind of args.databases) {
    let config: DatabaseConfig;
    let folder: string | null = null;
    if (kind === "pglite") {
      folder = await mkdtemp(path.join(tmpdir(), "objection-bench-count-"));
      config = { kind: "pglite", dataDir: folder };
    } else {
      const url = process.env.BENCH_POSTGRES_URL;
      if (!url) {
        skipped.postgres = "no PostgreSQL server (BENCH_POSTGRES_URL unset and pg_ctlcluster not installed)";
        continue;
      }
      config = { kind: "postgres", url };
    }
    const db = await openDatabase(config);
    try {
      await writeFor(db.prisma, 10, 0.5); // warm-up: connections, plans, JIT
      for (let run = 0; run < args.runs; run++) {
        for (const writers of args.writers) {
          const result = await writeFor(db.prisma, writers, args.seconds);
          runs.push({ database: kind, writers, ...result });
        }
      }
      // Every event must have landed: the count is the sum of the rows.
      const rows = await db.prisma.$queryRaw<
        { total: bigint | number }[]
      >`SELECT SUM("count") AS "total" FROM "daily_count"`;
      const total = Number(rows[0]?.total ?? 0);
      const expected = runs.filter((r) => r.database === kind).reduce((sum, r) => sum + r.events, 0);
      if (total < expected) throw new Error(`${kind}: ${expected} events recorded but ${total} counted`);
    } finally {
      await closeDatabaseHandle(db);
      if (folder) await rm(folder, { recursive: true, force: true });
    }
  }
  return { runs, skipped };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const args = JSON.parse(process.argv[2] ?? "{}") as Partial<CountEventsArgs>;
  countEvents({
    writers: args.writers ?? [1, 10, 100],
    seconds: args.seconds ?? 2,
    runs: args.runs ?? 3,
    databases: args.databases ?? ["pglite", "postgres"],
  })
    .then((result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
}
