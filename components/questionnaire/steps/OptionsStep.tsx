"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { getDraft, updateDraft } from "@/lib/client/draft-store";
import { localIsoDate } from "@/lib/client/local-date";
import { LOCALES, type Locale } from "@/lib/universal/i18n/locales";
import { EARLIEST_LETTER_DATE } from "@/lib/universal/schemas/letter-limits";
import { ChoiceGroup } from "../fields/ChoiceGroup";
import { TextField } from "../fields/TextField";
import { StepLayout } from "../StepLayout";
import { useDraft } from "../use-draft";

const LANGUAGE_NAMES: Record<Locale, string> = {
  fr: "Français",
  en: "English",
  de: "Deutsch",
  it: "Italiano",
};

/** Letter options: its language (the page's by default), the place and the date written on it. */
export function OptionsStep() {
  const t = useTranslations("Questionnaire.options");
  const pageLocale = useLocale();
  const draft = useDraft();

  useEffect(() => {
    // Defaults are written once, so the person sees them and can change them: today, and their city.
    const current = getDraft();
    const patch: { date?: string; place?: string } = {};
    if (!current.date) patch.date = localIsoDate();
    if (!current.place && current.city.trim()) patch.place = current.city.trim();
    if (Object.keys(patch).length > 0) updateDraft(patch);
  }, []);

  return (
    <StepLayout step="options" intro={<p>{t("intro")}</p>}>
      <ChoiceGroup
        field="letterLocale"
        legend={t("language")}
        hint={t("languageHint")}
        choices={LOCALES.map((locale) => ({
          value: locale,
          label: <span lang={locale}>{LANGUAGE_NAMES[locale]}</span>,
        }))}
        selected={[draft.letterLocale ?? pageLocale]}
        onChange={([letterLocale]) => updateDraft({ letterLocale: letterLocale ?? null })}
      />
      <TextField
        field="place"
        label={t("place")}
        hint={t("placeHint")}
        autoComplete="address-level2"
        value={draft.place}
        onChange={(place) => updateDraft({ place })}
      />
      <TextField
        field="date"
        type="date"
        label={t("date")}
        hint={t("dateHint")}
        min={EARLIEST_LETTER_DATE}
        value={draft.date}
        onChange={(date) => updateDraft({ date })}
      />
    </StepLayout>
  );
}
