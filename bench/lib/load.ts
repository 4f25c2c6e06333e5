import autocannon from "autocannon";

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /**
   * Gives every request its own client address (`X-Forwarded-For`, which `next start` passes on and the
   * rate limiter keys on), as tests/soak does: the load then comes from many people, as in real use,
   * and the limiter's per-address windows are exercised without refusing anyone.
   */
  distinctClients?: boolean;
}

let clientCounter = 0;

/** 10.x.y.z addresses, one per request. */
function nextClientAddress(): string {
  clientCounter = (clientCounter + 1) % 16_777_216;
  return `10.${(clientCounter >> 16) & 255}.${(clientCounter >> 8) & 255}.${clientCounter & 255}`;
}

/** One autocannon run, reduced to what the report uses. Latencies in milliseconds. */
export { nextClientAddress };

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
  requests: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerSecond: number;
  /** Every answer's status code with its count ("200": 650, "503": 81). */
  statuses: Record<string, number>;
  /**
   * The answers that were not 2xx, by status, with the `Retry-After` values they carried and the start of one
   * body: enough to tell a refusal by design (429 rate limit, 503 busy) from a failure.
   */
  failures: Record<string, { count: number; retryAfter: Record<string, number>; sampleBody: string }>;
}

/** Runs autocannon against one URL; a non-2xx answer counts as an error in the budgets. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const failures: LoadResult["failures"] = {};
  const onResponse = (status: number, body: string | undefined, _context: unknown, headers: unknown) => {
    if (status >= 200 && status < 300) return;
    const entry = (failures[String(status)] ??= { count: 0, retryAfter: {}, sampleBody: "" });
    entry.count++;
    const retryAfter = String((headers as Record<string, unknown> | undefined)?.["retry-after"] ?? "none");
    entry.retryAfter[retryAfter] = (entry.retryAfter[retryAfter] ?? 0) + 1;
    if (!entry.sampleBody && body) entry.sampleBody = body.slice(0, 200);
  };
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: options.method ?? "GET",
    headers: options.headers,
    body: options.body,
    timeout: 30,
    requests: [
      {
        ...(options.distinctClients
          ? {
              setupRequest: (request) => ({
                ...request,
                headers: { ...request.headers, "x-forwarded-for": nextClientAddress() },
              }),
            }
          : {}),
        onResponse,
      },
    ],
  });
  const statuses: Record<string, number> = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = stats.count;
  return {
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMax: result.latency.max,
    requests: result.requests.total,
    ok2xx: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerSecond: result.throughput.average,
    statuses,
    failures,
  };
}
