/**
 * The class DraftGate's inline script puts on <html> while a step's answers are not drawn yet; DraftReveal
 * takes it off. A plain module: the server component and the client component both read it.
 */
export const DRAFT_PENDING_CLASS = "draft-pending";
