import "server-only";
import { jsonError } from "@/lib/server/http/errors";
import { apiContext, invalidInput, readJson } from "@/lib/server/http/route";
import { admitDocumentRequest, pdfAttachment, type DocumentHandlerOptions } from "@/lib/server/pdf/pdf-route";
import { withCanonicalSignature } from "@/lib/server/png/signature";
import { LETTER_BODY_MAX_BYTES } from "@/lib/server/letter/read-json-body";
import {
  buildFollowUp,
  followUpAvailableFrom,
  originalDeadline,
} from "@/lib/universal/follow-up/build-follow-up";
import type { FollowUpModel } from "@/lib/universal/follow-up/model";
import { followUpFileName, followUpPlainText } from "@/lib/universal/follow-up/plain-text";
import { ZFollowUpRequest } from "@/lib/universal/follow-up/schema";
import { letterCatalog } from "@/lib/universal/letter/catalog";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";

export type FollowUpHandlerOptions = DocumentHandlerOptions<FollowUpModel>;

/**
 * POST /api/v1/follow-up and /api/v1/follow-up/text (public API, version 1): parse → validate → assess → check it is
 * not too early → build → render, with the letter routes' body limit, content-type checks and errors. Nothing
 * about the request is logged: it carries personal data.
 */
export async function handleFollowUpRequest(
  request: Request,
  options: FollowUpHandlerOptions,
): Promise<Response> {
  const context = apiContext(request);
  const { t, headers } = context;

  try {
    const stopped = await admitDocumentRequest(request, context, options);
    if (stopped) return stopped;

    const body = await readJson(request, context, LETTER_BODY_MAX_BYTES);
    if (!body.ok) return body.response;

    const parsed = ZFollowUpRequest.safeParse(body.value);
    if (!parsed.success) return invalidInput(context, parsed.error.issues);
    const checked = await withCanonicalSignature(parsed.data);
    if (!checked.ok) {
      return invalidInput(context, [{ path: ["signature", "png"], message: checked.key }]);
    }
    const answers = checked.answers;
    const verdict = assessEligibility(answers);
    if (verdict.status === "not-eligible") {
      const reasons = verdict.reasons.map(({ code, kind }) => ({
        code,
        kind,
        message: t(`Reasons.${code}.explanation`),
      }));
      return jsonError(422, "not-eligible", t("ApiErrors.followUpNotEligible"), {
        headers,
        extra: { reasons },
      });
    }

    const today = (options.now?.() ?? new Date()).toISOString().slice(0, 10);
    const deadline = originalDeadline(answers, verdict);
    const availableFrom = followUpAvailableFrom(answers, deadline);
    // The person's own calendar day may be one ahead of UTC: allow the document from the day before in UTC.
    if (availableFrom && availableFrom > nextDay(today)) {
      const format = letterCatalog(context.locale).formatDate;
      return jsonError(
        422,
        "too-early",
        t("ApiErrors.tooEarly", {
          deadline: format(deadline.deadline),
          availableFrom: format(availableFrom),
        }),
        { headers, extra: { availableFrom, deadline: deadline.deadline } },
      );
    }

    const model = buildFollowUp(answers, verdict, { today });
    return options.output === "pdf"
      ? await pdfAttachment(model, options, context, { name: followUpFileName(model) })
      : textResponse(model, headers);
  } catch {
    return jsonError(500, "render-failed", t("ApiErrors.documentRenderFailed"), { headers });
  }
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function textResponse(model: FollowUpModel, headers: Record<string, string>) {
  return Response.json(
    {
      subject: model.subject,
      body: followUpPlainText(model),
      short: model.short,
      addressee: model.addressee,
      reference: model.reference,
    },
    { headers: { ...headers, "Cache-Control": "no-store" } },
  );
}
