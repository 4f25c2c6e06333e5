import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("environment", () => {
  it("defaults: no SITE_URL, forwarded headers not trusted", () => {
    const env = parseEnv({});
    expect(env.SITE_URL).toBeNull();
    expect(env.TRUST_PROXY).toEqual({ kind: "none" });
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.DB_AUTO_MIGRATE).toBe(true);
  });

  it("SITE_URL is an http(s) origin, normalised", () => {
    expect(parseEnv({ SITE_URL: "https://Objection.Example/" }).SITE_URL).toBe("https://objection.example");
    expect(parseEnv({ SITE_URL: "http://localhost:3000" }).SITE_URL).toBe("http://localhost:3000");
    for (const bad of [
      "objection.example",
      "ftp://objection.example",
      "https://objection.example/app",
      "https://user:pw@objection.example",
      "https://objection.example/?a=1",
      "javascript:alert(1)",
    ]) {
      expect(() => parseEnv({ SITE_URL: bad }), bad).toThrow(/SITE_URL: an origin/);
    }
  });

  it("names every wrong variable in one message", () => {
    let message = "";
    try {
      parseEnv({ SITE_URL: "nope", RATE_LIMIT_SECRET: "short", PORT: "http" });
    } catch (error) {
      message = error instanceof Error ? error.message : "";
    }
    for (const name of ["SITE_URL", "RATE_LIMIT_SECRET", "PORT"]) expect(message).toContain(`  ${name}: `);
  });
});
