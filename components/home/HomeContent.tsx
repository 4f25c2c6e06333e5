import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import styles from "./HomeContent.module.css";
import { LetterCount } from "./LetterCount";

const DATA_ITEMS = ["dataProfile", "dataPosts", "dataGroups", "dataAi", "dataResumes"] as const;
const HOW_STEPS = ["howStep1", "howStep2", "howStep3", "howStep4"] as const;

/** `letters`: the public letter count, or null when it cannot be read (see LetterCount). */
export function HomeContent({ letters }: { letters: number | null }) {
  const t = useTranslations("Home");
  return (
    <>
      <section className={styles.hero} aria-labelledby="home-title">
        <div className="container narrow">
          <p className={styles.eyebrow}>{t("eyebrow")}</p>
          <h1 id="home-title">{t("title")}</h1>
          <p className={styles.lead}>{t("lead")}</p>
          <p>
            <Link href="/questionnaire" className="button">
              {t("cta")}
            </Link>
          </p>
          <p className={styles.hint}>{t("ctaHint")}</p>
          <LetterCount letters={letters} />
        </div>
      </section>
      <div className="container narrow page">
        <section aria-labelledby="what">
          <h2 id="what">{t("whatTitle")}</h2>
          <p>{t("whatBody1")}</p>
          <p>{t("whatBody2")}</p>
        </section>
        <section aria-labelledby="data">
          <h2 id="data">{t("dataTitle")}</h2>
          <p>{t("dataIntro")}</p>
          <ul>
            {DATA_ITEMS.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
          <p className="notice">{t("ukNote")}</p>
        </section>
        <section aria-labelledby="who">
          <h2 id="who">{t("whoTitle")}</h2>
          <p>{t("whoBody")}</p>
          <p>{t("whoMinors")}</p>
          <p>{t("whoOrganisations")}</p>
        </section>
        <section aria-labelledby="why">
          <h2 id="why">{t("whyTitle")}</h2>
          <p>{t("whyBody")}</p>
        </section>
        <section aria-labelledby="how">
          <h2 id="how">{t("howTitle")}</h2>
          <ol className={styles.steps}>
            {HOW_STEPS.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ol>
          <p>
            <Link href="/questionnaire" prefetch={false} className="button">
              {t("cta")}
            </Link>
          </p>
        </section>
        <section aria-labelledby="privacy" className="card">
          <h2 id="privacy" className={styles.cardTitle}>
            {t("privacyTitle")}
          </h2>
          <p>{t("privacyBody")}</p>
          <p>
            <Link href="/privacy" prefetch={false}>
              {t("privacyLink")}
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
