import { z } from "zod";
import "@/lib/universal/schemas/zod-config";
import { ZDeadlineQuery } from "@/lib/universal/deadline/schema";
import { ZFollowUpRequest } from "@/lib/universal/follow-up/schema";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { ZCountEvent } from "@/lib/universal/schemas/count-event";
import { ZCountryCode, ZEligibilityQuery } from "@/lib/universal/schemas/eligibility-query";
import { ZLetterRequest } from "@/lib/universal/schemas/letter-request";
import { PARTNER_SLUG_PATTERN } from "@/lib/universal/schemas/partner";
import {
  ZApiError,
  ZDeadlineResponse,
  ZEligibilityResponse,
  ZFollowUpText,
  ZLetterText,
  ZPartner,
  ZPartnerStats,
  ZPublicStats,
  eligibilityParameters,
} from "./schemas";

/**
 * The public API's routes, one entry each: the OpenAPI 3.1 document (`/api/v1/openapi.json`) and the
 * developers page are generated from this list and the zod schemas the routes validate with. Adding a route
 * is adding an entry here (and its `Developers.operations.<id>` texts in both message files); a test fails
 * when a route folder under app/api/v1 has no entry.
 */

export type ApiTag = "eligibility" | "letters" | "followUp" | "counts" | "partners" | "meta";
export const API_TAGS: readonly ApiTag[] = [
  "eligibility",
  "letters",
  "followUp",
  "counts",
  "partners",
  "meta",
];

export interface ApiParameter {
  name: string;
  in: "query" | "path" | "header";
  required: boolean;
  schema: z.ZodType;
  example: string;
}

export type ApiContent = "json" | "pdf" | "image" | "calendar" | "none";

export interface ApiResponse {
  status: number;
  content: ApiContent;
  /** JSON responses: the body's schema (errors use the common error shape). */
  schema?: z.ZodType;
  example?: unknown;
  /** The `error` codes an error status carries. */
  errors?: readonly string[];
  headers?: readonly string[];
}

export interface ApiRoute {
  /** OpenAPI `operationId`, and the key of the route's texts under `Developers.operations`. */
  id: string;
  method: "get" | "post";
  /** OpenAPI path, `{name}` for path parameters. */
  path: string;
  tag: ApiTag;
  parameters?: readonly ApiParameter[];
  /** The schema the route parses its whole query with, when it has one (examples are checked against it). */
  querySchema?: z.ZodType;
  body?: { schema: z.ZodType; example: unknown; maxBytes: number };
  responses: readonly ApiResponse[];
}

const localeParameter: ApiParameter = {
  name: "locale",
  in: "query",
  required: false,
  schema: z.enum(LOCALES),
  example: "en",
};
const slugParameter: ApiParameter = {
  name: "slug",
  in: "path",
  required: true,
  schema: z.string().regex(PARTNER_SLUG_PATTERN),
  example: "la-quadrature",
};

const error = (status: number, ...errors: string[]): ApiResponse => ({
  status,
  content: "json",
  schema: ZApiError,
  errors,
  ...(status === 429 || status === 503 ? { headers: ["Retry-After"] } : {}),
});

const letterExample = {
  letterLocale: "fr",
  country: "FR",
  age: "18-plus",
  account: "member",
  school: false,
  firstName: "Camille",
  lastName: "Durand",
  email: "camille@example.org",
  profileUrl: "https://www.linkedin.com/in/camille-durand",
  postalAddress: { lines: ["12 rue de la Roquette"], postalCode: "75011", city: "Paris", country: "FR" },
  situations: ["job-seeker"],
  place: "Paris",
  date: "2026-11-28",
  signature: { type: "typed" },
};

const letterErrors = [
  error(400, "invalid-json"),
  error(413, "too-large"),
  error(415, "unsupported-media-type"),
  error(422, "invalid-input", "not-eligible"),
  error(429, "rate-limited"),
];

export const API_ROUTES: readonly ApiRoute[] = [
  {
    id: "eligibility",
    method: "get",
    path: "/api/v1/eligibility",
    tag: "eligibility",
    parameters: [
      { name: "country", in: "query", required: true, schema: eligibilityParameters.country, example: "FR" },
      { name: "age", in: "query", required: true, schema: eligibilityParameters.age, example: "18-plus" },
      {
        name: "account",
        in: "query",
        required: true,
        schema: eligibilityParameters.account,
        example: "member",
      },
      {
        name: "school",
        in: "query",
        required: false,
        schema: eligibilityParameters.school,
        example: "false",
      },
      localeParameter,
    ],
    querySchema: ZEligibilityQuery,
    responses: [
      {
        status: 200,
        content: "json",
        schema: ZEligibilityResponse,
        example: {
          status: "eligible",
          regime: "eu-gdpr",
          reasons: [],
          controller: { name: "LinkedIn Ireland Unlimited Company", address: ["Wilton Place", "Dublin 2"] },
          authority: {
            name: "French Data Protection Authority",
            localName: "Commission nationale de l'informatique et des libertés",
            acronym: "CNIL",
            country: "FR",
            url: "https://www.cnil.fr",
            complaintUrl: "https://www.cnil.fr/fr/plaintes",
          },
          leadAuthority: null,
          articles: ["GDPR Art. 21(1)"],
          links: {
            objectionForm: "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
            setting: "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
            dpoForm: "https://www.linkedin.com/help/linkedin/ask/TSO-DPO",
          },
          responseDeadline: "P1M",
        },
      },
      error(400, "invalid-input"),
    ],
  },
  {
    id: "letter",
    method: "post",
    path: "/api/v1/letter",
    tag: "letters",
    parameters: [localeParameter],
    body: { schema: ZLetterRequest, example: letterExample, maxBytes: 512 * 1024 },
    responses: [
      { status: 200, content: "pdf", headers: ["Content-Disposition", "X-Letter-Reference"] },
      ...letterErrors,
    ],
  },
  {
    id: "letterText",
    method: "post",
    path: "/api/v1/letter/text",
    tag: "letters",
    parameters: [localeParameter],
    body: { schema: ZLetterRequest, example: { ...letterExample, letterLocale: "en" }, maxBytes: 512 * 1024 },
    responses: [
      {
        status: 200,
        content: "json",
        schema: ZLetterText,
        example: {
          subject: "Objection to the processing of my personal data to train generative AI models",
          body: "Subject: Objection to the processing of my personal data…",
          short: "I object under Article 21(1) GDPR to the use of my personal data…",
          reference: "LI-AI-2026-7K3QXM",
        },
      },
      ...letterErrors,
    ],
  },
  {
    id: "deadline",
    method: "get",
    path: "/api/v1/deadline",
    tag: "followUp",
    parameters: [
      { name: "country", in: "query", required: true, schema: ZCountryCode, example: "FR" },
      { name: "sentOn", in: "query", required: true, schema: z.iso.date(), example: "2026-10-30" },
      {
        name: "channel",
        in: "query",
        required: true,
        schema: z.enum(["form", "post", "email"]),
        example: "form",
      },
      { name: "receivedOn", in: "query", required: false, schema: z.iso.date(), example: "2026-11-02" },
      { name: "format", in: "query", required: false, schema: z.enum(["json", "ics"]), example: "json" },
      localeParameter,
      {
        name: "reference",
        in: "query",
        required: false,
        schema: z.string(),
        example: "LI-AI-2026-7K3QXM",
      },
    ],
    querySchema: ZDeadlineQuery,
    responses: [
      {
        status: 200,
        content: "json",
        schema: ZDeadlineResponse,
        example: {
          regime: "eu-gdpr",
          receivedOn: "2026-11-02",
          receiptAssumed: false,
          deadline: "2026-12-02",
          extendedDeadline: "2027-02-02",
          basis: ["GDPR Art. 12(3)", "Regulation 1182/71 Art. 3"],
        },
      },
      { status: 200, content: "calendar" },
      error(400, "invalid-input"),
      error(422, "not-eligible"),
    ],
  },
  {
    id: "followUp",
    method: "post",
    path: "/api/v1/follow-up",
    tag: "followUp",
    parameters: [localeParameter],
    body: {
      schema: ZFollowUpRequest,
      example: {
        ...letterExample,
        kind: "reminder",
        original: { reference: "LI-AI-2026-7K3QXM", sentOn: "2026-10-12", channel: "form" },
      },
      maxBytes: 512 * 1024,
    },
    responses: [
      { status: 200, content: "pdf", headers: ["Content-Disposition"] },
      ...letterErrors,
      error(422, "too-early"),
    ],
  },
  {
    id: "followUpText",
    method: "post",
    path: "/api/v1/follow-up/text",
    tag: "followUp",
    parameters: [localeParameter],
    body: {
      schema: ZFollowUpRequest,
      example: {
        ...letterExample,
        letterLocale: "en",
        kind: "complaint",
        reply: "setting-only",
        original: { reference: "LI-AI-2026-7K3QXM", sentOn: "2026-10-12", channel: "post" },
        replyOn: "2026-11-05",
      },
      maxBytes: 512 * 1024,
    },
    responses: [
      {
        status: 200,
        content: "json",
        schema: ZFollowUpText,
        example: {
          subject: "Complaint: LinkedIn did not act on my objection",
          body: "…",
          short: "…",
          addressee: {
            name: "Commission nationale de l'informatique et des libertés",
            url: "https://www.cnil.fr",
          },
          reference: "LI-AI-2026-7K3QXM",
        },
      },
      ...letterErrors,
      error(422, "too-early"),
    ],
  },
  {
    id: "count",
    method: "post",
    path: "/api/v1/count",
    tag: "counts",
    parameters: [localeParameter],
    body: {
      schema: ZCountEvent,
      example: { country: "FR", locale: "fr", partner: "la-quadrature" },
      maxBytes: 1024,
    },
    responses: [
      { status: 204, content: "none" },
      error(400, "invalid-json"),
      error(413, "too-large"),
      error(415, "unsupported-media-type"),
      error(422, "invalid-input"),
      error(429, "rate-limited"),
      error(503, "unavailable"),
    ],
  },
  {
    id: "stats",
    method: "get",
    path: "/api/v1/stats",
    tag: "counts",
    parameters: [localeParameter],
    responses: [
      {
        status: 200,
        content: "json",
        schema: ZPublicStats,
        example: { letters: 1234, byCountry: { FR: 800, BE: 120, other: 14 }, since: "2026-11-28" },
      },
      error(503, "unavailable"),
    ],
  },
  {
    id: "qr",
    method: "get",
    path: "/api/v1/qr",
    tag: "partners",
    parameters: [
      { name: "locale", in: "query", required: true, schema: z.enum(LOCALES), example: "fr" },
      { ...slugParameter, name: "partner", in: "query", required: false },
      { name: "format", in: "query", required: false, schema: z.enum(["svg", "png"]), example: "svg" },
      { name: "download", in: "query", required: false, schema: z.literal("1"), example: "1" },
    ],
    responses: [{ status: 200, content: "image" }, error(400, "invalid-input")],
  },
  {
    id: "partner",
    method: "get",
    path: "/api/v1/partners/{slug}",
    tag: "partners",
    parameters: [slugParameter, localeParameter],
    responses: [
      {
        status: 200,
        content: "json",
        schema: ZPartner,
        example: {
          slug: "la-quadrature",
          name: "La Quadrature",
          url: "https://example.org",
          defaultLocale: "fr",
        },
      },
      error(404, "not-found"),
      error(503, "unavailable"),
    ],
  },
  {
    id: "partnerStats",
    method: "get",
    path: "/api/v1/partners/{slug}/stats",
    tag: "partners",
    parameters: [
      slugParameter,
      {
        name: "Authorization",
        in: "header",
        required: true,
        schema: z.string().regex(/^Bearer \S+$/),
        example: "Bearer 3q2-7Yx…",
      },
      localeParameter,
    ],
    responses: [
      {
        status: 200,
        content: "json",
        schema: ZPartnerStats,
        example: {
          partner: "la-quadrature",
          letters: 42,
          since: "2026-11-28",
          byDay: [
            { day: "2026-11-28", count: 30 },
            { day: "2026-11-29", count: 12 },
          ],
          byLocale: { fr: 40, en: 2 },
          byCountry: { FR: 38, other: 4 },
        },
      },
      error(401, "unauthorized"),
      error(429, "rate-limited"),
      error(503, "unavailable"),
    ],
  },
  {
    id: "openapi",
    method: "get",
    path: "/api/v1/openapi.json",
    tag: "meta",
    responses: [{ status: 200, content: "json" }],
  },
];

const MEDIA: Record<Exclude<ApiContent, "none" | "json">, Record<string, object>> = {
  pdf: { "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } } },
  image: {
    "image/svg+xml": { schema: { type: "string" } },
    "image/png": { schema: { type: "string", contentMediaType: "image/png" } },
  },
  calendar: { "text/calendar": { schema: { type: "string" } } },
};

/** JSON Schema of what a client sends (`io: "input"`: before defaults and transforms). */
export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "input"): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    // Refinements (a known country code, a PNG under 200 KiB) have no JSON Schema form: the text says them.
    unrepresentable: "any",
    override: (ctx) => {
      if (ctx.zodSchema === ZCountryCode) {
        Object.assign(ctx.jsonSchema, {
          pattern: "^[A-Za-z]{2}$",
          description: "ISO 3166-1 alpha-2, any case",
        });
      }
    },
  });
  return rest;
}

/**
 * Texts of the `Developers` message namespace: `operations.<id>.summary` and `.description`, `tags.<tag>`,
 * `status.<n>`, `bodyLimit`, `apiTitle`, `apiDescription`.
 */
export type OpenApiText = (key: string, values?: Record<string, string | number>) => string;

/** The OpenAPI 3.1 document of `routes`, with texts from `text` (the English messages for the served file). */
export function openApiDocument(
  text: OpenApiText,
  routes: readonly ApiRoute[] = API_ROUTES,
  version = "1.0.0",
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const responses: Record<string, unknown> = {};
    for (const response of route.responses) {
      const key = String(response.status);
      const existing = responses[key] as { content?: Record<string, unknown> } | undefined;
      const content =
        response.content === "none"
          ? undefined
          : response.content === "json"
            ? {
                "application/json": {
                  schema: response.schema ? jsonSchema(response.schema, "output") : {},
                  ...(response.example !== undefined ? { example: response.example } : {}),
                },
              }
            : MEDIA[response.content];
      const errors = response.errors?.length
        ? ` (${response.errors.map((code) => `\`${code}\``).join(", ")})`
        : "";
      responses[key] = {
        description: existing
          ? (existing as { description: string }).description
          : `${text(`status.${key}`)}${errors}`,
        ...(content || existing?.content ? { content: { ...existing?.content, ...content } } : {}),
        ...(response.headers
          ? {
              headers: Object.fromEntries(
                response.headers.map((name) => [name, { schema: { type: "string" } }]),
              ),
            }
          : {}),
      };
    }
    (paths[route.path] ??= {})[route.method] = {
      operationId: route.id,
      tags: [route.tag],
      summary: text(`operations.${route.id}.summary`),
      description: text(`operations.${route.id}.description`),
      ...(route.parameters
        ? {
            parameters: route.parameters.map((parameter) => ({
              name: parameter.name,
              in: parameter.in,
              required: parameter.required,
              schema: jsonSchema(parameter.schema),
              example: parameter.example,
            })),
          }
        : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              description: text("bodyLimit", { kib: route.body.maxBytes / 1024 }),
              content: {
                "application/json": { schema: jsonSchema(route.body.schema), example: route.body.example },
              },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: { title: text("apiTitle"), version, description: text("apiDescription") },
    tags: API_TAGS.map((tag) => ({ name: tag, description: text(`tags.${tag}`) })),
    paths,
  };
}
