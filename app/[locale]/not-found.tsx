import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function LocalizedNotFound() {
  const t = useTranslations("NotFound");
  return (
    <div className="container narrow page">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
