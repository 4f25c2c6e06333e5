"use client";

import { useTranslations } from "next-intl";
import { updateDraft } from "@/lib/client/draft-store";
import { ChoiceGroup } from "../fields/ChoiceGroup";
import { errorId, hintId, useFieldIssue } from "../issues-context";
import { SignatureCanvas } from "../SignatureCanvas";
import { StepLayout } from "../StepLayout";
import { useDraft } from "../use-draft";
import { useIssueText } from "../use-issue-text";
import styles from "./SignatureStep.module.css";

/** The signature: drawn with mouse, finger or stylus, or the name typed (the keyboard-only way). */
export function SignatureStep() {
  const t = useTranslations("Questionnaire.signature");
  const draft = useDraft();
  const under16 = draft.age === "under-16";
  const name = `${draft.firstName} ${draft.lastName}`.trim();
  const guardian = `${draft.guardianFirstName} ${draft.guardianLastName}`.trim();
  return (
    <StepLayout step="signature" intro={<p>{under16 ? t("introGuardian") : t("intro")}</p>}>
      <ChoiceGroup
        field="signature"
        legend={t("mode")}
        choices={[
          { value: "drawn", label: t("drawn"), description: t("drawnDescription") },
          { value: "typed", label: t("typed"), description: t("typedDescription") },
        ]}
        selected={[draft.signatureMode]}
        onChange={([mode]) => updateDraft({ signatureMode: mode === "typed" ? "typed" : "drawn" })}
      />
      {draft.signatureMode === "drawn" ? (
        <DrawnSignature png={draft.signaturePng} />
      ) : (
        <div className={styles.typed}>
          <p className="hint">{t("typedPreviewLabel")}</p>
          <p className={styles.typedName}>{name || t("typedNoName")}</p>
          {under16 && guardian ? <p className={styles.typedName}>{guardian}</p> : null}
        </div>
      )}
    </StepLayout>
  );
}

function DrawnSignature({ png }: { png: string }) {
  const t = useTranslations("Questionnaire.signature");
  const issue = useFieldIssue("signature");
  const issueText = useIssueText();
  return (
    <div className={`field${issue ? " field--error" : ""}`}>
      <p className="hint" id={hintId("signature")}>
        {t("drawHint")}
      </p>
      {/* The radio group above shows the same error; repeated here because it is where the fix happens. */}
      {issue ? (
        <p className="field-error" id={errorId("signature") + "-pad"}>
          {issueText(issue)}
        </p>
      ) : null}
      <SignatureCanvas
        png={png}
        invalid={Boolean(issue)}
        describedBy={[hintId("signature"), issue ? `${errorId("signature")}-pad` : null]
          .filter(Boolean)
          .join(" ")}
        onChange={(signaturePng) => updateDraft({ signaturePng })}
      />
    </div>
  );
}
