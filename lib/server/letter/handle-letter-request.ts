import "server-only";
import { jsonError } from "@/lib/server/http/errors";
import { apiContext, busy, invalidInput, readJson, type ApiContext } from "@/lib/server/http/route";
import { overloadRetryAfter } from "@/lib/server/pdf/worker-pool";
import { canonicalSignature } from "@/lib/server/png/signature";
import type { Locale } from "@/lib/universal/i18n/locales";
import { buildLetter } from "@/lib/universal/letter/build-letter";
import { letterFileName } from "@/lib/universal/letter/file-name";
import type { LetterModel } from "@/lib/universal/letter/model";
import { toPlainText, toShortText } from "@/lib/universal/letter/plain-text";
import { newLetterReference } from "@/lib/universal/letter/reference-number";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { ZLetterRequest } from "@/lib/universal/schemas/letter-request";
import { LETTER_BODY_MAX_BYTES } from "./read-json-body";

/** What the letter counter receives: no personal data, only what the public statistics show. */
export interface LetterEvent {
  country: string;
  /** Language of the letter. */
  locale: Locale;
  partner: string | null;
}

export interface LetterHandlerOptions {
  output: "pdf" | "text";
  /**
   * Runs first, before the body is read: return a Response to stop (rate limiting answers 429 with
   * Retry-After here), or null to go on.
   */
  guard?: (request: Request) => Response | null | Promise<Response | null>;
  /** Called after a letter was produced; a failure here never fails the letter. */
  onLetter?: (event: LetterEvent) => void | Promise<void>;
  /**
   * Renders the letter to PDF bytes (required for `output: "pdf"`): the route passes the worker pool's
   * entry point. It may throw `PdfBusyError` or `PdfTimeoutError` (answered 503 `busy`).
   */
  renderPdf?: (model: LetterModel) => Promise<Uint8Array>;
  /**
   * Checked after the guard, before the body is read: `Retry-After` seconds when the renderer could not
   * take another PDF now (answered 503 `busy` at once, without parsing a body for nothing), else null.
   */
  overloaded?: () => number | null;
  /** Clock, for tests. */
  now?: () => Date;
}

/**
 * POST /api/v1/letter and /api/v1/letter/text: parse → validate → assess → build →
 * render. Every outcome is a PDF, a JSON letter or a JSON error; malformed JSON is a 400 `invalid-json`
 * (the body is not JSON at all), well-formed JSON that breaks the schema a 422 `invalid-input`.
 */
export async function handleLetterRequest(
  request: Request,
  options: LetterHandlerOptions,
): Promise<Response> {
  const context = apiContext(request);
  const { t, headers } = context;

  try {
    const stopped = await options.guard?.(request);
    if (stopped) return stopped;
    const retryAfter = options.overloaded?.() ?? null;
    if (retryAfter !== null) return busy(context, retryAfter);

    const body = await readJson(request, context, LETTER_BODY_MAX_BYTES);
    if (!body.ok) return body.response;

    const parsed = ZLetterRequest.safeParse(body.value);
    if (!parsed.success) return invalidInput(context, parsed.error.issues, "invalidAnswers");
    let answers = parsed.data;
    if (answers.signature.type === "drawn") {
      // Decoded fully and re-encoded before any renderer sees it (lib/universal/png/signature-png.ts).
      const signature = await canonicalSignature(answers.signature.png);
      if (!signature.ok) {
        return invalidInput(
          context,
          [{ path: ["signature", "png"], message: signature.key }],
          "invalidAnswers",
        );
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
      return jsonError(422, "not-eligible", t("ApiErrors.notEligible"), { headers, extra: { reasons } });
    }

    const today = (options.now?.() ?? new Date()).toISOString().slice(0, 10);
    const model = buildLetter(answers, verdict, {
      today,
      // A reference sent with the body is reused, so that the PDF and the text of one letter agree.
      reference: answers.reference ?? newLetterReference(answers.date ?? today),
    });

    const response =
      options.output === "pdf" ? await pdfResponse(model, options, context) : textResponse(model, headers);
    if (response.ok)
      await countLetter(options, {
        country: answers.country,
        locale: answers.letterLocale,
        partner: answers.partner ?? null,
      });
    return response;
  } catch {
    // Nothing about the request is logged: it carries personal data.
    return jsonError(500, "render-failed", t("ApiErrors.renderFailed"), { headers });
  }
}

async function pdfResponse(model: LetterModel, options: LetterHandlerOptions, context: ApiContext) {
  if (!options.renderPdf) throw new Error("handleLetterRequest: output pdf needs renderPdf");
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
      "Content-Disposition": `attachment; filename="${letterFileName(model)}"`,
      "Content-Length": String(pdf.byteLength),
      "Cache-Control": "no-store",
      "X-Letter-Reference": model.reference,
    },
  });
}

function textResponse(model: LetterModel, headers: Record<string, string>) {
  return Response.json(
    {
      subject: model.subject,
      body: toPlainText(model),
      short: toShortText(model),
      reference: model.reference,
    },
    { headers: { ...headers, "Cache-Control": "no-store" } },
  );
}

async function countLetter(options: LetterHandlerOptions, event: LetterEvent): Promise<void> {
  try {
    await options.onLetter?.(event);
  } catch {
    // Counting is best effort: the person already has their letter.
  }
}
