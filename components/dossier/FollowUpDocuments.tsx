"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { downloadFollowUpPdf } from "./follow-up-files";
import { localIsoDate } from "@/lib/client/local-date";
import { followUpCatalog } from "@/lib/universal/follow-up/catalog";
import type { DossierState, TDossier } from "@/lib/universal/follow-up/dossier";
import { dossierDocument } from "@/lib/universal/follow-up/from-dossier";
import type { FollowUpKind } from "@/lib/universal/follow-up/model";
import { followUpPlainText } from "@/lib/universal/follow-up/plain-text";
import type { Locale } from "@/lib/universal/i18n/locales";
import { CopyBlock } from "../questionnaire/CopyBlock";
import styles from "./Dossier.module.css";

/** Which documents fit where things stand: the reminder and complaint for no answer, the reply to an answer. */
function kindsFor(dossier: TDossier, state: DossierState): FollowUpKind[] {
  if (state.status === "not-sent" || state.status === "done") return [];
  const reply = dossier.answer?.reply;
  if (!reply || reply === "extension") return ["reminder", "complaint"];
  return reply === "compelling-grounds" ? ["complaint", "reply"] : ["reply", "complaint"];
}

/** The documents for the next step, each made in the browser: PDF, short text to paste, whole text. */
export function FollowUpDocuments({ dossier, state }: { dossier: TDossier; state: DossierState }) {
  const t = useTranslations("Dossier.documents");
  const kinds = kindsFor(dossier, state);
  if (kinds.length === 0) return null;
  return (
    <section aria-labelledby="dossier-documents" className={styles.section}>
      <h2 id="dossier-documents">{t("title")}</h2>
      {kinds.map((kind) => (
        <FollowUpDocumentCard key={kind} dossier={dossier} kind={kind} />
      ))}
    </section>
  );
}

function FollowUpDocumentCard({ dossier, kind }: { dossier: TDossier; kind: FollowUpKind }) {
  const t = useTranslations("Dossier.documents");
  const locale = useLocale() as Locale;
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const result = dossierDocument(dossier, kind, localIsoDate());
  const swiss = result.ok && result.model.regime === "ch-fadp";
  const title = t(kind === "complaint" && swiss ? "complaint-ch" : kind);
  const headingId = `dossier-${kind}`;

  async function download() {
    if (!result.ok) return;
    setState("busy");
    try {
      await downloadFollowUpPdf(result.model);
      setState("idle");
    } catch {
      setState("failed");
    }
  }

  return (
    <article className={styles.document} aria-labelledby={headingId} data-kind={kind}>
      <h3 id={headingId}>{title}</h3>
      {!result.ok ? (
        <p>
          {result.problem === "too-early"
            ? t("tooEarly", { date: followUpCatalog(locale).formatLongDate(result.availableFrom) })
            : t("notSent")}
        </p>
      ) : (
        <>
          <p>{t("addressee", { name: result.model.addressee.name })}</p>
          {kind === "complaint" && result.model.addressee.url ? (
            <p>
              <a href={result.model.addressee.url} target="_blank" rel="noopener noreferrer">
                {t("complaintLink")}
              </a>
            </p>
          ) : null}
          {kind === "complaint" ? <p>{t("evidence")}</p> : null}
          <div className="button-row">
            <button type="button" className="button" onClick={download} disabled={state === "busy"}>
              {state === "busy" ? t("making") : t("pdf")}
            </button>
          </div>
          <div aria-live="polite">
            {state === "failed" ? <p className="notice notice--error">{t("failed")}</p> : null}
          </div>
          <CopyBlock label={t("short")} text={result.model.short} rows={6} lang={result.model.locale} />
          <details className={styles.full}>
            <summary>{t("full")}</summary>
            <pre lang={result.model.locale}>{followUpPlainText(result.model)}</pre>
          </details>
        </>
      )}
    </article>
  );
}
