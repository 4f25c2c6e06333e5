import { describe, expect, it } from "vitest";
import { bearerToken, generateToken, hashToken, tokenMatches } from "./tokens";

describe("partner tokens", () => {
  it("are long, random and prefixed", () => {
    const a = generateToken();
    const b = generateToken();
    expect(a).toMatch(/^olt_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it("are stored as a SHA-256 hash that does not contain the token", () => {
    const token = generateToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token.slice(4));
  });

  it.each([
    { name: "the right token", token: "olt_right", stored: hashToken("olt_right"), ok: true },
    { name: "a wrong token", token: "olt_wrong", stored: hashToken("olt_right"), ok: false },
    { name: "an empty token", token: "", stored: hashToken("olt_right"), ok: false },
    { name: "a malformed stored hash", token: "olt_right", stored: "abc", ok: false },
  ])("match $name: $ok", ({ token, stored, ok }) => {
    expect(tokenMatches(token, stored)).toBe(ok);
  });
});

describe("bearerToken", () => {
  it.each([
    ["Bearer olt_abc-DEF_123", "olt_abc-DEF_123"],
    ["bearer olt_x", "olt_x"],
    ["Basic dXNlcjpwYXNz", undefined],
    ["Bearer ", undefined],
    ["Bearer two words", undefined],
    [null, undefined],
  ])("%s → %s", (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});
