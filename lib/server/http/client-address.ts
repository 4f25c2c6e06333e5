import "server-only";
import { BlockList, isIP } from "node:net";
import { env, type TrustProxy } from "@/lib/server/env";
import { PEER_HEADER_GLOBAL } from "./peer-header";

/**
 * Who a request comes from, for rate limiting only (never logged or stored; hashed at once).
 *
 * Route handlers in Next.js 16 are not given the socket's address, and `next start` fills
 * `X-Forwarded-For` from the socket only when the client did not send one, so a client could pick
 * its own key. lib/server/http/peer-header.ts (installed by instrumentation.ts) therefore copies the
 * socket address into a request header whose name is random per process, set before Next.js sees the
 * request: clients cannot forge it, since they cannot know its name and any copy they send is replaced.
 *
 * `TRUST_PROXY` decides how far forwarded headers are believed:
 * - unset: the socket address is the client; `X-Forwarded-For` and `X-Real-IP` are ignored;
 * - a number N: N reverse proxies stand in front, each appending to `X-Forwarded-For`; the client is
 *   the entry N places from the right of (X-Forwarded-For + socket address);
 * - a list of addresses/CIDRs: entries are walked from the socket address leftwards while they belong to
 *   the list; the first one that does not is the client.
 * IPv6 clients are keyed by their /64 (one household or one server gets a /64; changing the low bits
 * must not give a fresh budget); IPv4-mapped IPv6 addresses count as IPv4.
 */
export function clientAddress(request: Request | Headers, trust: TrustProxy = env().TRUST_PROXY): string {
  const headers = request instanceof Request ? request.headers : request;
  const peer = peerAddress(headers);
  if (trust.kind === "none" || !peer) return rateLimitKey(peer);
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  if (trust.kind === "hops") {
    // Walk at most `hops` trusted proxies leftwards; stop at anything that is not an address.
    let index = chain.length - 1;
    for (let hop = 0; hop < trust.hops && index > 0; hop++) {
      if (!normaliseAddress(chain[index - 1]!)) break;
      index -= 1;
    }
    return rateLimitKey(chain[index]!);
  }
  const trusted = trustedList(trust.cidrs);
  let index = chain.length - 1;
  while (index > 0 && isTrusted(trusted, chain[index]!)) {
    if (!normaliseAddress(chain[index - 1]!)) break;
    index -= 1;
  }
  return rateLimitKey(chain[index]!);
}

/** The socket address the peer-header hook recorded, or null (in-process calls, e.g. unit tests). */
export function peerAddress(headers: Headers): string | null {
  const name = (globalThis as Record<string, unknown>)[PEER_HEADER_GLOBAL];
  if (typeof name !== "string") return null;
  return headers.get(name) || null;
}

/** `::ffff:192.0.2.1` → `192.0.2.1`; anything not an IP address → null. */
export function normaliseAddress(value: string): string | null {
  const address = value.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  const family = isIP(address);
  if (family === 4) return address;
  if (family !== 6) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address.toLowerCase();
}

/** The rate-limit key of an address: IPv4 as is, IPv6 as its /64; "unknown" when there is none. */
export function rateLimitKey(value: string | null): string {
  const address = value ? normaliseAddress(value) : null;
  if (!address) return "unknown";
  if (isIP(address) === 4) return address;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros. */
function expandIpv6(address: string): string[] {
  let text = address;
  // A trailing dotted IPv4 (e.g. 64:ff9b::192.0.2.1) becomes two groups.
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...middle, ...right].map((group) => parseInt(group || "0", 16).toString(16));
}

const lists = new Map<string, BlockList>();

function trustedList(cidrs: readonly string[]): BlockList {
  const id = cidrs.join(",");
  let list = lists.get(id);
  if (!list) {
    list = new BlockList();
    for (const cidr of cidrs) {
      const [address = "", bits] = cidr.split("/");
      const type = isIP(address) === 4 ? "ipv4" : "ipv6";
      if (bits === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(bits), type);
    }
    lists.set(id, list);
  }
  return list;
}

function isTrusted(list: BlockList, value: string): boolean {
  const address = normaliseAddress(value);
  if (!address) return false;
  return list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}
