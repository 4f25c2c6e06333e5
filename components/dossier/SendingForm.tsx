"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { localIsoDate } from "@/lib/client/local-date";
import { SENDING_CHANNELS, type SendingChannel } from "@/lib/universal/deadline/compute-deadline";
import type { TSending } from "@/lib/universal/deadline/schema";
import styles from "./Dossier.module.css";

type Sending = Omit<TSending, "reference">;

/** "I've sent it": how (form, post, e-mail) and when, with the tracking's delivery date for post. */
export function SendingForm({
  initial,
  onSave,
}: {
  initial: Sending | null;
  onSave: (sending: Sending) => void;
}) {
  const t = useTranslations("Dossier.sent");
  const tv = useTranslations("Validation");
  const id = useId();
  const [channel, setChannel] = useState<SendingChannel>(initial?.channel ?? "form");
  const [sentOn, setSentOn] = useState(initial?.sentOn ?? localIsoDate());
  const [receivedOn, setReceivedOn] = useState(initial?.receivedOn ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit() {
    // The schema (and zod) loads when the person saves, not with the result page. If it cannot be loaded
    // (connection lost), nothing is saved and the form stays as it is.
    const { ZSending } = await import("@/lib/universal/deadline/schema");
    const result = ZSending.safeParse({
      sentOn,
      channel,
      receivedOn: channel === "post" && receivedOn ? receivedOn : undefined,
    });
    if (!result.success) {
      const found: Record<string, string> = {};
      for (const issue of result.error.issues) {
        const path = issue.path.join(".");
        // Messages are `Validation.*` keys (see deadline/schema.ts).
        found[path] ??= tv(issue.message.replace(/^Validation\./, "") as "invalid");
      }
      setErrors(found);
      return;
    }
    setErrors({});
    const { sentOn: day, channel: how, receivedOn: received } = result.data;
    onSave(received ? { sentOn: day, channel: how, receivedOn: received } : { sentOn: day, channel: how });
  }

  return (
    // Not a <form>: on the result page this sits inside the questionnaire step's own form.
    <div role="group" aria-label={t("title")}>
      <fieldset className={styles.fieldset}>
        <legend>{t("legend")}</legend>
        {SENDING_CHANNELS.map((value) => (
          <div className="choice" key={value}>
            <input
              type="radio"
              id={`${id}-${value}`}
              name={`${id}-channel`}
              value={value}
              checked={channel === value}
              onChange={() => setChannel(value)}
            />
            <label htmlFor={`${id}-${value}`}>{t(`channel-${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className={`field${errors.sentOn ? " field--error" : ""}`}>
        <label htmlFor={`${id}-sent`}>{t("sentOn")}</label>
        <input
          type="date"
          id={`${id}-sent`}
          value={sentOn}
          max={localIsoDate()}
          onChange={(event) => setSentOn(event.target.value)}
          aria-invalid={Boolean(errors.sentOn)}
          aria-describedby={errors.sentOn ? `${id}-sent-error` : undefined}
        />
        {errors.sentOn ? (
          <p className="field-error" id={`${id}-sent-error`}>
            {errors.sentOn}
          </p>
        ) : null}
      </div>
      {channel === "post" ? (
        <div className={`field${errors.receivedOn ? " field--error" : ""}`}>
          <label htmlFor={`${id}-received`}>{t("receivedOn")}</label>
          <p className="hint" id={`${id}-received-hint`}>
            {t("receivedHint")}
          </p>
          <input
            type="date"
            id={`${id}-received`}
            value={receivedOn}
            max={localIsoDate()}
            onChange={(event) => setReceivedOn(event.target.value)}
            aria-invalid={Boolean(errors.receivedOn)}
            aria-describedby={`${id}-received-hint${errors.receivedOn ? ` ${id}-received-error` : ""}`}
          />
          {errors.receivedOn ? (
            <p className="field-error" id={`${id}-received-error`}>
              {errors.receivedOn}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => void submit().catch(() => undefined)}>
          {t("save")}
        </button>
      </div>
    </div>
  );
}
