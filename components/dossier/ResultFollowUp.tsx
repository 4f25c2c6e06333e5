"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { Link } from "@/lib/i18n/navigation";
import { canKeepDossier, eraseDossier, saveDossier, updateDossier } from "@/lib/client/dossier-store";
import { localIsoDate } from "@/lib/client/local-date";
import { computeDeadline } from "@/lib/universal/deadline/compute-deadline";
import type { TSending } from "@/lib/universal/deadline/schema";
import { newDossier } from "@/lib/universal/follow-up/new-dossier";
import type { Locale } from "@/lib/universal/i18n/locales";
import type { LetterModel } from "@/lib/universal/letter/model";
import { useDraft } from "../questionnaire/use-draft";
import { DeadlineSummary } from "./DeadlineSummary";
import styles from "./Dossier.module.css";
import { SendingForm } from "./SendingForm";
import { useDossier } from "./use-dossier";
import { useFollowUpCatalog } from "./use-follow-up-catalog";

type Sending = Omit<TSending, "reference">;

/**
 * On the result page: the deadline as a date, "I've sent it", the calendar file and the opt-in to keep the
 * objection on this device (then found again on the dossier page). Without the opt-in, nothing is stored.
 * Its dates are written by the page language's follow-up wording, loaded alone (not every language's); the
 * block appears once it has arrived. Nothing here loads the dossier's schema: the dossier made here comes from
 * the questionnaire's own answers.
 */
export function ResultFollowUp({ model }: { model: LetterModel }) {
  const locale = useLocale() as Locale;
  const catalog = useFollowUpCatalog(locale);
  return catalog ? <FollowUp model={model} formatLongDate={catalog.formatLongDate} /> : null;
}

function FollowUp({
  model,
  formatLongDate,
}: {
  model: LetterModel;
  formatLongDate: (isoDate: string) => string;
}) {
  const t = useTranslations("Dossier");
  const id = useId();
  const draft = useDraft();
  const dossier = useDossier();
  const kept = dossier?.reference === model.reference ? dossier : null;
  const [localSending, setLocalSending] = useState<Sending | null>(null);
  const [editing, setEditing] = useState(false);
  const [keepFailed, setKeepFailed] = useState(false);
  const sending = kept ? kept.sending : localSending;

  const deadline = useMemo(
    () =>
      computeDeadline(
        sending
          ? { regime: model.regime, ...sending }
          : { regime: model.regime, sentOn: localIsoDate(), channel: "form" },
      ),
    [model.regime, sending],
  );

  function keep(checked: boolean) {
    setKeepFailed(false);
    if (!checked) {
      eraseDossier();
      return;
    }
    const created = newDossier(draft, model.locale);
    if (!created || !canKeepDossier() || !saveDossier({ ...created, sending: localSending }))
      setKeepFailed(true);
  }

  function record(value: Sending) {
    setLocalSending(value);
    if (kept) updateDossier((d) => ({ ...d, sending: value }));
    setEditing(false);
  }

  return (
    <section aria-labelledby={`${id}-title`} className={styles.section}>
      <h2 id={`${id}-title`}>{t("sent.title")}</h2>
      <DeadlineSummary
        deadline={deadline}
        reference={model.reference}
        preview={!sending}
        formatLongDate={formatLongDate}
      />
      {sending && !editing ? (
        <>
          <p>
            {t("sent.recorded", {
              date: formatLongDate(sending.sentOn),
              channel: t(`channelText.${sending.channel}`),
            })}
          </p>
          <button type="button" className="button button--link" onClick={() => setEditing(true)}>
            {t("sent.change")}
          </button>
        </>
      ) : (
        <SendingForm initial={sending} onSave={record} />
      )}
      <div className="choice">
        <input
          type="checkbox"
          id={`${id}-keep`}
          checked={Boolean(kept)}
          onChange={(event) => keep(event.target.checked)}
          aria-describedby={`${id}-keep-hint`}
        />
        <label htmlFor={`${id}-keep`}>{t("keep.label")}</label>
      </div>
      <p className="hint muted" id={`${id}-keep-hint`}>
        {t("keep.hint")}
      </p>
      <div aria-live="polite">
        {keepFailed ? <p className="notice notice--error">{t("keep.failed")}</p> : null}
        {kept ? (
          <p className="notice notice--success">
            {t("keep.kept")} <Link href="/dossier">{t("open")}</Link>
          </p>
        ) : null}
      </div>
    </section>
  );
}
