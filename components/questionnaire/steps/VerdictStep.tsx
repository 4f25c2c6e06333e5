"use client";

import { useLocale, useTranslations } from "next-intl";
import { authorityName } from "@/lib/universal/data/authority-name";
import { countryInSentence } from "@/lib/universal/data/country-phrase";
import { LINKEDIN_URLS } from "@/lib/universal/data/linkedin";
import { verdictFor } from "@/lib/universal/questionnaire/verdict";
import type { Verdict } from "@/lib/universal/rules/types";
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
 * The plain answer in one box: "Yes, you can object" and what it means, without article numbers. `compact`
 * keeps the answer and the folded legal basis only (at the top of the next question, for a plain yes).
 */
export function VerdictNotice({
  verdict,
  country,
  compact = false,
}: {
  verdict: Verdict;
  country: string;
  compact?: boolean;
}) {
  const t = useTranslations("Questionnaire.verdict");
  const locale = useLocale();
  const eligible = verdict.status !== "not-eligible";
  const tone = !eligible
    ? "notice--error"
    : verdict.status === "eligible"
      ? "notice--success"
      : "notice--warning";
  return (
    <div className={`notice ${tone}`}>
      <h2 className={common.boxHeading}>{t(`status.${verdict.status}`)}</h2>
      {compact ? (
        <LegalBasis verdict={verdict} />
      ) : (
        <p>
          {verdict.regime === "none"
            ? t("statusBody.outside-scope", { country: countryInSentence(country, locale) })
            : t(`statusBody.${verdict.status}`, { country: countryInSentence(country, locale) })}
        </p>
      )}
    </div>
  );
}

/** The law, the articles, who receives the letter and the authority: folded, for those who want them. */
export function LegalBasis({ verdict }: { verdict: Verdict }) {
  const t = useTranslations("Questionnaire.verdict");
  const regimes = useTranslations("Regimes");
  const locale = useLocale();
  const authorityLabel = verdict.authority ? authorityName(verdict.authority, locale) : null;
  return (
    <details className={common.disclosure}>
      <summary>{t("legalBasis")}</summary>
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
    </details>
  );
}

/**
 * The answer as soon as it is known: whether the person can object and what the caveats mean, the legal basis
 * folded away; when the answer is no, what to do instead. The flow ends here for a "no". A plain "yes" skips
 * this screen (the next screen says it in one box), but the screen stays reachable by its address.
 */
export function VerdictStep() {
  const t = useTranslations("Questionnaire.verdict");
  const draft = useDraft();
  const verdict = verdictFor(draft);
  if (!verdict || !draft.country) return <StepLayout step="verdict">{null}</StepLayout>;

  const eligible = verdict.status !== "not-eligible";
  const isOrganisation = verdict.reasons.some((r) => r.code === "organization-not-data-subject");

  return (
    <StepLayout step="verdict" final={!eligible} continueLabel={t("continue")}>
      <VerdictNotice verdict={verdict} country={draft.country} />

      {verdict.reasons.length > 0 ? (
        <section aria-labelledby="q-verdict-notes">
          <h2 id="q-verdict-notes">{eligible ? t("notesTitle") : t("whyTitle")}</h2>
          <ReasonList reasons={verdict.reasons} />
        </section>
      ) : null}

      {eligible ? <LegalBasis verdict={verdict} /> : null}

      {!eligible ? (
        <section aria-labelledby="q-verdict-instead">
          <h2 id="q-verdict-instead">{t("insteadTitle")}</h2>
          <ul>
            <li>
              {t("insteadSetting")}{" "}
              <a href={LINKEDIN_URLS.setting} target="_blank" rel="noopener noreferrer">
                {t("settingLink")}
                <span className="visually-hidden"> {t("newTab")}</span>
              </a>
            </li>
            {isOrganisation ? <li>{t("insteadIndividual")}</li> : <li>{t("insteadCountry")}</li>}
          </ul>
        </section>
      ) : null}
    </StepLayout>
  );
}
