import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PublicPartner } from "@/lib/universal/schemas/partner";
import type { Locale } from "@/lib/universal/i18n/locales";
import { partnerMessage } from "@/lib/universal/sharing/partner-message";
import { questionnaireHref, type Prefill } from "@/lib/universal/sharing/prefill";
import styles from "./PartnerLanding.module.css";

/** A partner's page: who shared the tool, their message, and the start of an attributed questionnaire. */
export async function PartnerLanding({
  locale,
  partner,
  prefill,
}: {
  locale: Locale;
  partner: PublicPartner;
  prefill: Prefill;
}) {
  const t = await getTranslations({ locale, namespace: "PartnerPage" });
  const name = partner.name;
  // The message in the page's language, else another one, marked with its language for screen readers.
  const message = partnerMessage(partner, locale);
  return (
    <div className="container narrow page">
      <p className={styles.sharedBy}>{t("sharedBy", { name })}</p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro", { name })}</p>
      {message ? (
        <figure className={styles.message}>
          <figcaption>{t("messageLabel", { name })}</figcaption>
          <blockquote lang={message.lang}>{message.text}</blockquote>
        </figure>
      ) : null}
      {Object.keys(prefill).length > 0 ? <p className="notice">{t("prefilled")}</p> : null}
      <p>
        <Link href={questionnaireHref(locale, partner.slug, prefill)} className="button">
          {t("start")}
        </Link>
      </p>
      <p className={styles.small}>{t("attribution", { name })}</p>
      <p className={styles.small}>
        <a href={partner.url} rel="noopener noreferrer nofollow">
          {t("website", { name })}
        </a>
      </p>
    </div>
  );
}

/** The page for an unknown or revoked partner slug: the person goes on, without attribution. */
export async function PartnerUnknown({ locale, prefill }: { locale: Locale; prefill: Prefill }) {
  const t = await getTranslations({ locale, namespace: "PartnerPage" });
  return (
    <div className="container narrow page">
      <h1>{t("unknownTitle")}</h1>
      <p className="lead">{t("unknownBody")}</p>
      <p>
        <Link href={questionnaireHref(locale, undefined, prefill)} className="button">
          {t("continue")}
        </Link>
      </p>
    </div>
  );
}
