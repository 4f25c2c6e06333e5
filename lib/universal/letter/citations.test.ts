import { describe, expect, it } from "vitest";
import { LEGAL_SOURCES } from "@/lib/universal/legal/sources";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { SITUATIONS } from "@/lib/universal/rules/types";
import { ZLetterRequest, type TLetterRequestInput } from "@/lib/universal/schemas/letter-request";
import { buildLetter } from "./build-letter";
import { citationSource } from "./citations";

const PERSONAS: Partial<TLetterRequestInput>[] = [
  { country: "FR", situations: [...SITUATIONS] },
  { country: "DE", land: "BY", situations: ["special-category"] },
  { country: "CH" },
  { country: "GB" },
  { country: "IT", age: "under-16", guardian: { firstName: "Anna", lastName: "Rossi" } },
  { country: "ES", age: "16-17" },
  { country: "BE", school: true },
  { country: "NL", account: "non-member" },
  { country: "AT", account: "former-member" },
];

describe("citationSource", () => {
  it.each(PERSONAS)("traces every reference of the letter for %j to a listed primary source", (change) => {
    const request = ZLetterRequest.parse({
      letterLocale: "en",
      age: "18-plus",
      account: "member",
      firstName: "Zoë",
      lastName: "Durand",
      email: "zoe@example.org",
      date: "2026-11-28",
      ...change,
    });
    const model = buildLetter(request, assessEligibility(request), {
      today: "2026-11-28",
      reference: "LI-AI-2026-7K3QXM",
    });
    const listed = new Set(LEGAL_SOURCES.map((source) => source.id));
    const refs = model.paragraphs.flatMap((paragraph) => paragraph.refs);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const source = citationSource(ref);
      expect(source, ref).not.toBeNull();
      expect(listed.has(source!), ref).toBe(true);
    }
  });

  it("knows no source for an unknown reference", () => {
    expect(citationSource("Civil Code Art. 1240")).toBeNull();
  });
});
