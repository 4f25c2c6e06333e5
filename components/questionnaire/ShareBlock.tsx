"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { CopyBlock } from "./CopyBlock";

const noSubscription = () => () => {};

/** "Share this tool": the home page link to copy, and the device's own share sheet where there is one. */
export function ShareBlock() {
  const t = useTranslations("Questionnaire.share");
  const locale = useLocale();
  // The origin and the share sheet are only known in the browser (the page is prerendered).
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === "function",
    () => false,
  );
  const url = `${origin}/${locale}`;

  return (
    <section aria-labelledby="q-share" className="card">
      <h2 id="q-share">{t("title")}</h2>
      <p>{t("body")}</p>
      <CopyBlock label={t("linkLabel")} text={url} rows={1} />
      {canShare ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            navigator.share({ title: t("shareTitle"), text: t("shareText"), url }).catch(() => undefined);
          }}
        >
          {t("native")}
        </button>
      ) : null}
    </section>
  );
}
