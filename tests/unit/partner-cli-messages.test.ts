import { describe, expect, it } from "vitest";
import { parseCommand, runCommand } from "@/lib/server/partners/cli";
import type { ScriptDatabase } from "@/lib/server/partners/script-database";

const BASE = [
  "create",
  "--slug",
  "verein",
  "--name",
  "Verein",
  "--url",
  "https://verein.example",
  "--locale",
  "en",
];

describe("partner messages on the command line (npm run partner -- create)", () => {
  it("takes a message in French, English, German and Italian, trimmed", () => {
    const command = parseCommand([
      ...BASE,
      "--message-fr",
      "Refusons ensemble.",
      "--message-en",
      "Let us refuse together.",
      "--message-de",
      "  Widersprechen wir gemeinsam.  ",
      "--message-it",
      "Opponiamoci insieme.",
    ]);
    expect(command).toMatchObject({
      kind: "create",
      input: {
        messageFr: "Refusons ensemble.",
        messageEn: "Let us refuse together.",
        messageDe: "Widersprechen wir gemeinsam.",
        messageIt: "Opponiamoci insieme.",
      },
    });
  });

  it("leaves out the messages not given, and empty ones", () => {
    const command = parseCommand([...BASE, "--message-de", "   "]);
    expect(command).toMatchObject({
      kind: "create",
      input: { messageFr: undefined, messageEn: undefined, messageDe: undefined, messageIt: undefined },
    });
  });

  it.each(["de", "it"])("refuses a --message-%s longer than 500 characters, naming the flag", (lang) => {
    expect(() => parseCommand([...BASE, `--message-${lang}`, "a".repeat(501)])).toThrow(
      new RegExp(`--message-${lang}: `),
    );
    expect(parseCommand([...BASE, `--message-${lang}`, "a".repeat(500)])).toMatchObject({ kind: "create" });
  });

  it("lists the four message flags in its help", async () => {
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    expect(await runCommand({ kind: "help" }, null as unknown as ScriptDatabase, io)).toBe(0);
    for (const lang of ["fr", "en", "de", "it"])
      expect(lines.join("\n")).toContain(`[--message-${lang} <text>]`);
  });
});
