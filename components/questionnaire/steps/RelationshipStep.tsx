"use client";

import { useTranslations } from "next-intl";
import { updateDraft } from "@/lib/client/draft-store";
import { ACCOUNT_TYPES } from "@/lib/universal/rules/types";
import { ChoiceGroup } from "../fields/ChoiceGroup";
import { StepLayout } from "../StepLayout";
import { useDraft } from "../use-draft";

/** The person's relationship to LinkedIn: its account types, each explained. */
export function RelationshipStep() {
  const t = useTranslations("Questionnaire.relationship");
  const draft = useDraft();
  return (
    <StepLayout step="relationship" intro={<p>{t("intro")}</p>}>
      <ChoiceGroup
        field="account"
        legend={t("legend")}
        legendHidden
        choices={ACCOUNT_TYPES.map((account) => ({
          value: account,
          label: t(`accounts.${account}.label`),
          description: t(`accounts.${account}.description`),
        }))}
        selected={draft.account ? [draft.account] : []}
        onChange={([account]) => updateDraft({ account: account ?? null })}
      />
    </StepLayout>
  );
}
