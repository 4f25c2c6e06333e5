import type { ReactNode } from "react";
import { DRAFT_STORAGE_KEY } from "@/lib/client/draft-store";
import { STEP_IDS } from "@/lib/universal/questionnaire/steps";
import styles from "./DraftGate.module.css";
import { DRAFT_PENDING_CLASS } from "./draft-pending";

/**
 * Runs while the HTML is parsed, before the first paint and before any of the page's JavaScript: without
 * answers in this tab it leaves for the first step at once (the step's code is never run for nothing);
 * with answers it hides the step's content until React has drawn it (DraftReveal, which the step renders
 * once its content is ready), so reading the answers and building the letter move nothing on screen. The same text on every build and request: the page's CSP allows it by hash.
 */
const GATE_SCRIPT = `(function(){var d=document.documentElement;try{var a=JSON.parse(sessionStorage.getItem(${JSON.stringify(
  DRAFT_STORAGE_KEY,
)})||"null");if(a&&Array.isArray(a.completed)&&a.completed.length>0){d.classList.add(${JSON.stringify(
  DRAFT_PENDING_CLASS,
)});return}}catch(e){}location.replace(location.pathname.replace(/[^/]+\\/?$/,${JSON.stringify(STEP_IDS[0])}))})();`;

/** Wraps a step that only makes sense with answers (review, result); the step renders `<DraftReveal>`. */
export function DraftGate({ children }: { children: ReactNode }) {
  return (
    <div className={styles.gate}>
      <script dangerouslySetInnerHTML={{ __html: GATE_SCRIPT }} />
      {children}
    </div>
  );
}
