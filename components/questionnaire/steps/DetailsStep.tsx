"use client";

import { useTranslations } from "next-intl";
import { updateDraft } from "@/lib/client/draft-store";
import { GERMAN_LAENDER, isGermanLand } from "@/lib/universal/data/german-laender";
import type { QuestionnaireDraft } from "@/lib/universal/questionnaire/draft";
import { SelectField } from "../fields/SelectField";
import { TextField } from "../fields/TextField";
import { StepLayout } from "../StepLayout";
import { useDraft } from "../use-draft";
import common from "../common.module.css";

type TextKey = {
  [K in keyof QuestionnaireDraft]: QuestionnaireDraft[K] extends string ? K : never;
}[keyof QuestionnaireDraft];

/**
 * Who objects: name, account e-mail (for a non-member, an e-mail or postal address to reply to, and pages that
 * mention them), profile address, optional postal address, the Land in Germany, and a parent or guardian for
 * under-16s. Nothing typed here leaves the browser.
 */
export function DetailsStep() {
  const t = useTranslations("Questionnaire.details");
  const more = useTranslations("LetterDetails");
  const draft = useDraft();
  const member = draft.account !== "non-member";
  const set = (key: TextKey) => (value: string) => updateDraft({ [key]: value });

  return (
    <StepLayout step="details" intro={<p>{t("intro")}</p>}>
      <div className={common.row}>
        <TextField
          field="firstName"
          label={t("firstName")}
          autoComplete="given-name"
          spellCheck={false}
          value={draft.firstName}
          onChange={set("firstName")}
        />
        <TextField
          field="lastName"
          label={t("lastName")}
          autoComplete="family-name"
          spellCheck={false}
          value={draft.lastName}
          onChange={set("lastName")}
        />
      </div>
      {member ? (
        <>
          <TextField
            field="email"
            type="email"
            inputMode="email"
            label={t("email")}
            hint={t("emailHint")}
            autoComplete="email"
            spellCheck={false}
            value={draft.email}
            onChange={set("email")}
          />
          <TextField
            field="profileUrl"
            type="url"
            inputMode="url"
            label={t("profileUrl")}
            hint={t("profileUrlHint")}
            autoComplete="url"
            spellCheck={false}
            value={draft.profileUrl}
            onChange={set("profileUrl")}
          />
        </>
      ) : (
        <>
          <p className="notice">{t("nonMemberNote")}</p>
          <TextField
            field="email"
            type="email"
            inputMode="email"
            label={more("emailNonMember")}
            hint={more("emailNonMemberHint")}
            autoComplete="email"
            spellCheck={false}
            value={draft.email}
            onChange={set("email")}
          />
          <TextField
            field="mentions"
            multiline
            inputMode="url"
            label={more("mentions")}
            hint={more("mentionsHint")}
            spellCheck={false}
            value={draft.mentions}
            onChange={set("mentions")}
          />
        </>
      )}

      <fieldset className={common.group}>
        <legend>{t("addressLegend")}</legend>
        <p className="hint">{t("addressHint")}</p>
        <TextField
          field="addressLine1"
          label={t("addressLine1")}
          autoComplete="address-line1"
          value={draft.addressLine1}
          onChange={set("addressLine1")}
        />
        <TextField
          field="addressLine2"
          label={t("addressLine2")}
          autoComplete="address-line2"
          value={draft.addressLine2}
          onChange={set("addressLine2")}
        />
        <div className={common.row}>
          <TextField
            field="postalCode"
            label={t("postalCode")}
            autoComplete="postal-code"
            value={draft.postalCode}
            onChange={set("postalCode")}
          />
          <TextField
            field="city"
            label={t("city")}
            autoComplete="address-level2"
            value={draft.city}
            onChange={set("city")}
          />
        </div>
      </fieldset>

      {draft.country === "DE" ? (
        <SelectField
          field="land"
          label={more("land")}
          hint={more("landHint")}
          value={draft.land ?? ""}
          onChange={(value) => updateDraft({ land: isGermanLand(value) ? value : null })}
          options={[
            { value: "", label: more("landNone") },
            ...GERMAN_LAENDER.map((land) => ({ value: land, label: more(`lands.${land}`) })),
          ]}
        />
      ) : null}

      {draft.age === "under-16" ? (
        <fieldset className={common.group}>
          <legend>{t("guardianLegend")}</legend>
          <p className="hint">{t("guardianHint")}</p>
          <div className={common.row}>
            <TextField
              field="guardianFirstName"
              label={t("guardianFirstName")}
              spellCheck={false}
              value={draft.guardianFirstName}
              onChange={set("guardianFirstName")}
            />
            <TextField
              field="guardianLastName"
              label={t("guardianLastName")}
              spellCheck={false}
              value={draft.guardianLastName}
              onChange={set("guardianLastName")}
            />
          </div>
        </fieldset>
      ) : null}
    </StepLayout>
  );
}
