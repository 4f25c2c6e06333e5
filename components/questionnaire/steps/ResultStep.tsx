"use client";

import { useLocale, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import type { PdfStage } from "@/components/pdf/browser";
import { authorityName } from "@/lib/universal/data/authority-name";
import { toLocale, type Locale } from "@/lib/universal/i18n/locales";
import { AuthorityNotes } from "../AuthorityNotes";
import { CopyBlock } from "../CopyBlock";
import { DraftReveal } from "../DraftReveal";
import gate from "../DraftGate.module.css";
import { ExternalLink } from "../ExternalLink";
import { downloadLetter } from "../letter-actions";
import { ShareBlock } from "../ShareBlock";
import { StepLayout } from "../StepLayout";
import { useDraft } from "../use-draft";
import { useLetter } from "../use-letter";
import styles from "./ResultStep.module.css";

/**
 * The follow-up (deadline, "I've sent it", keeping the objection on this device) sits below the three actions,
 * out of the first screen: it and the follow-up letters' catalogue it brings (about 17 KiB) load after the
 * page has been drawn, instead of with it.
 */
const ResultFollowUp = dynamic(
  () => import("@/components/dossier/ResultFollowUp").then((m) => m.ResultFollowUp),
  { ssr: false },
);

/**
 * The FDPIC's site in the page's language. Its language roots exist for both; the French address of its
 * report page could not be checked, so French readers get the French home page rather than an English page.
 */
const FDPIC_SITE: Record<Locale, string> = {
  fr: "https://www.edoeb.admin.ch/fr",
  en: "https://www.edoeb.admin.ch/en",
  de: "https://www.edoeb.admin.ch/de",
  it: "https://www.edoeb.admin.ch/it",
};

/**
 * After the PDF, in the order that gets the objection sent: 1) LinkedIn's form with the short text, 2) the
 * setting, 3) the letter itself (download again, print and post, to the address printed on the letter); then
 * proof to keep and what happens next.
 */
export function ResultStep() {
  const t = useTranslations("Questionnaire.result");
  const locale = toLocale(useLocale());
  const draft = useDraft();
  const { ready, model, verdict, shortText, fileName } = useLetter();
  const [state, setState] = useState<"idle" | PdfStage | "failed">("idle");
  // The introduction is drawn with the page, before the answers are read (DraftGate): it says the same for every
  // letter.
  const intro = (
    <p className={`notice notice--success ${gate.early}`} id="q-result-saved">
      {t("intro")}
    </p>
  );
  if (!model || !verdict)
    return (
      <StepLayout step="result" final intro={ready ? undefined : intro}>
        <DraftReveal ready={ready} />
      </StepLayout>
    );

  const newTab = t("newTab");
  // The postal block as the letter prints it: its recipient, with "c/o" for the "℅" sign, as in the PDF (the sign
  // reads as "%" on an envelope).
  const postal = [model.recipient.name, ...model.recipient.lines].join("\n").replace(/\u2105/g, "c/o");
  const authority = verdict.authority;
  const authorityLabel = authority ? authorityName(authority, locale) : null;
  const swiss = verdict.regime === "ch-fadp";
  const showLead =
    !swiss && verdict.leadAuthority && authority && authority.country !== verdict.leadAuthority.country;
  const busy = state === "loading" || state === "rendering";

  async function again() {
    if (!model || !draft.country) return;
    try {
      await downloadLetter(model, fileName, draft.country, setState);
      setState("idle");
    } catch {
      setState("failed");
    }
  }

  return (
    <StepLayout step="result" final intro={intro}>
      <section aria-labelledby="q-result-online" className={styles.section}>
        <h2 id="q-result-online" className={styles.actionTitle}>
          {t("online.title")}
        </h2>
        <CopyBlock label={t("online.shortLabel")} text={shortText} rows={3} lang={model.locale} />
        <p className={styles.action}>
          <ExternalLink href={verdict.links.objectionForm} newTab={newTab} className="button">
            {t("online.formButton")}
          </ExternalLink>
        </p>
        <details className={styles.howTo}>
          <summary>{t("howTo")}</summary>
          <p>{t("online.body")}</p>
          <ol>
            <li>{t("online.step1")}</li>
            <li>{t("online.step2")}</li>
            <li>{t("online.step3")}</li>
            <li>{t("online.step4")}</li>
          </ol>
        </details>
      </section>

      <section aria-labelledby="q-result-setting" className={styles.section}>
        <h2 id="q-result-setting" className={styles.actionTitle}>
          {t("setting.title")}
        </h2>
        <p className={styles.action}>
          <ExternalLink href={verdict.links.setting} newTab={newTab} className="button">
            {t("setting.button")}
          </ExternalLink>
        </p>
        <details className={styles.howTo}>
          <summary>{t("howTo")}</summary>
          <p>{t("setting.body")}</p>
          <ol>
            <li>{t("setting.step1")}</li>
            <li>{t("setting.step2")}</li>
            <li>{t("setting.step3")}</li>
          </ol>
        </details>
      </section>

      <section aria-labelledby="q-result-post" className={styles.section}>
        <h2 id="q-result-post" className={styles.actionTitle}>
          {t("post.title")}
        </h2>
        <p>{t("post.body")}</p>
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={again} disabled={busy}>
            {busy ? t(`stage.${state}`) : t("downloadAgain")}
          </button>
        </div>
        <div aria-live="polite">
          {state === "failed" ? <p className="notice notice--error">{t("failed")}</p> : null}
        </div>
        <CopyBlock label={t("post.addressLabel")} text={postal} rows={postal.split("\n").length} />
        <p>{verdict.regime === "uk-gdpr" ? t("post.stampUk") : t("post.stamp")}</p>
      </section>

      <ResultFollowUp model={model} />

      <section aria-labelledby="q-result-proof" className={styles.section}>
        <h2 id="q-result-proof" className={styles.actionTitle}>
          {t("proof.title")}
        </h2>
        <ul>
          <li>{t("proof.copy")}</li>
          <li>{t("proof.sending")}</li>
          <li>{t("proof.form")}</li>
          <li>{t("proof.setting")}</li>
          <li>{t("proof.reference", { reference: model.reference })}</li>
        </ul>
      </section>

      <section aria-labelledby="q-result-next" className={styles.section}>
        <h2 id="q-result-next" className={styles.actionTitle}>
          {t("next.title")}
        </h2>
        <p>{t("next.month")}</p>
        {swiss ? (
          <p>
            {t("next.swiss")}{" "}
            <ExternalLink href={FDPIC_SITE[locale]} newTab={newTab}>
              {t("next.swissLink")}
            </ExternalLink>
          </p>
        ) : authority && authorityLabel ? (
          <p>
            {t("next.authority", { authority: authorityLabel })}{" "}
            <ExternalLink href={authority.complaintUrl} newTab={newTab}>
              {t("next.complaintLink")}
            </ExternalLink>
          </p>
        ) : null}
        {authority ? <AuthorityNotes authority={authority} /> : null}
        {showLead && verdict.leadAuthority ? (
          <p>
            {t("next.lead", {
              lead: authorityName(verdict.leadAuthority, locale),
            })}
          </p>
        ) : null}
      </section>

      <ShareBlock />
      <DraftReveal ready={ready} />
    </StepLayout>
  );
}
