import { localizeIssues } from "@/lib/i18n/localize-issues";
import { jsonError } from "@/lib/server/http/errors";
import { apiContext } from "@/lib/server/http/route";
import { siteOrigin } from "@/lib/server/site-url";
import { calendarFileName, deadlineCalendar } from "@/lib/universal/deadline/calendar";
import { computeDeadline } from "@/lib/universal/deadline/compute-deadline";
import { deadlineQueryInput, ZDeadlineQuery } from "@/lib/universal/deadline/schema";
import { regimeFor } from "@/lib/universal/rules/regime";

/**
 * GET /api/v1/deadline?country=FR&sentOn=2026-11-30&channel=form[&receivedOn=…][&format=ics][&reference=…]:
 * when LinkedIn must answer, as JSON or as an iCalendar file (public API, version 1).
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const context = apiContext(request);
  const { locale, t } = context;
  const headers = { ...context.headers, "Cache-Control": "no-store" };

  const parsed = ZDeadlineQuery.safeParse(deadlineQueryInput(url.searchParams));
  if (!parsed.success) {
    return jsonError(400, "invalid-input", t("ApiErrors.invalidParameters"), {
      issues: localizeIssues(parsed.error.issues, locale),
      headers,
    });
  }
  const query = parsed.data;
  const regime = regimeFor(query.country);
  if (regime === "none")
    return jsonError(422, "not-eligible", t("ApiErrors.deadlineNotEligible"), { headers });

  const deadline = computeDeadline({
    regime,
    sentOn: query.sentOn,
    channel: query.channel,
    receivedOn: query.receivedOn,
  });

  if (query.format === "ics") {
    const reference = query.reference ?? null;
    const calendar = deadlineCalendar(deadline, {
      locale,
      reference,
      dossierUrl: `${siteOrigin()}/${locale}/dossier`,
    });
    return new Response(calendar, {
      headers: {
        ...headers,
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${calendarFileName(deadline, reference)}"`,
      },
    });
  }

  return Response.json(
    {
      regime: deadline.regime,
      receivedOn: deadline.receivedOn,
      receiptAssumed: deadline.receiptAssumed,
      deadline: deadline.deadline,
      extendedDeadline: deadline.extendedDeadline,
      ...(deadline.acknowledgementBy ? { acknowledgementBy: deadline.acknowledgementBy } : {}),
      basis: deadline.basis,
    },
    { headers },
  );
}
