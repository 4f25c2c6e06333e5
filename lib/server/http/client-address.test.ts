import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/server/env";
import { fromPeer } from "@/tests/support/peer";
import { clientAddress, rateLimitKey } from "./client-address";
import { installPeerHeader, peerHeaderName } from "./peer-header";

const trust = (value?: string) => parseEnv({ TRUST_PROXY: value }).TRUST_PROXY;
const request = (peer: string | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/count", { headers: { ...headers, ...(peer ? fromPeer(peer) : {}) } });

describe("clientAddress", () => {
  it("without TRUST_PROXY, is the socket address whatever forwarded headers say", () => {
    const spoofed = request("198.51.100.7", {
      "x-forwarded-for": "203.0.113.1, 203.0.113.2",
      "x-real-ip": "203.0.113.3",
      forwarded: "for=203.0.113.4",
    });
    expect(clientAddress(spoofed, trust(undefined))).toBe("198.51.100.7");
    // A fresh X-Forwarded-For per request does not give a fresh key.
    const keys = new Set(
      Array.from({ length: 50 }, (_, i) =>
        clientAddress(request("198.51.100.7", { "x-forwarded-for": `10.0.0.${i}` }), trust(undefined)),
      ),
    );
    expect([...keys]).toEqual(["198.51.100.7"]);
  });

  it("with TRUST_PROXY=1, takes the entry the proxy appended (the last one), not what the client sent", () => {
    const behindNginx = request("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientAddress(behindNginx, trust("1"))).toBe("203.0.113.9");
    expect(clientAddress(request("127.0.0.1"), trust("1"))).toBe("127.0.0.1");
  });

  it("with TRUST_PROXY=2 (CDN then load balancer), skips two hops; never past the list's start", () => {
    const chain = request("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" });
    expect(clientAddress(chain, trust("2"))).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.2", { "x-forwarded-for": "203.0.113.9" }), trust("5"))).toBe(
      "203.0.113.9",
    );
  });

  it("with a CIDR list, walks left while the hop is a trusted proxy", () => {
    const cdn = trust("10.0.0.0/8, 2001:db8:cafe::/48");
    const chain = request("10.1.2.3", {
      "x-forwarded-for": "6.6.6.6, 203.0.113.9, 2001:db8:cafe::1, 10.9.9.9",
    });
    expect(clientAddress(chain, cdn)).toBe("203.0.113.9");
    // A direct client (not a proxy) cannot push an address through X-Forwarded-For.
    expect(clientAddress(request("198.51.100.20", { "x-forwarded-for": "203.0.113.9" }), cdn)).toBe(
      "198.51.100.20",
    );
  });

  it("stops at a forwarded entry that is not an address", () => {
    const garbage = request("127.0.0.1", { "x-forwarded-for": "203.0.113.9, not-an-ip" });
    expect(clientAddress(garbage, trust("1"))).toBe("127.0.0.1");
    expect(clientAddress(request("127.0.0.1", { "x-forwarded-for": "203.0.113.9," }), trust("1"))).toBe(
      "203.0.113.9",
    );
  });

  it("keys IPv6 clients by their /64 and IPv4-mapped addresses as IPv4", () => {
    expect(rateLimitKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:0db8:0001:0002:ffff::9")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("::ffff:192.0.2.5")).toBe("192.0.2.5");
    expect(rateLimitKey("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitKey("[2001:db8::1]")).toBe("2001:db8:0:0::/64");
    expect(rateLimitKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(rateLimitKey(null)).toBe("unknown");
    const a = clientAddress(request("2001:db8:1:2::1"), trust(undefined));
    const b = clientAddress(request("2001:db8:1:2:ffff:ffff:ffff:ffff"), trust(undefined));
    expect(a).toBe(b);
  });

  it("is unknown without a recorded socket address (in-process calls)", () => {
    expect(clientAddress(request(null, { "x-forwarded-for": "203.0.113.9" }), trust("1"))).toBe("unknown");
  });
});

describe("TRUST_PROXY parsing", () => {
  it("accepts hops and CIDR lists, refuses anything else with a message naming the variable", () => {
    expect(trust("")).toEqual({ kind: "none" });
    expect(trust("0")).toEqual({ kind: "none" });
    expect(trust("2")).toEqual({ kind: "hops", hops: 2 });
    expect(trust("10.0.0.0/8,::1")).toEqual({ kind: "cidrs", cidrs: ["10.0.0.0/8", "::1"] });
    for (const bad of ["true", "11", "10.0.0.0/33", "2001:db8::/129", "proxy.example", "-1"]) {
      expect(() => trust(bad), bad).toThrow(/TRUST_PROXY/);
    }
  });
});

describe("peer header hook", () => {
  it("records the socket address on every request and replaces any forged copy", async () => {
    const warnings: string[] = [];
    const name = installPeerHeader((event) => warnings.push(event));
    expect(name).toBe(peerHeaderName());
    const seen: (string | undefined)[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers[name] as string | undefined);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [name]: "203.0.113.66", "x-forwarded-for": "1.2.3.4" },
      });
      await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "1.2.3.4" } });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1"]);
    // Warned once, at the first request with forwarding headers.
    expect(warnings).toEqual(["trust-proxy.forwarded-headers-ignored"]);
  });
});
