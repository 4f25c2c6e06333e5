"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { eraseDossier, saveDossier } from "@/lib/client/dossier-store";
import { saveFile } from "@/lib/client/save-file";
import { parseDossier, type TDossier } from "@/lib/universal/follow-up/dossier";
import styles from "./Dossier.module.css";

type Message = { kind: "success" | "error"; text: string } | null;

/** Export to a file, import from a file (validated: a wrong or edited file is refused), erase with confirmation. */
export function DossierFile({ dossier }: { dossier: TDossier | null }) {
  const t = useTranslations("Dossier.file");
  const id = useId();
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);

  function exportFile() {
    if (!dossier) return;
    const blob = new Blob([`${JSON.stringify(dossier, null, 2)}\n`], { type: "application/json" });
    saveFile(blob, `linkedin-objection-dossier-${dossier.reference.toLowerCase()}.json`);
  }

  async function importFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    let raw: unknown;
    try {
      // A dossier is a few kilobytes (a drawn signature included); anything much larger is not one.
      if (file.size > 2 * 1024 * 1024) throw new Error("too large");
      raw = JSON.parse(await file.text());
    } catch {
      setMessage({ kind: "error", text: t("unreadable") });
      return;
    }
    const parsed = parseDossier(raw);
    if (!parsed) {
      setMessage({ kind: "error", text: t("invalid") });
      return;
    }
    saveDossier(parsed);
    setMessage({ kind: "success", text: t("imported") });
  }

  function erase() {
    eraseDossier();
    setConfirming(false);
    setMessage({ kind: "success", text: t("erased") });
  }

  return (
    <section aria-labelledby={`${id}-title`} className={styles.section}>
      <h2 id={`${id}-title`}>{t("title")}</h2>
      {dossier ? (
        <>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={exportFile}>
              {t("export")}
            </button>
          </div>
          <p className="muted">{t("exportHint")}</p>
        </>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-import`}>{t("import")}</label>
        <input type="file" id={`${id}-import`} accept="application/json,.json" onChange={importFile} />
      </div>
      {dossier ? (
        confirming ? (
          <div className="notice notice--warning" role="group" aria-labelledby={`${id}-confirm`}>
            <p id={`${id}-confirm`}>{t("eraseConfirm")}</p>
            <div className="button-row">
              <button type="button" className="button" onClick={erase}>
                {t("eraseYes")}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                {t("eraseNo")}
              </button>
            </div>
          </div>
        ) : (
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
              {t("erase")}
            </button>
          </div>
        )
      ) : null}
      <div aria-live="polite">
        {message ? (
          <p className={`notice ${message.kind === "error" ? "notice--error" : "notice--success"}`}>
            {message.text}
          </p>
        ) : null}
      </div>
    </section>
  );
}
