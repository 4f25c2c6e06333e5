import type { TDossier } from "@/lib/universal/follow-up/dossier";

/**
 * The dossier, kept only when the person opts in ("keep my objection on this device"), in this browser's
 * localStorage: it survives closing the tab, is never sent anywhere, and one action erases it. A tiny external
 * store for React's useSyncExternalStore.
 */
const STORAGE_KEY = "objection-linkedin-ai:dossier";

let current: TDossier | null | undefined;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Blocked storage: the dossier cannot be kept, the page says so.
    return null;
  }
}

/**
 * The dossier schema (and zod) loads only when a stored value has to be read: the result page, where most people
 * have nothing stored yet, does not load it. Until it has arrived the store says "nothing kept", then it reads the
 * stored value and tells its listeners.
 */
let parse: ((raw: unknown) => TDossier | null) | null = null;
let parserRequested = false;

function requestParser(): void {
  if (parserRequested) return;
  parserRequested = true;
  import("@/lib/universal/follow-up/dossier").then(
    (schema) => {
      parse = schema.parseDossier;
      current = load();
      emit();
    },
    () => {
      // Not loaded (connection lost): the stored value stays unread, as if nothing were kept, until it changes.
      parserRequested = false;
    },
  );
}

function load(): TDossier | null {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (parse) return parse(value);
  requestParser();
  return null;
}

function emit(): void {
  for (const listener of listeners) listener();
}

/** Whether this browser lets the page keep anything. */
export function canKeepDossier(): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(`${STORAGE_KEY}:probe`, "1");
    store.removeItem(`${STORAGE_KEY}:probe`);
    return true;
  } catch {
    return false;
  }
}

export function getDossier(): TDossier | null {
  if (current === undefined) current = load();
  return current;
}

export function getServerDossier(): TDossier | null {
  return null;
}

export function subscribeDossier(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the same browser changing the dossier.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) {
      current = load();
      listener();
    }
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** Keeps `dossier` on this device; false when the browser refuses to store it. */
export function saveDossier(dossier: TDossier): boolean {
  current = dossier;
  let saved = false;
  try {
    const store = storage();
    if (store) {
      store.setItem(STORAGE_KEY, JSON.stringify(dossier));
      saved = true;
    }
  } catch {
    saved = false;
  }
  emit();
  return saved;
}

/** Changes the kept dossier, if there is one. */
export function updateDossier(change: (dossier: TDossier) => TDossier): void {
  const before = getDossier();
  if (before) saveDossier(change(before));
}

/** Erases the dossier from this device. */
export function eraseDossier(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to erase.
  }
  current = null;
  emit();
}
