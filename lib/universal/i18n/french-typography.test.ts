import { describe, expect, it } from "vitest";
import fr from "@/messages/fr.json";
import { frenchTypographyFaults } from "./french-typography";

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );

describe("French typography checks", () => {
  it.each([
    ["Lieu :", "space-before-punctuation"],
    ["Et ensuite?", "space-before-punctuation"],
    ["« Données »", "space-inside-guillemets"],
    ["1 000 caractères", "thousands-separator"],
    ["1\u00a0000 caractères", "thousands-separator"],
    ["l'IA", "straight-apostrophe"],
  ])("flags %j (%s)", (text, rule) => {
    expect(frenchTypographyFaults(text).map((fault) => fault.rule)).toContain(rule);
  });

  it.each([
    "Lieu\u00a0:",
    "Et ensuite\u202f?",
    "«\u00a0Données\u00a0»",
    "1\u202f000 caractères",
    "l’IA",
    "https://www.linkedin.com/in/votre-nom",
    "{count, plural, one {# lettre} other {# lettres}}",
    "en-tête Content-Type: application/json",
  ])("accepts %j", (text) => {
    expect(frenchTypographyFaults(text)).toEqual([]);
  });
});

describe("messages/fr.json", () => {
  it("follows French typography in every message", () => {
    const faults = leaves(fr as Tree).flatMap(([key, text]) =>
      frenchTypographyFaults(text).map((fault) => `${key}: ${fault.rule} in “${fault.excerpt}”`),
    );
    expect(faults).toEqual([]);
  });
});
