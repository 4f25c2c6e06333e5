import "server-only";
import { localizeIssues } from "@/lib/i18n/localize-issues";
import { translatorFor } from "@/lib/i18n/translator";
import { env } from "@/lib/server/env";
import { readJsonBody } from "@/lib/server/letter/read-json-body";
import { clientAddress, rateLimit, rateLimitHeaders, type RateLimitRule } from "@/lib/server/rate-limit";
import { negotiateLocale, type Locale } from "@/lib/universal/i18n/locales";
import { peerAddress } from "./client-address";
import { jsonError } from "./errors";

/**
 * The pieces every route handler shares, so each route is parse → act → answer:
 * the request's language, JSON bodies and their errors, the 429 and 503 answers.
 * Error messages live in one namespace of the messages, `ApiErrors`.
 */
export interface ApiContext {
  locale: Locale;
  t: ReturnType<typeof translatorFor>;
  /** Content-Language and Vary: every localized answer carries them. */
  headers: Record<string, string>;
}

/** `?locale=` first, then Accept-Language, then the default. */
export function apiContext(request: Request): ApiContext {
  const url = new URL(request.url);
  const locale = negotiateLocale(url.searchParams.get("locale"), request.headers.get("accept-language"));
  return {
    locale,
    t: translatorFor(locale),
    headers: { "Content-Language": locale, Vary: "Accept-Language" },
  };
}

/**
 * 429 `rate-limited` (Retry-After, RateLimit-*) when the client is past `rule`, else null. Keyed by
 * clientAddress (TRUST_PROXY decides what it believes). In-process calls in unit tests have no socket
 * address: they are not limited (tests of the limits give themselves one, see tests/support/peer.ts).
 */
export async function limitRequest(
  request: Request,
  context: ApiContext,
  rule: Omit<RateLimitRule, "key">,
): Promise<Response | null> {
  if (env().NODE_ENV === "test" && !peerAddress(request.headers)) return null;
  const result = await rateLimit({ ...rule, key: clientAddress(request) });
  if (result.ok) return null;
  return jsonError(429, "rate-limited", context.t("ApiErrors.rateLimited"), {
    headers: { ...context.headers, ...rateLimitHeaders(result) },
  });
}

/** 503 `unavailable` with Retry-After: the database is down; `message` says what pauses. */
export function unavailable(context: ApiContext, message: "countUnavailable" | "statsUnavailable"): Response {
  return jsonError(503, "unavailable", context.t(`ApiErrors.${message}`), {
    headers: { ...context.headers, "Retry-After": "60" },
  });
}

/** 503 `busy` with Retry-After: the PDF workers are all taken and their queue is full. */
export function busy(context: ApiContext, retryAfterSeconds: number): Response {
  return jsonError(503, "busy", context.t("ApiErrors.busy"), {
    headers: { ...context.headers, "Retry-After": String(retryAfterSeconds) },
  });
}

/** 422 `invalid-input` with localized zod issues. */
export function invalidInput(
  context: ApiContext,
  issues: Parameters<typeof localizeIssues>[0],
  message: "invalidInput" | "invalidAnswers" = "invalidInput",
): Response {
  return jsonError(422, "invalid-input", context.t(`ApiErrors.${message}`), {
    issues: localizeIssues(issues, context.locale),
    headers: context.headers,
  });
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads a JSON body of at most `maxBytes` (whatever Content-Length claims): 415 when it is not JSON,
 * 413 when too large, 400 `invalid-json` when it does not parse.
 */
export async function readJson(request: Request, context: ApiContext, maxBytes: number): Promise<JsonBody> {
  const body = await readJsonBody(request, maxBytes);
  if (body.ok) return body;
  const { t, headers } = context;
  const response =
    body.problem === "unsupported-media-type"
      ? jsonError(415, "unsupported-media-type", t("ApiErrors.unsupportedMediaType"), { headers })
      : body.problem === "too-large"
        ? jsonError(
            413,
            "too-large",
            t("ApiErrors.tooLarge", { max: formatBytes(maxBytes, context.locale) }),
            {
              headers,
            },
          )
        : body.problem === "timeout"
          ? // The rest of the body is not worth waiting for: close the connection after this answer.
            jsonError(408, "request-timeout", t("ApiErrors.requestTimeout"), {
              headers: { ...headers, Connection: "close" },
            })
          : jsonError(400, "invalid-json", t("ApiErrors.invalidJson"), { headers });
  return { ok: false, response };
}

function formatBytes(bytes: number, locale: Locale): string {
  const kib = Math.round(bytes / 1024);
  return locale === "fr" ? `${kib} Kio` : `${kib} KiB`;
}
