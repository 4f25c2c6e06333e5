import { afterEach, describe, expect, it, vi } from "vitest";
import { newDossier } from "@/lib/universal/follow-up/dossier";
import { emptyDraft } from "@/lib/universal/questionnaire/draft";

function fakeStorage(initial: Record<string, string> = {}, { full = false } = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException("full", "QuotaExceededError");
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
    data,
  };
}

const KEY = "objection-linkedin-ai:dossier";
const dossier = newDossier(
  {
    ...emptyDraft(),
    country: "BE",
    age: "18-plus",
    account: "member",
    firstName: "Camille",
    lastName: "Peeters",
    email: "camille@example.org",
    reference: "LI-AI-2026-7K3QXM",
  },
  "fr",
)!;

async function freshStore(storage: ReturnType<typeof fakeStorage>) {
  vi.resetModules();
  vi.stubGlobal("window", { localStorage: storage, addEventListener: vi.fn(), removeEventListener: vi.fn() });
  return import("./dossier-store");
}

/** What the store reads from storage: nothing at first, then, once the dossier schema has loaded, the value. */
async function readStored(store: Awaited<ReturnType<typeof freshStore>>) {
  const told = new Promise<void>((resolve) => store.subscribeDossier(resolve));
  expect(store.getDossier()).toBeNull();
  await told;
  return store.getDossier();
}

describe("dossier store", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the dossier in localStorage, so a new visit finds it, and erases it in one call", async () => {
    const storage = fakeStorage();
    const store = await freshStore(storage);
    expect(store.getDossier()).toBeNull();
    expect(store.saveDossier(dossier)).toBe(true);
    store.updateDossier((d) => ({ ...d, sending: { sentOn: "2026-07-01", channel: "post" } }));

    const reloaded = await freshStore(storage);
    expect(await readStored(reloaded)).toEqual({
      ...dossier,
      sending: { sentOn: "2026-07-01", channel: "post" },
    });
    reloaded.eraseDossier();
    expect(storage.data.has(KEY)).toBe(false);
    expect(reloaded.getDossier()).toBeNull();
  });

  it("ignores a stored value that is not a valid dossier (edited by hand, or another version)", async () => {
    const store = await freshStore(fakeStorage({ [KEY]: JSON.stringify({ ...dossier, version: 2 }) }));
    expect(await readStored(store)).toBeNull();
    const broken = await freshStore(fakeStorage({ [KEY]: "{not json" }));
    expect(broken.getDossier()).toBeNull();
  });

  it("says so when the browser refuses to keep anything", async () => {
    const store = await freshStore(fakeStorage({}, { full: true }));
    expect(store.canKeepDossier()).toBe(false);
    expect(store.saveDossier(dossier)).toBe(false);
  });
});
