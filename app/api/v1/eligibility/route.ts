import { jsonError } from "@/lib/server/http/errors";
import { apiContext } from "@/lib/server/http/route";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { verdictToJson } from "@/lib/universal/rules/verdict-json";
import {
  ELIGIBILITY_QUERY_KEYS,
  ZEligibilityQuery,
  eligibilityQueryInput,
  type EligibilityQueryKey,
} from "@/lib/universal/schemas/eligibility-query";

/** The answer depends only on the query and the language, so shared caches may keep it. */
const ISSUE_KEYS: ReadonlySet<string> = new Set(Object.values(ELIGIBILITY_QUERY_KEYS));

/** Issue messages are message keys; anything else (a zod default) becomes the generic "not valid". */
const issueKey = (message: string) =>
  ISSUE_KEYS.has(message) ? (message as EligibilityQueryKey) : ("Validation.invalid" as const);

const CACHEABLE = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400";

/** GET /api/v1/eligibility?country=FR&age=18-plus&account=member[&school=true][&locale=fr]. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const { locale, t, headers: languageHeaders } = apiContext(request);

  const parsed = ZEligibilityQuery.safeParse(eligibilityQueryInput(url.searchParams));
  if (!parsed.success) {
    const seen = new Set<string>();
    const issues = parsed.error.issues.flatMap((issue) => {
      const path = issue.path.map(String).join(".");
      if (seen.has(path)) return [];
      seen.add(path);
      return [{ path, message: t(issueKey(issue.message)) }];
    });
    return jsonError(400, "invalid-input", t("ApiErrors.invalidParameters"), {
      issues,
      headers: languageHeaders,
    });
  }

  const verdict = assessEligibility(parsed.data);
  const body = verdictToJson(verdict, locale, (code, part) => t(`Reasons.${code}.${part}`));
  return Response.json(body, { headers: { ...languageHeaders, "Cache-Control": CACHEABLE } });
}
