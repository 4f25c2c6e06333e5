import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as eligibility } from "@/app/api/v1/eligibility/route";
import { POST as letterText } from "@/app/api/v1/letter/text/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { apiDocsText } from "@/lib/i18n/api-docs-text";
import { API_ROUTES, API_TAGS, openApiDocument } from "@/lib/universal/api/openapi";
import { ZApiError, ZEligibilityResponse, ZLetterText } from "@/lib/universal/api/schemas";
import { ALL_COUNTRY_CODES } from "@/lib/universal/data/countries";
import { ACCOUNT_TYPES, AGE_BANDS } from "@/lib/universal/rules/types";
import { LOCALES } from "@/lib/universal/i18n/locales";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import it_ from "@/messages/it.json";
import { jsonRequest } from "../support/letter-fixtures";

/**
 * The OpenAPI document (`/api/v1/openapi.json`, the developers page) against the code: every route folder is
 * in it, its examples pass the schemas the routes validate with, and real responses match its schemas.
 */

const API_DIR = path.join(import.meta.dirname, "../../app/api/v1");

/** `partners/[slug]/stats` for every folder holding a route.ts. */
function routeFolders(dir = API_DIR, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory()) return [];
    const rel = prefix ? `${prefix}/${name}` : name;
    const here = readdirSync(full).some((file) => /^route\.tsx?$/.test(file)) ? [rel] : [];
    return [...here, ...routeFolders(full, rel)];
  });
}

const document = openApiDocument(apiDocsText("en")) as {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; parameters?: { name: string; in: string }[] }>>;
};

describe("the OpenAPI document", () => {
  it("covers every route folder under app/api/v1", () => {
    const folders = routeFolders();
    expect(folders.length).toBeGreaterThanOrEqual(8);
    const documented = Object.keys(document.paths);
    for (const folder of folders) {
      expect(documented, folder).toContain(`/api/v1/${folder.replace(/\[(\w+)\]/g, "{$1}")}`);
    }
  });

  it("is OpenAPI 3.1 with unique operation ids and every path parameter declared", () => {
    expect(document.openapi).toBe("3.1.0");
    const ids = API_ROUTES.map((route) => route.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [route, methods] of Object.entries(document.paths)) {
      const names = [...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const operation of Object.values(methods)) {
        const declared = (operation.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
        expect(declared, route).toEqual(names);
      }
    }
  });

  it("is what /api/v1/openapi.json serves", async () => {
    const response = openApiRoute();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it("has every text, formatted, in every language", () => {
    for (const locale of LOCALES) {
      // A missing or malformed message comes back as its key.
      expect(JSON.stringify(openApiDocument(apiDocsText(locale)))).not.toContain("Developers.");
    }
    for (const messages of [en, fr, de, it_]) {
      const developers = messages.Developers as unknown as {
        operations: Record<string, { summary?: string; description?: string }>;
        tags: Record<string, string>;
        status: Record<string, string>;
      };
      for (const route of API_ROUTES) {
        expect(developers.operations[route.id]?.summary, route.id).toBeTruthy();
        expect(developers.operations[route.id]?.description, route.id).toBeTruthy();
        for (const response of route.responses)
          expect(developers.status[String(response.status)]).toBeTruthy();
      }
      for (const tag of API_TAGS) expect(developers.tags[tag], tag).toBeTruthy();
    }
  });
});

describe("examples in the document pass the schemas", () => {
  it.each(API_ROUTES.filter((route) => route.body))("$id: request body", (route) => {
    const parsed = route.body!.schema.safeParse(route.body!.example);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it.each(API_ROUTES.filter((route) => route.parameters))("$id: parameters", (route) => {
    for (const parameter of route.parameters!) {
      expect(parameter.schema.safeParse(parameter.example).success, parameter.name).toBe(true);
    }
    if (route.querySchema) {
      const query = Object.fromEntries(
        route.parameters!.filter((p) => p.in === "query").map((p) => [p.name, p.example]),
      );
      const parsed = route.querySchema.safeParse(query);
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it.each(API_ROUTES.flatMap((route) => route.responses.map((response) => ({ id: route.id, ...response }))))(
    "$id: $status response",
    ({ schema, example, content }) => {
      if (content === "json" && example !== undefined) {
        expect(schema).toBeDefined();
        const parsed = schema!.safeParse(example);
        expect(parsed.error?.issues ?? []).toEqual([]);
      }
    },
  );

  it("a wrong example fails (the check can fail)", () => {
    const letter = API_ROUTES.find((route) => route.id === "letter")!;
    expect(letter.body!.schema.safeParse({ ...(letter.body!.example as object), age: "42" }).success).toBe(
      false,
    );
  });
});

describe("real responses match the document's schemas", () => {
  it("GET /api/v1/eligibility, for every answer in a sample of countries, in every language", async () => {
    const sample = ALL_COUNTRY_CODES.filter((_, index) => index % 7 === 0);
    for (const country of [...sample, "FR", "CH", "GB", "DE", "CA"]) {
      for (const age of AGE_BANDS) {
        for (const account of ACCOUNT_TYPES) {
          for (const locale of LOCALES) {
            const response = await eligibility(
              new Request(
                `http://localhost/api/v1/eligibility?country=${country}&age=${age}&account=${account}&locale=${locale}`,
              ),
            );
            expect(response.status).toBe(200);
            const parsed = ZEligibilityResponse.safeParse(await response.json());
            expect(parsed.error?.issues ?? [], `${country} ${age} ${account}`).toEqual([]);
          }
        }
      }
    }
  });

  it("GET /api/v1/eligibility errors use the error shape", async () => {
    const response = await eligibility(new Request("http://localhost/api/v1/eligibility?country=XX"));
    expect(response.status).toBe(400);
    expect(ZApiError.safeParse(await response.json()).success).toBe(true);
  });

  it("POST /api/v1/letter/text with the document's example", async () => {
    const route = API_ROUTES.find((candidate) => candidate.id === "letterText")!;
    const response = await letterText(
      jsonRequest("http://localhost/api/v1/letter/text", route.body!.example),
    );
    expect(response.status).toBe(200);
    const parsed = ZLetterText.safeParse(await response.json());
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("POST /api/v1/letter/text with an invalid body: a 422 in the error shape", async () => {
    const response = await letterText(jsonRequest("http://localhost/api/v1/letter/text", { age: "42" }));
    expect(response.status).toBe(422);
    const parsed = ZApiError.safeParse(await response.json());
    expect(parsed.success).toBe(true);
    expect(parsed.data?.issues?.length).toBeGreaterThan(0);
  });
});
