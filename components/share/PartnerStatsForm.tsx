"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import styles from "./PartnerStats.module.css";
import { PartnerStatsView } from "./PartnerStatsView";
import type { StatsFormState } from "./stats-state";

/** The token form (POST through a server action, so the token never appears in a URL) and its result. */
export function PartnerStatsForm({
  action,
}: {
  action: (previous: StatsFormState, form: FormData) => Promise<StatsFormState>;
}) {
  const t = useTranslations("Stats");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const error =
    state.status === "wrong-token"
      ? t("wrongToken")
      : state.status === "rate-limited"
        ? t("rateLimited")
        : state.status === "unavailable"
          ? t("unavailable")
          : null;
  return (
    <>
      <form action={formAction} method="post" className="card">
        <div className={`field${error ? " field--error" : ""}`}>
          <label htmlFor="stats-token">{t("tokenLabel")}</label>
          <span className="hint" id="stats-token-hint">
            {t("tokenHint")}
          </span>
          {error ? (
            <span className="field-error" id="stats-token-error" role="alert">
              {error}
            </span>
          ) : null}
          <input
            id="stats-token"
            name="token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            required
            aria-describedby={error ? "stats-token-hint stats-token-error" : "stats-token-hint"}
            aria-invalid={error ? true : undefined}
            className={styles.tokenInput}
          />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
      <div aria-live="polite">{state.status === "ok" ? <PartnerStatsView stats={state.stats} /> : null}</div>
    </>
  );
}
