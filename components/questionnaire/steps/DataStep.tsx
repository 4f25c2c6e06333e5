"use client";

import { useTranslations } from "next-intl";
import { updateDraft } from "@/lib/client/draft-store";
import { DATA_CATEGORIES } from "@/lib/universal/rules/types";
import { ChoiceGroup } from "../fields/ChoiceGroup";
import { StepLayout } from "../StepLayout";
import { useDraft } from "../use-draft";

/** Which data the objection covers: the categories of LinkedIn's notice, all ticked by default. */
export function DataStep() {
  const t = useTranslations("Questionnaire.data");
  const draft = useDraft();
  return (
    <StepLayout step="data" intro={<p>{t("intro")}</p>}>
      <ChoiceGroup
        field="dataCategories"
        legend={t("legend")}
        hint={t("hint")}
        multiple
        choices={DATA_CATEGORIES.map((category) => ({
          value: category,
          label: t(`categories.${category}.label`),
          description: t(`categories.${category}.description`),
        }))}
        selected={draft.dataCategories}
        onChange={(dataCategories) => updateDraft({ dataCategories })}
      />
    </StepLayout>
  );
}
