/** Lets the start page confirm "your answers were erased" once, without putting anything in the URL. */
let erased = false;

export function markErased(): void {
  erased = true;
}

/** True once after an erase. */
export function takeErased(): boolean {
  const value = erased;
  erased = false;
  return value;
}
