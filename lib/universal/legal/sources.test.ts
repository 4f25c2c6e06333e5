import { describe, expect, it } from "vitest";
import { LEGAL_SOURCES, legalSource } from "./sources";

describe("LEGAL_SOURCES", () => {
  it("lists each source once, with an https address", () => {
    expect(new Set(LEGAL_SOURCES.map((s) => s.id)).size).toBe(LEGAL_SOURCES.length);
    for (const source of LEGAL_SOURCES) expect(new URL(source.url).protocol).toBe("https:");
  });

  it.each([
    "linkedin-eu-privacy-notice",
    "linkedin-privacy-policy",
    "linkedin-generative-ai-faq",
    "gdpr",
    "edpb-opinion-28-2024",
    "ch-fadp",
    "uk-gdpr",
    "cnil-droit-opposition",
    "edpb-members",
  ] as const)("includes the primary source %s", (id) => {
    expect(legalSource(id).id).toBe(id);
  });
});
