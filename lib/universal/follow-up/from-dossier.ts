import { toLetterRequestInput } from "@/lib/universal/questionnaire/answers";
import { verdictFor } from "@/lib/universal/questionnaire/verdict";
import { buildFollowUp, followUpAvailableFrom, originalDeadline } from "./build-follow-up";
import { dossierDraft, type TDossier } from "./dossier";
import type { FollowUpKind, FollowUpModel, ReplyCase } from "./model";
import { ZFollowUpRequest, type TFollowUpRequestInput } from "./schema";

export type DossierDocument =
  | { ok: true; model: FollowUpModel }
  | { ok: false; problem: "too-early"; availableFrom: string }
  | { ok: false; problem: "invalid" };

/** The follow-up request a dossier describes, as `POST /api/v1/follow-up` would receive it. */
export function followUpInputOf(
  dossier: TDossier,
  kind: FollowUpKind,
  today: string,
): TFollowUpRequestInput | null {
  if (!dossier.sending) return null;
  const draft = dossierDraft(dossier);
  const reply: ReplyCase =
    dossier.answer && dossier.answer.reply !== "confirmed" ? dossier.answer.reply : "none";
  const letter = toLetterRequestInput(draft, dossier.letterLocale);
  return {
    ...letter,
    // The follow-up is dated today; the letter's own date stays in `original`.
    date: today,
    kind,
    reply: kind === "reminder" && reply !== "extension" ? "none" : reply,
    original: { reference: dossier.reference, ...dossier.sending },
    replyOn: reply === "none" ? undefined : dossier.answer?.replyOn,
  };
}

/**
 * The document the dossier asks for, built in the browser with the same schema and model as the API, or why
 * not yet: before the deadline a reminder (or a complaint for no answer) is too early.
 */
export function dossierDocument(dossier: TDossier, kind: FollowUpKind, today: string): DossierDocument {
  const input = followUpInputOf(dossier, kind, today);
  if (!input) return { ok: false, problem: "invalid" };
  const parsed = ZFollowUpRequest.safeParse(input);
  const verdict = verdictFor(dossierDraft(dossier));
  if (!parsed.success || !verdict || verdict.status === "not-eligible")
    return { ok: false, problem: "invalid" };
  const availableFrom = followUpAvailableFrom(parsed.data, originalDeadline(parsed.data, verdict));
  if (availableFrom && availableFrom > today) return { ok: false, problem: "too-early", availableFrom };
  return { ok: true, model: buildFollowUp(parsed.data, verdict, { today }) };
}
