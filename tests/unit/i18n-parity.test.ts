import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const enLeaves = leaves(en as Tree);
const frLeaves = leaves(fr as Tree);

/** ICU arguments such as {count} or {name}: both languages must use the same ones. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? "").sort();
}

describe("French and English messages", () => {
  it("have exactly the same keys", () => {
    expect([...frLeaves.keys()].filter((k) => !enLeaves.has(k))).toEqual([]);
    expect([...enLeaves.keys()].filter((k) => !frLeaves.has(k))).toEqual([]);
  });

  it("use the same placeholders in every message", () => {
    const mismatched = [...enLeaves].filter(([key, value]) => {
      const other = frLeaves.get(key);
      return other !== undefined && placeholders(value).join() !== placeholders(other).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("have no empty message", () => {
    const empty = [...enLeaves, ...frLeaves].filter(([, value]) => value.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
