import "server-only";
import { jsonError } from "@/lib/server/http/errors";
import { apiContext, invalidInput, readJson } from "@/lib/server/http/route";
import { admitDocumentRequest, pdfAttachment, type DocumentHandlerOptions } from "@/lib/server/pdf/pdf-route";
import { withCanonicalSignature } from "@/lib/server/png/signature";
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

export interface LetterHandlerOptions extends DocumentHandlerOptions<LetterModel> {
  /** Called after a letter was produced; a failure here never fails the letter. */
  onLetter?: (event: LetterEvent) => void | Promise<void>;
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
    const stopped = await admitDocumentRequest(request, context, options);
    if (stopped) return stopped;

    const body = await readJson(request, context, LETTER_BODY_MAX_BYTES);
    if (!body.ok) return body.response;

    const parsed = ZLetterRequest.safeParse(body.value);
    if (!parsed.success) return invalidInput(context, parsed.error.issues, "invalidAnswers");
    const checked = await withCanonicalSignature(parsed.data);
    if (!checked.ok) {
      return invalidInput(context, [{ path: ["signature", "png"], message: checked.key }], "invalidAnswers");
    }
    const answers = checked.answers;

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
      options.output === "pdf"
        ? await pdfAttachment(model, options, context, {
            name: letterFileName(model),
            headers: { "X-Letter-Reference": model.reference },
          })
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
    return jsonError(500, "render-failed", t("ApiErrors.renderFailed"), { headers });
  }
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
