import { describe, expect, it } from "vitest";
import { decodeBase64, isWellFormedPng, pngDataUrlProblem } from "./png-data-url";

const TINY = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

describe("drawn signature checks", () => {
  it("decodes base64 without Buffer", () => {
    expect(Array.from(decodeBase64("AAEC/w==") ?? [])).toEqual([0, 1, 2, 255]);
    expect(decodeBase64("not base64!")).toBeNull();
    expect(decodeBase64("abc")).toBeNull();
  });

  it("accepts a complete PNG", () => {
    expect(pngDataUrlProblem(`data:image/png;base64,${TINY}`)).toBeNull();
  });

  it.each([
    ["a truncated PNG", (b: Uint8Array) => b.slice(0, b.length - 12)],
    ["a corrupted chunk (bad CRC)", (b: Uint8Array) => b.map((x, i) => (i === 40 ? x ^ 0xff : x))],
    ["bytes after IEND", (b: Uint8Array) => Uint8Array.from([...b, 0])],
    ["a wrong signature", (b: Uint8Array) => b.map((x, i) => (i === 1 ? 0 : x))],
  ])("refuses %s", (_label, spoil) => {
    const bytes = decodeBase64(TINY) as Uint8Array;
    expect(isWellFormedPng(bytes)).toBe(true);
    expect(isWellFormedPng(spoil(bytes))).toBe(false);
  });

  it.each([
    ["data:image/jpeg;base64,AAAA", "format"],
    ["data:image/png;base64,@@@@", "format"],
    [`data:image/png;base64,${btoa("hello world!")}`, "not-png"],
  ])("%s is refused as %s", (value, problem) => {
    expect(pngDataUrlProblem(value)).toBe(problem);
  });
});
