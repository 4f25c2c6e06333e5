"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { LetterModel } from "@/lib/universal/letter/model";
import styles from "./LetterPreview.module.css";

/**
 * A readable preview of the letter, from the same model as the PDF, in the letter's own language. On a phone it
 * uses the full width and shows the beginning, with a button to unfold the whole letter in the page (no box
 * scrolling inside the page).
 */
export function LetterPreview({ model, label }: { model: LetterModel; label: string }) {
  const t = useTranslations("Questionnaire.review");
  const [expanded, setExpanded] = useState(false);
  const colon = model.typography.colon;
  const [open, close] = model.typography.quotes;
  const quote = (text: string) => `${open}${text}${close}`;
  return (
    <div className={styles.frame}>
      <article
        id="q-letter-preview"
        className={expanded ? styles.letter : `${styles.letter} ${styles.collapsed}`}
        lang={model.locale}
        aria-label={label}
      >
        <div className={styles.parties}>
          <p className={styles.party}>
            <strong>{model.sender.name}</strong>
            {[...model.sender.lines, ...(model.sender.identifiers ?? [])].map((line, i) => (
              <span key={i}>{line}</span>
            ))}
          </p>
          <p className={`${styles.party} ${styles.recipient}`}>
            <strong>{model.recipient.name}</strong>
            {model.recipient.lines.map((line, i) => (
              <span key={i}>{line}</span>
            ))}
          </p>
        </div>
        <p className={styles.date}>{model.placeAndDate}</p>
        <p>
          {model.labels.reference}
          {colon} {model.reference}
        </p>
        <p>
          <strong>
            {model.labels.subject}
            {colon} {model.subject}
          </strong>
        </p>
        <p>{model.salutation}</p>
        {model.paragraphs.map((paragraph) => (
          <div key={paragraph.id} className={styles.paragraph}>
            <p>{paragraph.text}</p>
            {paragraph.items ? (
              <ul>
                {paragraph.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : null}
            {paragraph.identifiers ? (
              <ul>
                {paragraph.identifiers.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : null}
            {paragraph.quote ? <blockquote>{quote(paragraph.quote)}</blockquote> : null}
          </div>
        ))}
        <p>{model.closing}</p>
        <div className={styles.signatures}>
          {model.signatures.map((signature) => (
            <div key={signature.signer + (signature.role ?? "")} className={styles.signature}>
              {signature.kind === "drawn" && signature.png ? (
                // eslint-disable-next-line @next/next/no-img-element -- a data URL drawn in this tab, not an asset to optimise
                <img src={signature.png} alt="" className={styles.signatureImage} />
              ) : (
                <p className={styles.typedSignature} aria-hidden="true">
                  {signature.signer}
                </p>
              )}
              <p>
                {signature.signer}
                {signature.role ? (
                  <>
                    <br />
                    {signature.role}
                  </>
                ) : null}
              </p>
            </div>
          ))}
        </div>
      </article>
      <button
        type="button"
        className={`button button--secondary ${styles.toggle}`}
        aria-expanded={expanded}
        aria-controls="q-letter-preview"
        onClick={() => setExpanded((value) => !value)}
      >
        {expanded ? t("previewCollapse") : t("previewExpand")}
      </button>
    </div>
  );
}
