"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { SignaturePad } from "@/lib/client/signature-pad";
import styles from "./SignatureCanvas.module.css";

interface SignatureCanvasProps {
  png: string;
  onChange: (png: string) => void;
  describedBy?: string;
  invalid?: boolean;
}

/** The drawing surface with its "clear" button; the drawing itself lives in lib/client/signature-pad. */
export function SignatureCanvas({ png, onChange, describedBy, invalid }: SignatureCanvasProps) {
  const t = useTranslations("Questionnaire.signature");
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const onChangeRef = useRef(onChange);
  const initialPng = useRef(png);

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!canvas.current) return;
    const instance = new SignaturePad(canvas.current, { onChange: (value) => onChangeRef.current(value) });
    pad.current = instance;
    void instance.load(initialPng.current);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(canvas.current);
    return () => {
      observer.disconnect();
      instance.destroy();
      pad.current = null;
    };
  }, []);

  return (
    <div className={styles.wrapper}>
      <canvas
        ref={canvas}
        id="q-signature-pad"
        className={`${styles.canvas}${invalid ? ` ${styles.invalid}` : ""}`}
        role="img"
        aria-label={png ? t("canvasLabelSigned") : t("canvasLabelEmpty")}
        aria-describedby={describedBy}
      />
      <span className={styles.line} aria-hidden="true" />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => pad.current?.clear()}>
          {t("clear")}
        </button>
      </div>
    </div>
  );
}
