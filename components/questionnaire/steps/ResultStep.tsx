"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { authorityName } from "@/lib/universal/data/authority-name";
import type { Locale } from "@/lib/universal/i18n/locales";
import { toShortText } from "@/lib/universal/letter/plain-text";
import { AuthorityNotes } from "../AuthorityNotes";
import { CopyBlock } from "../CopyBlock";
import { ExternalLink } from "../ExternalLink";
import { downloadLetter } from "../letter-actions";
import { ShareBlock } from "../ShareBlock";
import { StepLayout } from "../StepLayout";
import { useDraft } from "../use-draft";
import { useLetter } from "../use-letter";
import styles from "./ResultStep.module.css";

/**
 * After the PDF: download again, the short text for LinkedIn's form, the form and the setting with
 * step-by-step instructions, sending by post, proof to keep, what happens next, and sharing the tool.
 */
export function ResultStep() {
  const t = useTranslations("Questionnaire.result");
  const locale = useLocale() as Locale;
  const draft = useDraft();
  const { model, verdict } = useLetter();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  if (!model || !verdict)
    return (
      <StepLayout step="result" final>
        {null}
      </StepLayout>
    );

  const newTab = t("newTab");
  const postal = verdict.controller
    ? [
        // LinkedIn's UK block does not repeat the company name (see data/controllers.ts): print it first.
        ...(verdict.controller.dpoPostalBlock.includes(verdict.controller.name)
          ? []
          : [verdict.controller.name]),
        ...verdict.controller.dpoPostalBlock,
      ].join("\n")
    : "";
  const authority = verdict.authority;
  const authorityLabel = authority ? authorityName(authority, locale) : null;
  const showLead = verdict.leadAuthority && authority && authority.country !== verdict.leadAuthority.country;

  async function again() {
    if (!model || !draft.country) return;
    setState("busy");
    try {
      await downloadLetter(model, draft.country);
      setState("idle");
    } catch {
      setState("failed");
    }
  }

  return (
    <StepLayout step="result" final intro={<p className="notice notice--success">{t("intro")}</p>}>
      <div className="button-row">
        <button type="button" className="button" onClick={again} disabled={state === "busy"}>
          {state === "busy" ? t("downloading") : t("downloadAgain")}
        </button>
      </div>
      <div aria-live="polite">
        {state === "failed" ? <p className="notice notice--error">{t("failed")}</p> : null}
      </div>

      <section aria-labelledby="q-result-online" className={styles.section}>
        <h2 id="q-result-online">{t("online.title")}</h2>
        <p>{t("online.body")}</p>
        <ol className={styles.steps}>
          <li>{t("online.step1")}</li>
          <li>{t("online.step2")}</li>
          <li>{t("online.step3")}</li>
          <li>{t("online.step4")}</li>
        </ol>
        <CopyBlock label={t("online.shortLabel")} text={toShortText(model)} rows={8} lang={model.locale} />
        <p>
          <ExternalLink href={verdict.links.objectionForm} newTab={newTab} className="button">
            {t("online.formButton")}
          </ExternalLink>
        </p>
      </section>

      <section aria-labelledby="q-result-setting" className={styles.section}>
        <h2 id="q-result-setting">{t("setting.title")}</h2>
        <p>{t("setting.body")}</p>
        <ol className={styles.steps}>
          <li>{t("setting.step1")}</li>
          <li>{t("setting.step2")}</li>
          <li>{t("setting.step3")}</li>
        </ol>
        <p>
          <ExternalLink href={verdict.links.setting} newTab={newTab} className="button button--secondary">
            {t("setting.button")}
          </ExternalLink>
        </p>
      </section>

      <section aria-labelledby="q-result-post" className={styles.section}>
        <h2 id="q-result-post">{t("post.title")}</h2>
        <p>{t("post.body")}</p>
        <CopyBlock label={t("post.addressLabel")} text={postal} rows={postal.split("\n").length} />
        <p>{verdict.regime === "uk-gdpr" ? t("post.stampUk") : t("post.stamp")}</p>
      </section>

      <section aria-labelledby="q-result-proof" className={styles.section}>
        <h2 id="q-result-proof">{t("proof.title")}</h2>
        <ul className={styles.checklist}>
          <li>{t("proof.copy")}</li>
          <li>{t("proof.sending")}</li>
          <li>{t("proof.form")}</li>
          <li>{t("proof.setting")}</li>
          <li>{t("proof.reference", { reference: model.reference })}</li>
        </ul>
      </section>

      <section aria-labelledby="q-result-next" className={styles.section}>
        <h2 id="q-result-next">{t("next.title")}</h2>
        <p>{t("next.month")}</p>
        {authority && authorityLabel ? (
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
        {verdict.regime === "ch-fadp" ? <p>{t("next.swiss")}</p> : null}
      </section>

      <ShareBlock />
    </StepLayout>
  );
}
