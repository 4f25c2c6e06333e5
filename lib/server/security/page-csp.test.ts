import { describe, expect, it } from "vitest";
import { normalisePathname } from "./page-csp";

describe("normalisePathname", () => {
  it("decodes percent-encoded segments as the router does", () => {
    expect(normalisePathname("/en/privac%79")).toBe("/en/privacy");
    expect(normalisePathname("/%65n/legal")).toBe("/en/legal");
    expect(normalisePathname("/fr")).toBe("/fr");
  });

  it("keeps segments that do not decode or that would add a slash", () => {
    expect(normalisePathname("/en/%E0%A4%A")).toBe("/en/%E0%A4%A");
    expect(normalisePathname("/en%2Fprivacy")).toBe("/en%2Fprivacy");
  });
});
