"use client";

import { useTranslations } from "next-intl";
import { updateDraft } from "@/lib/client/draft-store";
import { AGE_BANDS } from "@/lib/universal/rules/types";
import { ChoiceGroup } from "../fields/ChoiceGroup";
import { StepLayout } from "../StepLayout";
import { useDraft } from "../use-draft";

/** Age band and secondary school: LinkedIn treats possible minors differently. */
export function AgeStep() {
  const t = useTranslations("Questionnaire.age");
  const draft = useDraft();
  return (
    <StepLayout step="age" intro={<p>{t("intro")}</p>}>
      <ChoiceGroup
        field="age"
        legend={t("legend")}
        choices={AGE_BANDS.map((band) => ({
          value: band,
          label: t(`bands.${band}.label`),
          description: t(`bands.${band}.description`),
        }))}
        selected={draft.age ? [draft.age] : []}
        onChange={([age]) => updateDraft({ age: age ?? null })}
      />
      <ChoiceGroup
        field="school"
        legend={t("schoolLegend")}
        hint={t("schoolHint")}
        choices={[
          { value: "no", label: t("schoolNo") },
          { value: "yes", label: t("schoolYes") },
        ]}
        selected={[draft.school ? "yes" : "no"]}
        onChange={([answer]) => updateDraft({ school: answer === "yes" })}
      />
    </StepLayout>
  );
}
