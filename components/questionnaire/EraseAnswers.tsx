"use client";

import { useTranslations } from "next-intl";
import { eraseDraft } from "@/lib/client/draft-store";
import { useRouter } from "@/lib/i18n/navigation";
import { markErased } from "./erased-flag";

/** "Erase my answers": removes everything kept in this tab and goes back to the start. */
export function EraseAnswers() {
  const t = useTranslations("Questionnaire");
  const router = useRouter();
  return (
    <button
      type="button"
      className="button button--link"
      onClick={() => {
        markErased();
        eraseDraft();
        router.push("/questionnaire");
      }}
    >
      {t("erase")}
    </button>
  );
}
