import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, HSTS, hstsHeaders, securityHeaders } from "./security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  it.each([
    ["production page", { isDev: false, frameable: false }],
    ["production embed", { isDev: false, frameable: true }],
    ["development page", { isDev: true, frameable: false }],
  ])("%s: scripts only from the app, no plugins, no foreign base or form target", (_name, options) => {
    const policy = directives(contentSecurityPolicy(options));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")?.[0]).toBe("'self'");
    expect(policy.get("script-src")?.filter((source) => !source.startsWith("'"))).toEqual([]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")?.slice(0, 2)).toEqual(["'self'", "data:"]);
  });

  it("allows 'unsafe-eval' in development only", () => {
    expect(contentSecurityPolicy({ isDev: false, frameable: false })).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ isDev: true, frameable: false })).toContain("'unsafe-eval'");
  });

  it("lets other sites frame embeds only", () => {
    expect(
      directives(contentSecurityPolicy({ isDev: false, frameable: false })).get("frame-ancestors"),
    ).toEqual(["'none'"]);
    expect(
      directives(contentSecurityPolicy({ isDev: false, frameable: true })).get("frame-ancestors"),
    ).toEqual(["*"]);
  });

  it("replaces 'unsafe-inline' scripts with the given hashes", () => {
    const hashes = ["sha256-AAAA", "sha256-BBBB"];
    const scripts = directives(
      contentSecurityPolicy({ isDev: false, frameable: false, scriptHashes: hashes }),
    ).get("script-src");
    expect(scripts).toEqual(["'self'", "'sha256-AAAA'", "'sha256-BBBB'", "'wasm-unsafe-eval'"]);
  });

  it("allows no inline script at all for a page without any", () => {
    const scripts = directives(
      contentSecurityPolicy({ isDev: false, frameable: false, scriptHashes: [] }),
    ).get("script-src");
    expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it("replaces 'unsafe-inline' scripts with a nonce on pages rendered on demand", () => {
    const scripts = directives(
      contentSecurityPolicy({ isDev: false, frameable: false, nonce: "abc123" }),
    ).get("script-src");
    expect(scripts).toEqual(["'self'", "'nonce-abc123'", "'wasm-unsafe-eval'"]);
  });

  it("production never allows 'unsafe-inline' scripts: without hashes or a nonce, no inline script runs", () => {
    for (const frameable of [false, true]) {
      expect(directives(contentSecurityPolicy({ isDev: false, frameable })).get("script-src")).toEqual([
        "'self'",
        "'wasm-unsafe-eval'",
      ]);
    }
    expect(contentSecurityPolicy({ isDev: true, frameable: false })).toMatch(
      /script-src [^;]*'unsafe-inline'/,
    );
  });
});

describe("securityHeaders", () => {
  it("sets the baseline headers on every response", () => {
    const headers = Object.fromEntries(
      securityHeaders({ isDev: false, frameable: false }).map((h) => [h.key, h.value]),
    );
    expect(Object.keys(headers).sort()).toEqual([
      "Content-Security-Policy",
      "Cross-Origin-Opener-Policy",
      "Permissions-Policy",
      "Referrer-Policy",
      "X-Content-Type-Options",
    ]);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("sends HSTS for at least a year, only when the site's origin is HTTPS", () => {
    expect(HSTS.key).toBe("Strict-Transport-Security");
    expect(Number(/max-age=(\d+)/.exec(HSTS.value)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hstsHeaders("https://objection.example")).toEqual([HSTS]);
    expect(hstsHeaders("http://localhost:3000")).toEqual([]);
    expect(hstsHeaders(null)).toEqual([]);
  });
});
