import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { stepClientMessages } from "@/lib/i18n/client-messages";
import type { Locale } from "@/lib/universal/i18n/locales";
import type { StepId } from "@/lib/universal/questionnaire/steps";

/** A step's screen with the messages its client components use, and only those (see stepClientMessages). */
export function StepMessages({
  locale,
  step,
  children,
}: {
  locale: Locale;
  step: StepId;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider messages={stepClientMessages(locale, step)}>{children}</NextIntlClientProvider>
  );
}
