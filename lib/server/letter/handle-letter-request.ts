import "server-only";
import { localizeIssues } from "@/lib/i18n/localize-issues";
import { translatorFor } from "@/lib/i18n/translator";
import { jsonError } from "@/lib/server/http/errors";
import { renderLetterPdf } from "@/lib/server/pdf/render-letter";
import { negotiateLocale, type Locale } from "@/lib/universal/i18n/locales";
import { buildLetter } from "@/lib/universal/letter/build-letter";
import { letterFileName } from "@/lib/universal/letter/file-name";
import type { LetterModel } from "@/lib/universal/letter/model";
import { toPlainText, toShortText } from "@/lib/universal/letter/plain-text";
import { newLetterReference } from "@/lib/universal/letter/reference-number";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { ZLetterRequest, VALIDATION_KEYS } from "@/lib/universal/schemas/letter-request";
import { readJsonBody } from "./read-json-body";

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
  /** Clock, for tests. */
  now?: () => Date;
}

/**
 * POST /api/v1/letter and /api/v1/letter/text (shared/API.md): parse → validate → assess → build →
 * render. Every outcome is a PDF, a JSON letter or a JSON error; malformed JSON is a 400 `invalid-json`
 * (the body is not JSON at all), well-formed JSON that breaks the schema a 422 `invalid-input`.
 */
export async function handleLetterRequest(
  request: Request,
  options: LetterHandlerOptions,
): Promise<Response> {
  const url = new URL(request.url);
  const locale = negotiateLocale(url.searchParams.get("locale"), request.headers.get("accept-language"));
  const t = translatorFor(locale);
  const headers = { "Content-Language": locale, Vary: "Accept-Language" };

  try {
    const stopped = await options.guard?.(request);
    if (stopped) return stopped;

    const body = await readJsonBody(request);
    if (!body.ok) {
      if (body.problem === "unsupported-media-type") {
        return jsonError(415, "unsupported-media-type", t("LetterApi.unsupportedMediaType"), { headers });
      }
      if (body.problem === "too-large")
        return jsonError(413, "too-large", t("LetterApi.tooLarge"), { headers });
      return jsonError(400, "invalid-json", t("LetterApi.invalidJson"), { headers });
    }

    const parsed = ZLetterRequest.safeParse(body.value);
    if (!parsed.success) {
      return jsonError(422, "invalid-input", t("LetterApi.invalidInput"), {
        issues: localizeIssues(parsed.error.issues, locale),
        headers,
      });
    }
    const answers = parsed.data;

    const verdict = assessEligibility(answers);
    if (verdict.status === "not-eligible") {
      const reasons = verdict.reasons.map(({ code, kind }) => ({
        code,
        kind,
        message: t(`Reasons.${code}.explanation`),
      }));
      return jsonError(422, "not-eligible", t("LetterApi.notEligible"), { headers, extra: { reasons } });
    }

    const today = (options.now?.() ?? new Date()).toISOString().slice(0, 10);
    const model = buildLetter(answers, verdict, {
      today,
      // A reference sent with the body is reused, so that the PDF and the text of one letter agree.
      reference: answers.reference ?? newLetterReference(answers.date ?? today),
    });

    const response =
      options.output === "pdf"
        ? await pdfResponse(model, answers.signature.type === "drawn", locale, headers)
        : textResponse(model, headers);
    if (response.ok)
      await countLetter(options, {
        country: answers.country,
        locale: answers.letterLocale,
        partner: answers.partner ?? null,
      });
    return response;
  } catch {
    // Nothing about the request is logged: it carries personal data.
    return jsonError(500, "render-failed", t("LetterApi.renderFailed"), { headers });
  }
}

async function pdfResponse(
  model: LetterModel,
  drawnSignature: boolean,
  locale: Locale,
  headers: Record<string, string>,
) {
  let pdf: Uint8Array;
  try {
    pdf = await renderLetterPdf(model);
  } catch (error) {
    // A PNG that passed the structural checks can still hold undecodable image data: that is the input's fault.
    if (!drawnSignature) throw error;
    return jsonError(422, "invalid-input", translatorFor(locale)("LetterApi.invalidInput"), {
      issues: localizeIssues(
        [{ path: ["signature", "png"], message: VALIDATION_KEYS.signatureNotPng }],
        locale,
      ),
      headers,
    });
  }
  return new Response(pdf as BodyInit, {
    status: 200,
    headers: {
      ...headers,
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
