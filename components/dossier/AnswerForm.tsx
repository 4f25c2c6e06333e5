"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { updateDossier } from "@/lib/client/dossier-store";
import { localIsoDate } from "@/lib/client/local-date";
import { isIsoDate } from "@/lib/universal/deadline/dates";
import { DOSSIER_ANSWERS, type DossierAnswer, type TDossier } from "@/lib/universal/follow-up/dossier";
import styles from "./Dossier.module.css";

/** "What did LinkedIn answer?": one of the typical answers (or nothing yet) and the date of the answer. */
export function AnswerForm({ dossier }: { dossier: TDossier }) {
  const t = useTranslations("Dossier.answer");
  const tv = useTranslations("Validation");
  const id = useId();
  const [reply, setReply] = useState<DossierAnswer | "none">(dossier.answer?.reply ?? "none");
  const [replyOn, setReplyOn] = useState(dossier.answer?.replyOn ?? localIsoDate());
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (reply !== "none") {
      const sentOn = dossier.sending?.sentOn ?? "";
      if (!isIsoDate(replyOn)) return setError(tv("date.invalid"));
      if (replyOn > localIsoDate()) return setError(tv("date.inFuture"));
      if (replyOn < sentOn) return setError(tv("followUp.replyBeforeSent"));
    }
    setError(null);
    updateDossier((d) => ({ ...d, answer: reply === "none" ? null : { reply, replyOn } }));
    setSaved(true);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("title")}</h2>
      <fieldset className={styles.fieldset}>
        <legend>{t("legend")}</legend>
        {(["none", ...DOSSIER_ANSWERS] as const).map((value) => (
          <div className="choice" key={value}>
            <input
              type="radio"
              id={`${id}-${value}`}
              name={`${id}-reply`}
              value={value}
              checked={reply === value}
              onChange={() => setReply(value)}
            />
            <label htmlFor={`${id}-${value}`}>{t(value)}</label>
          </div>
        ))}
      </fieldset>
      {reply !== "none" ? (
        <div className={`field${error ? " field--error" : ""}`}>
          <label htmlFor={`${id}-on`}>{t("replyOn")}</label>
          <input
            type="date"
            id={`${id}-on`}
            value={replyOn}
            max={localIsoDate()}
            onChange={(event) => setReplyOn(event.target.value)}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error ? (
            <p className="field-error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--secondary">
          {t("save")}
        </button>
      </div>
      <div aria-live="polite">{saved ? <p className="notice notice--success">{t("saved")}</p> : null}</div>
    </form>
  );
}
