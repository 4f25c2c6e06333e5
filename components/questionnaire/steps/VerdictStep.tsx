"use client";

import { useLocale, useTranslations } from "next-intl";
import { authorityName } from "@/lib/universal/data/authority-name";
import { countryName } from "@/lib/universal/data/country-name";
import type { Locale } from "@/lib/universal/i18n/locales";
import { verdictFor } from "@/lib/universal/questionnaire/verdict";
import { LINKEDIN_URLS } from "@/lib/universal/data/linkedin";
import { ReasonList } from "../ReasonList";
import { StepLayout } from "../StepLayout";
import { useDraft } from "../use-draft";
import common from "../common.module.css";

/** Citations are stored language-neutral ("GDPR Art. 21(1)"); French readers know them as "RGPD art. 21(1)". */
function citation(article: string, locale: string): string {
  if (locale !== "fr") return article;
  return article
    .replace(/^UK GDPR/, "RGPD britannique")
    .replace(/^GDPR/, "RGPD")
    .replace(/^FADP/, "LPD")
    .replace(" Art. ", " art. ");
}

/**
 * The answer as soon as it is known: whether the person can object, under which law, what the caveats mean;
 * and when the answer is no, what to do instead. The flow ends here for a "no".
 */
export function VerdictStep() {
  const t = useTranslations("Questionnaire.verdict");
  const regimes = useTranslations("Regimes");
  const locale = useLocale();
  const draft = useDraft();
  const verdict = verdictFor(draft);
  if (!verdict) return <StepLayout step="verdict">{null}</StepLayout>;

  const eligible = verdict.status !== "not-eligible";
  const country = draft.country ? countryName(draft.country, locale) : "";
  const authorityLabel = verdict.authority ? authorityName(verdict.authority, locale as Locale) : null;
  const isOrganisation = verdict.reasons.some((r) => r.code === "organization-not-data-subject");

  return (
    <StepLayout step="verdict" final={!eligible} continueLabel={t("continue")}>
      <div
        className={`notice ${eligible ? (verdict.status === "eligible" ? "notice--success" : "notice--warning") : "notice--error"}`}
      >
        <h2 className={common.boxHeading}>{t(`status.${verdict.status}`)}</h2>
        <p>{t(`statusBody.${verdict.status}`, { country })}</p>
      </div>

      {eligible ? (
        <section aria-labelledby="q-verdict-law">
          <h2 id="q-verdict-law">{t("lawTitle")}</h2>
          <dl className={common.facts}>
            <dt>{t("law")}</dt>
            <dd>
              {regimes(`${verdict.regime}.law`)} ({regimes(`${verdict.regime}.name`)})
            </dd>
            <dt>{t("articles")}</dt>
            <dd>{verdict.articles.map((article) => citation(article, locale)).join(" · ")}</dd>
            {verdict.controller ? (
              <>
                <dt>{t("controller")}</dt>
                <dd>{verdict.controller.name}</dd>
              </>
            ) : null}
            {authorityLabel ? (
              <>
                <dt>{t("authority")}</dt>
                <dd>{authorityLabel}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      {verdict.reasons.length > 0 ? (
        <section aria-labelledby="q-verdict-notes">
          <h2 id="q-verdict-notes">{eligible ? t("notesTitle") : t("whyTitle")}</h2>
          <ReasonList reasons={verdict.reasons} />
        </section>
      ) : null}

      {!eligible ? (
        <section aria-labelledby="q-verdict-instead">
          <h2 id="q-verdict-instead">{t("insteadTitle")}</h2>
          <ol>
            <li>
              {t("insteadSetting")}{" "}
              <a href={LINKEDIN_URLS.setting} target="_blank" rel="noopener noreferrer">
                {t("settingLink")}
                <span className="visually-hidden"> {t("newTab")}</span>
              </a>
            </li>
            {isOrganisation ? <li>{t("insteadIndividual")}</li> : <li>{t("insteadCountry")}</li>}
          </ol>
        </section>
      ) : null}
    </StepLayout>
  );
}
