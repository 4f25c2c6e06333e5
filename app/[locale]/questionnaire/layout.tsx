import type { ReactNode } from "react";
import { PrefillReader } from "@/components/questionnaire/PrefillReader";

/** Shared by every step, so it stays mounted while the person moves between steps. */
export default function QuestionnaireLayout({ children }: { children: ReactNode }) {
  return (
    <div className="container narrow">
      <PrefillReader />
      {children}
    </div>
  );
}
