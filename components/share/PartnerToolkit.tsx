"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useSyncExternalStore, type ReactNode } from "react";
import { isLocale, LOCALES, type Locale } from "@/lib/universal/i18n/locales";
import { isPartnerSlug } from "@/lib/universal/schemas/partner";
import { BUTTON_STYLE, buildSnippets, type SnippetTexts } from "@/lib/universal/sharing/snippets";
import styles from "./PartnerToolkit.module.css";

const subscribe = () => () => {};

/** Parses the inline style of the copy-paste button into React's form, so the preview is the snippet. */
const buttonStyle = Object.fromEntries(
  BUTTON_STYLE.split(";").map((rule) => {
    const [name = "", value = ""] = rule.split(":");
    return [name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), value];
  }),
);

/** Snippet builder of the partners page: choose a language and a partner slug, copy, preview, download. */
export function PartnerToolkit({
  locale,
  configuredOrigin,
  textsByLocale,
}: {
  locale: Locale;
  configuredOrigin: string;
  /** The snippets' own texts in each language: a snippet speaks the language of the page it opens. */
  textsByLocale: Record<Locale, SnippetTexts>;
}) {
  const t = useTranslations("Partners");
  const tl = useTranslations("Stats.localeNames");
  // The page is prerendered: the real origin is only known in the browser (SITE_URL when configured).
  const origin = useSyncExternalStore(
    subscribe,
    () => configuredOrigin || window.location.origin,
    () => configuredOrigin,
  );
  const [slugInput, setSlugInput] = useState("");
  const [target, setTarget] = useState<Locale>(locale);
  const slug = slugInput.trim().toLowerCase();
  const validSlug = slug && isPartnerSlug(slug) ? slug : undefined;
  const texts = textsByLocale[target];
  const snippets = buildSnippets(origin, target, validSlug, texts);
  const ids = { slug: useId(), lang: useId(), slugHint: useId(), slugError: useId() };

  return (
    <section aria-labelledby="toolkit-title">
      <h2 id="toolkit-title">{t("builderTitle")}</h2>
      <div className={styles.controls}>
        <div className={`field${slug && !validSlug ? " field--error" : ""}`}>
          <label htmlFor={ids.slug}>{t("slugLabel")}</label>
          <span className="hint" id={ids.slugHint}>
            {t("slugHint")}
          </span>
          {slug && !validSlug ? (
            <span className="field-error" id={ids.slugError}>
              {t("slugInvalid")}
            </span>
          ) : null}
          <input
            id={ids.slug}
            type="text"
            value={slugInput}
            onChange={(event) => setSlugInput(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={slug && !validSlug ? `${ids.slugHint} ${ids.slugError}` : ids.slugHint}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.lang}>{t("languageLabel")}</label>
          <select
            id={ids.lang}
            className={styles.select}
            value={target}
            onChange={(event) => {
              if (isLocale(event.target.value)) setTarget(event.target.value);
            }}
          >
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {tl(code)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <Snippet title={t("linkTitle")} code={snippets.link}>
        <a href={snippets.url} target="_blank" rel="noopener" lang={target}>
          {texts.linkText}
        </a>
      </Snippet>
      <Snippet title={t("buttonTitle")} code={snippets.button}>
        <a href={snippets.url} target="_blank" rel="noopener" style={buttonStyle} lang={target}>
          {texts.buttonText}
        </a>
      </Snippet>
      <Snippet title={t("iframeTitle")} code={snippets.iframe} note={t("iframeNote")}>
        <iframe
          key={snippets.embedUrl}
          src={snippets.embedUrl.slice(origin.length)}
          title={texts.iframeTitle}
          className={styles.frame}
          loading="lazy"
        />
      </Snippet>
      <section className={styles.snippet} aria-labelledby="snippet-qr">
        <h3 id="snippet-qr">{t("qrTitle")}</h3>
        <p>{t("qrNote")}</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG made by our own API, not an optimisable photo */}
        <img
          src={`${snippets.qrPath}&format=svg`}
          alt={t("qrAlt", { url: snippets.url })}
          className={styles.qr}
          width={192}
          height={192}
        />
        <p className="button-row">
          <a className="button button--secondary" href={`${snippets.qrPath}&format=svg&download=1`} download>
            {t("downloadSvg")}
          </a>
          <a className="button button--secondary" href={`${snippets.qrPath}&format=png&download=1`} download>
            {t("downloadPng")}
          </a>
        </p>
      </section>
    </section>
  );
}

function Snippet({
  title,
  code,
  note,
  children,
}: {
  title: string;
  code: string;
  note?: string;
  children: ReactNode;
}) {
  const t = useTranslations("Partners");
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <section className={styles.snippet} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {note ? <p>{note}</p> : null}
      <label htmlFor={`${id}-code`} className="visually-hidden">
        {t("snippetLabel", { kind: title })}
      </label>
      <textarea id={`${id}-code`} className={styles.code} readOnly rows={4} value={code} />
      <div className={styles.copyRow}>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            navigator.clipboard
              .writeText(code)
              .then(() => setCopied(true))
              .catch(() => setCopied(false));
          }}
        >
          {t("copy")}
        </button>
        <span role="status">{copied ? t("copied") : ""}</span>
      </div>
      <div className={styles.preview}>
        <span className={styles.previewLabel}>{t("previewLabel")}</span>
        {children}
      </div>
    </section>
  );
}
