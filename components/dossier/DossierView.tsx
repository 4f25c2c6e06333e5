"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/lib/i18n/navigation";
import { canKeepDossier, updateDossier } from "@/lib/client/dossier-store";
import { localIsoDate } from "@/lib/client/local-date";
import { followUpCatalog } from "@/lib/universal/follow-up/catalog";
import { dossierState, type TDossier } from "@/lib/universal/follow-up/dossier";
import type { Locale } from "@/lib/universal/i18n/locales";
import { useHydrated } from "../questionnaire/use-draft";
import { AnswerForm } from "./AnswerForm";
import { DeadlineSummary } from "./DeadlineSummary";
import styles from "./Dossier.module.css";
import { DossierFile } from "./DossierFile";
import { FollowUpDocuments } from "./FollowUpDocuments";
import { SendingForm } from "./SendingForm";
import { useDossier } from "./use-dossier";

/** The dossier page: where things stand, the next step, LinkedIn's answer, the documents, the file. */
export function DossierView() {
  const t = useTranslations("Dossier");
  const hydrated = useHydrated();
  const dossier = useDossier();
  if (!hydrated) return <p aria-busy="true">{t("loading")}</p>;
  return (
    <>
      {canKeepDossier() ? null : <p className="notice notice--warning">{t("storageBlocked")}</p>}
      {dossier ? (
        <DossierContent dossier={dossier} />
      ) : (
        <section aria-labelledby="dossier-empty" className={styles.section}>
          <h2 id="dossier-empty">{t("empty.title")}</h2>
          <p>{t("empty.body")}</p>
          <p>
            <Link href="/questionnaire" className="button">
              {t("empty.start")}
            </Link>
          </p>
        </section>
      )}
      <DossierFile dossier={dossier} />
    </>
  );
}

function DossierContent({ dossier }: { dossier: TDossier }) {
  const t = useTranslations("Dossier");
  const locale = useLocale() as Locale;
  const long = followUpCatalog(locale).formatLongDate;
  const [editing, setEditing] = useState(false);
  const state = dossierState(dossier, localIsoDate());
  const answer = dossier.answer;

  const statusText = {
    "not-sent": () => t("status.not-sent"),
    waiting: () => t("status.waiting", { date: long(state.waitingUntil ?? "") }),
    overdue: () => t("status.overdue", { date: long(state.waitingUntil ?? "") }),
    answered: () =>
      t("status.answered", {
        date: long(answer?.replyOn ?? ""),
        answer: t(`answer.${answer?.reply ?? "none"}`),
      }),
    done: () => t("status.done", { date: long(answer?.replyOn ?? "") }),
  }[state.status]();

  return (
    <>
      <section aria-labelledby="dossier-status" className={styles.section}>
        <h2 id="dossier-status">{t("status.title")}</h2>
        <p>
          <strong data-testid="dossier-reference">{dossier.reference}</strong>
        </p>
        <p className="notice" data-status={state.status} data-testid="dossier-status">
          {statusText}
        </p>
        <h3>{t("next.title")}</h3>
        <p>{t(`next.${state.next}`, { date: long(state.waitingUntil ?? localIsoDate()) })}</p>
        {state.deadline ? (
          <DeadlineSummary deadline={state.deadline} reference={dossier.reference} formatLongDate={long} />
        ) : null}
      </section>

      <section aria-labelledby="dossier-sent" className={styles.section}>
        <h2 id="dossier-sent">{t("sent.title")}</h2>
        {dossier.sending && !editing ? (
          <>
            <p>
              {t("sent.recorded", {
                date: long(dossier.sending.sentOn),
                channel: t(`channelText.${dossier.sending.channel}`),
              })}
            </p>
            <button type="button" className="button button--link" onClick={() => setEditing(true)}>
              {t("sent.change")}
            </button>
          </>
        ) : (
          <SendingForm
            initial={dossier.sending}
            onSave={(sending) => {
              updateDossier((d) => ({ ...d, sending }));
              setEditing(false);
            }}
          />
        )}
      </section>

      {dossier.sending ? (
        <section className={styles.section}>
          <AnswerForm key={`${dossier.answer?.reply}-${dossier.answer?.replyOn}`} dossier={dossier} />
        </section>
      ) : null}

      <FollowUpDocuments dossier={dossier} state={state} />
    </>
  );
}
