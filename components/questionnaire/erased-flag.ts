/**
 * Set by "erase my answers" until the start page shows its confirmation: lets the start page say "your answers
 * were erased" without anything in the URL, and keeps the step being left from redirecting meanwhile.
 */
let erased = false;

export function markErased(): void {
  erased = true;
}

export function isErasing(): boolean {
  return erased;
}

/** True once after an erase. */
export function takeErased(): boolean {
  const value = erased;
  erased = false;
  return value;
}
