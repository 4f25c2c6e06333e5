import { PrefillReader } from "@/components/questionnaire/PrefillReader";

/**
 * Shared by every step, so it stays mounted while the person moves between steps. Each step's page brings
 * its own messages (StepMessages), so a step's payload does not carry the whole questionnaire's texts.
 */
export default function QuestionnaireLayout({ children }: LayoutProps<"/[locale]/questionnaire">) {
  return (
    <div className="container narrow">
      <PrefillReader />
      {children}
    </div>
  );
}
