import "server-only";
import { jsonError } from "@/lib/server/http/errors";
import { apiContext, busy, invalidInput, readJson, type ApiContext } from "@/lib/server/http/route";
import { overloadRetryAfter } from "@/lib/server/pdf/worker-pool";
import { canonicalSignature } from "@/lib/server/png/signature";
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

export interface FollowUpHandlerOptions {
  output: "pdf" | "text";
  /** Renders the PDF (the server's worker pool, components/pdf/server.ts); required for output "pdf". */
  renderPdf?: (model: FollowUpModel) => Promise<Uint8Array>;
  /** Seconds to wait when the PDF workers are saturated (503 `busy` before the body is read), else null. */
  overloaded?: () => number | null;
  /** Runs before the body is read: a Response stops the request (rate limiting). */
  guard?: (request: Request) => Response | null | Promise<Response | null>;
  /** Clock, for tests. */
  now?: () => Date;
}

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
    const stopped = await options.guard?.(request);
    if (stopped) return stopped;
    const retryAfter = options.output === "pdf" ? (options.overloaded?.() ?? null) : null;
    if (retryAfter !== null) return busy(context, retryAfter);

    const body = await readJson(request, context, LETTER_BODY_MAX_BYTES);
    if (!body.ok) return body.response;

    const parsed = ZFollowUpRequest.safeParse(body.value);
    if (!parsed.success) return invalidInput(context, parsed.error.issues);
    let answers = parsed.data;
    if (answers.signature.type === "drawn") {
      // Decoded fully and re-encoded before any renderer sees it, as for the letter.
      const signature = await canonicalSignature(answers.signature.png);
      if (!signature.ok) {
        return invalidInput(context, [{ path: ["signature", "png"], message: signature.key }]);
      }
      answers = { ...answers, signature: { type: "drawn", png: signature.png } };
    }
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
      ? await pdfResponse(model, options, context)
      : textResponse(model, headers);
  } catch {
    return jsonError(500, "render-failed", t("ApiErrors.documentRenderFailed"), { headers });
  }
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

async function pdfResponse(model: FollowUpModel, options: FollowUpHandlerOptions, context: ApiContext) {
  if (!options.renderPdf) throw new Error("handleFollowUpRequest: output pdf needs renderPdf");
  let pdf: Uint8Array;
  try {
    pdf = await options.renderPdf(model);
  } catch (error) {
    const retryAfter = overloadRetryAfter(error);
    if (retryAfter === null) throw error;
    return busy(context, retryAfter);
  }
  return new Response(pdf as BodyInit, {
    status: 200,
    headers: {
      ...context.headers,
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${followUpFileName(model)}"`,
      "Content-Length": String(pdf.byteLength),
      "Cache-Control": "no-store",
    },
  });
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
