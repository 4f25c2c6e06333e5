import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** A sessionStorage stand-in: the store only needs getItem, setItem and removeItem. */
function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    data,
  };
}

const KEY = "objection-linkedin-ai:draft";

async function freshStore(storage: ReturnType<typeof fakeStorage>) {
  vi.resetModules();
  vi.stubGlobal("window", { sessionStorage: storage });
  return import("./draft-store");
}

describe("draft store", () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it("keeps every change in session storage at once, so a reload finds it", async () => {
    const storage = fakeStorage();
    const store = await freshStore(storage);
    store.updateDraft({ country: "FR", firstName: "Camille" });
    expect(JSON.parse(storage.data.get(KEY)!)).toMatchObject({ country: "FR", firstName: "Camille" });

    const reloaded = await freshStore(storage);
    expect(reloaded.getDraft()).toMatchObject({ country: "FR", firstName: "Camille" });
  });

  it("gives a tab without answers the server's empty draft itself, so hydration has nothing to redo", async () => {
    const storage = fakeStorage();
    const store = await freshStore(storage);
    expect(store.getDraft()).toBe(store.getServerDraft());
    store.updateDraft({ country: "FR" });
    expect(store.getServerDraft().country).toBeNull();
    expect(store.getDraft()).not.toBe(store.getServerDraft());
  });

  it("tells subscribers about changes", async () => {
    const store = await freshStore(fakeStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribeDraft(listener);
    store.updateDraft((draft) => ({ ...draft, age: "16-17" }));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.updateDraft({ age: "18-plus" });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("erasing removes the answers from storage and from memory", async () => {
    const storage = fakeStorage();
    const store = await freshStore(storage);
    store.updateDraft({ email: "camille@example.org" });
    store.eraseDraft();
    expect(storage.data.has(KEY)).toBe(false);
    expect(store.getDraft().email).toBe("");
  });

  it("starts empty from unreadable storage", async () => {
    const store = await freshStore(fakeStorage({ [KEY]: "{not json" }));
    expect(store.getDraft().country).toBeNull();
  });

  it("still works when storage is blocked", async () => {
    vi.resetModules();
    vi.stubGlobal("window", {
      get sessionStorage(): Storage {
        throw new DOMException("blocked", "SecurityError");
      },
    });
    const store = await import("./draft-store");
    store.updateDraft({ country: "BE" });
    expect(store.getDraft().country).toBe("BE");
  });

  it("the server sees no answers", async () => {
    const store = await freshStore(fakeStorage());
    store.updateDraft({ firstName: "Camille" });
    expect(store.getServerDraft().firstName).toBe("");
  });
});
