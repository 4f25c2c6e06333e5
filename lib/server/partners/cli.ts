/**
 * `npm run partner -- <command>`: manage partner organisations (run with tsx, hence no `server-only`).
 *
 *   create --slug <slug> --name <name> --url <https://…> --locale <language>
 *          [--message-fr <text>] [--message-en <text>] [--message-de <text>] [--message-it <text>] [--json]
 *   list [--json]
 *   rotate <slug> [--json]      new stats token; the old one stops working at once
 *   revoke <slug>               the partner page and token stop working; counts are kept
 *
 * `--locale` is one of the app's languages (LOCALES). Each message is optional (500 characters at most); the
 * partner page shows the one in its own language, else the first given in the order en, fr, de, it.
 * The stats token is printed once, at creation or rotation, and only its SHA-256 hash is stored.
 * Uses DATABASE_URL like the app (unset: PGlite in ./data/pglite). A PGlite folder can be opened by one
 * process at a time: stop the app first, or use PostgreSQL.
 */
import { parseArgs } from "node:util";
import { describeDatabase, readDatabaseConfig } from "@/lib/server/db/config";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { ZPartnerInput, ZPartnerSlug } from "@/lib/universal/schemas/partner";
import {
  createPartner,
  listPartners,
  PartnerExistsError,
  PartnerNotFoundError,
  revokePartner,
  rotatePartnerToken,
} from "./repository";
import { openScriptDatabase, type ScriptDatabase } from "./script-database";

const USAGE = `Usage: npm run partner -- <command>
  create --slug <slug> --name <name> --url <https://…> --locale ${LOCALES.join("|")}
         [--message-fr <text>] [--message-en <text>] [--message-de <text>] [--message-it <text>] [--json]
  list [--json]
  rotate <slug> [--json]
  revoke <slug>`;

class UsageError extends Error {}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

type Command =
  | { kind: "create"; input: ReturnType<typeof ZPartnerInput.parse>; json: boolean }
  | { kind: "list"; json: boolean }
  | { kind: "rotate"; slug: string; json: boolean }
  | { kind: "revoke"; slug: string }
  | { kind: "help" };

/** Parses and validates the arguments completely before anything touches the database. */
export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") return { kind: "help" };
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: {
          slug: { type: "string" },
          name: { type: "string" },
          url: { type: "string" },
          locale: { type: "string" },
          "message-fr": { type: "string" },
          "message-en": { type: "string" },
          "message-de": { type: "string" },
          "message-it": { type: "string" },
          json: { type: "boolean", default: false },
        },
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
  })();
  const json = values.json ?? false;
  switch (name) {
    case "create": {
      if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
      const parsed = ZPartnerInput.safeParse({
        slug: values.slug,
        name: values.name,
        url: values.url,
        defaultLocale: values.locale,
        messageFr: values["message-fr"],
        messageEn: values["message-en"],
        messageDe: values["message-de"],
        messageIt: values["message-it"],
      });
      if (!parsed.success) {
        const flags: Record<string, string> = {
          defaultLocale: "locale",
          messageFr: "message-fr",
          messageEn: "message-en",
          messageDe: "message-de",
          messageIt: "message-it",
        };
        const seen = new Set<string>();
        const problems = parsed.error.issues.flatMap((issue) => {
          const field = String(issue.path[0] ?? "");
          const flag = flags[field] ?? field;
          if (seen.has(flag)) return [];
          seen.add(flag);
          const given = (values as Record<string, unknown>)[flag] !== undefined;
          return [`--${flag}: ${given ? issue.message : "required"}`];
        });
        throw new UsageError(`Invalid partner:\n  ${problems.join("\n  ")}`);
      }
      return { kind: "create", input: parsed.data, json };
    }
    case "list":
      if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
      return { kind: "list", json };
    case "rotate":
    case "revoke": {
      if (positionals.length !== 1) throw new UsageError(`"${name}" takes exactly one partner slug.`);
      const slug = ZPartnerSlug.safeParse(positionals[0]);
      if (!slug.success) throw new UsageError(`"${positionals[0]}" is not a valid partner slug.`);
      return name === "rotate"
        ? { kind: "rotate", slug: slug.data, json }
        : { kind: "revoke", slug: slug.data };
    }
    default:
      throw new UsageError(`Unknown command "${name}".`);
  }
}

/** Runs one command against an open database; returns the process exit code. */
export async function runCommand(command: Command, db: ScriptDatabase, io: Io): Promise<number> {
  switch (command.kind) {
    case "help":
      io.out(USAGE);
      return 0;
    case "create": {
      const { partner, token } = await createPartner(db.prisma, command.input);
      if (command.json) io.out(JSON.stringify({ slug: partner.slug, token }));
      else {
        io.out(`Created partner "${partner.name}" (${partner.slug}).`);
        io.out(`Stats token (shown once, keep it safe): ${token}`);
      }
      return 0;
    }
    case "list": {
      const partners = await listPartners(db.prisma);
      if (command.json) {
        const rows = partners.map((p) => ({
          slug: p.slug,
          name: p.name,
          url: p.url,
          defaultLocale: p.defaultLocale,
          createdAt: p.createdAt.toISOString(),
          revokedAt: p.revokedAt?.toISOString() ?? null,
        }));
        io.out(JSON.stringify(rows));
      } else if (partners.length === 0) io.out("No partners yet.");
      else
        for (const p of partners)
          io.out(`${p.slug}\t${p.name}\t${p.url}\t${p.defaultLocale}\t${p.revokedAt ? "revoked" : "active"}`);
      return 0;
    }
    case "rotate": {
      const token = await rotatePartnerToken(db.prisma, command.slug);
      if (command.json) io.out(JSON.stringify({ slug: command.slug, token }));
      else io.out(`New stats token for ${command.slug} (shown once; the old one no longer works): ${token}`);
      return 0;
    }
    case "revoke":
      await revokePartner(db.prisma, command.slug);
      io.out(`Revoked ${command.slug}: its page and stats token no longer work. Its past counts are kept.`);
      return 0;
  }
}

async function main(argv: string[], io: Io): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.kind === "help") return runCommand(command, null as unknown as ScriptDatabase, io);
  const config = readDatabaseConfig();
  let db: ScriptDatabase;
  try {
    db = await openScriptDatabase(config);
  } catch (error) {
    io.err(
      `Cannot open the database ${describeDatabase(config)}: ${error instanceof Error ? error.message : error}`,
    );
    return 3;
  }
  try {
    return await runCommand(command, db, io);
  } catch (error) {
    if (error instanceof PartnerExistsError || error instanceof PartnerNotFoundError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && /partners[\\/]cli\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
