import { renderPdfBlob } from "@/components/pdf/browser";
import { saveFile } from "@/lib/client/save-file";
import { withCanonicalSignatures } from "@/lib/client/signature-png";
import type { Deadline } from "@/lib/universal/deadline/compute-deadline";
import type { FollowUpModel } from "@/lib/universal/follow-up/model";
import { followUpFileName } from "@/lib/universal/follow-up/plain-text";
import type { Locale } from "@/lib/universal/i18n/locales";

/**
 * Files the dossier makes in the browser, so nothing personal leaves the device: the follow-up PDF (react-pdf
 * and the letter's fonts loaded only now, signatures checked as for the letter) and the calendar file (the ics library loaded only now).
 */
export async function downloadFollowUpPdf(model: FollowUpModel): Promise<void> {
  const blob = await renderPdfBlob("followUp", await withCanonicalSignatures(model));
  saveFile(blob, followUpFileName(model));
}

export async function downloadDeadlineCalendar(
  deadline: Deadline,
  locale: Locale,
  reference: string | null,
): Promise<void> {
  const { calendarFileName, deadlineCalendar } = await import("@/lib/universal/deadline/calendar");
  const text = deadlineCalendar(deadline, {
    locale,
    reference,
    dossierUrl: new URL(`/${locale}/dossier`, window.location.origin).href,
  });
  saveFile(new Blob([text], { type: "text/calendar;charset=utf-8" }), calendarFileName(deadline, reference));
}
