import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import it_ from "@/messages/it.json";
import { REASON_CODES, REGIMES } from "./types";

const catalogues = { en, fr, de, it: it_ } as const;

describe("the Reasons and Regimes messages", () => {
  describe.each(Object.entries(catalogues))("in %s", (_locale, messages) => {
    it.each(REASON_CODES)("explain %s with a title, an explanation and an action", (code) => {
      const reason = (messages.Reasons as Record<string, Record<string, string>>)[code];
      for (const part of ["title", "explanation", "action"]) {
        expect(reason?.[part]?.trim().length ?? 0).toBeGreaterThan(10);
      }
    });

    it.each(REGIMES)("name the regime %s and its law", (regime) => {
      const entry = (messages.Regimes as Record<string, Record<string, string>>)[regime];
      expect(entry?.name).toBeTruthy();
      expect(entry?.law).toBeTruthy();
    });

    it("has no stray reason or regime keys", () => {
      expect(Object.keys(messages.Reasons).sort()).toEqual([...REASON_CODES].sort());
      expect(Object.keys(messages.Regimes).sort()).toEqual([...REGIMES].sort());
    });
  });

  it("tells an organisation that each admin can object for themselves", () => {
    expect(en.Reasons["organization-not-data-subject"].action).toMatch(/administrator/);
    expect(fr.Reasons["organization-not-data-subject"].action).toMatch(/administrateur/);
    expect(de.Reasons["organization-not-data-subject"].action).toMatch(/für sich selbst widersprechen/);
    expect(it_.Reasons["organization-not-data-subject"].action).toMatch(/amministratore/);
  });

  it("tells an under-16 that a parent or guardian signs too", () => {
    expect(en.Reasons["under-16"].action).toMatch(/parent or guardian/);
    expect(fr.Reasons["under-16"].action).toMatch(/parent ou un tuteur/);
    expect(de.Reasons["under-16"].action).toMatch(/Elternteil oder Vormund/);
    expect(it_.Reasons["under-16"].action).toMatch(/genitore o a un tutore/);
  });

  it("tells people outside scope to switch the setting off anyway", () => {
    expect(en.Reasons["outside-scope"].action).toMatch(/switch it off anyway/);
    expect(fr.Reasons["outside-scope"].action).toMatch(/désactivez-le quand même/);
    expect(de.Reasons["outside-scope"].action).toMatch(/schalten Sie sie trotzdem aus/);
    expect(it_.Reasons["outside-scope"].action).toMatch(/disattivala comunque/);
  });

  it("uses typographic apostrophes in French and Italian", () => {
    expect(JSON.stringify([fr.Reasons, fr.Regimes])).not.toContain("'");
    expect(JSON.stringify(it_)).not.toContain("'");
  });
});
