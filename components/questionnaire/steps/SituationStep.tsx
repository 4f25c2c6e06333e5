"use client";

import { useTranslations } from "next-intl";
import { updateDraft } from "@/lib/client/draft-store";
import { SITUATION_TEXT_MAX } from "@/lib/universal/schemas/letter-limits";
import { SITUATIONS } from "@/lib/universal/rules/types";
import { flowOutcomeOf } from "@/lib/universal/questionnaire/flow-outcome";
import { verdictFor } from "@/lib/universal/questionnaire/verdict";
import { ChoiceGroup } from "../fields/ChoiceGroup";
import { TextField } from "../fields/TextField";
import { StepLayout } from "../StepLayout";
import { useDraft } from "../use-draft";
import common from "../common.module.css";
import { VerdictNotice } from "./VerdictStep";

/**
 * The person's particular situation: GDPR Art. 21(1) grants the objection "on grounds relating to his or her
 * particular situation", so reasons make the letter stronger (all optional).
 */
export function SituationStep() {
  const t = useTranslations("Questionnaire.situation");
  const draft = useDraft();
  const used = draft.situationText.length;
  // A plain "yes" has no verdict screen: it is said here, in one box, with the legal basis folded.
  const verdict = flowOutcomeOf(draft) === "yes" ? verdictFor(draft) : null;
  return (
    <StepLayout
      step="situation"
      intro={
        <>
          {verdict && draft.country ? (
            <VerdictNotice verdict={verdict} country={draft.country} compact />
          ) : null}
          <p className="notice">{t("intro")}</p>
        </>
      }
    >
      <ChoiceGroup
        field="situations"
        legend={t("legend")}
        hint={t("hint")}
        multiple
        choices={SITUATIONS.map((situation) => ({
          value: situation,
          label: t(`situations.${situation}.label`),
          description: t(`situations.${situation}.description`),
        }))}
        selected={draft.situations}
        onChange={(situations) => updateDraft({ situations })}
      />
      <TextField
        field="situationText"
        label={t("ownWords")}
        hint={t("ownWordsHint")}
        multiline
        value={draft.situationText}
        onChange={(situationText) => updateDraft({ situationText })}
        footer={<span className={common.counter}>{t("counter", { used, max: SITUATION_TEXT_MAX })}</span>}
      />
    </StepLayout>
  );
}
