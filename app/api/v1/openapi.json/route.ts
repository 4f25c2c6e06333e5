import { apiDocsText } from "@/lib/i18n/api-docs-text";
import { openApiDocument } from "@/lib/universal/api/openapi";

/** Built once at build time: the document depends only on the code. */
export const dynamic = "force-static";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, in English. */
export function GET(): Response {
  return Response.json(openApiDocument(apiDocsText("en")), {
    headers: { "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" },
  });
}
