import { describe, expect, it } from "vitest";
import { authorityFor, leadAuthorityFor } from "./authority";

describe("authorityFor", () => {
  it.each([
    ["FR", "FR"],
    ["gp", "FR"],
    ["AX", "FI"],
    ["NO", "NO"],
    ["LI", "LI"],
    ["CH", "CH"],
    ["GB", "GB"],
    ["IE", "IE"],
  ])("a resident of %s complains in %s", (country, authority) => {
    expect(authorityFor(country)?.country).toBe(authority);
  });

  it.each(["US", "CA", "JE", "GI", "MC", "XK"])("there is no authority for %s", (country) => {
    expect(authorityFor(country)).toBeNull();
  });

  it("throws for an unknown code", () => {
    expect(() => authorityFor("QQ")).toThrow(RangeError);
  });
});

describe("leadAuthorityFor", () => {
  it.each([
    ["eu-gdpr", "IE"],
    ["ch-fadp", "IE"],
    ["uk-gdpr", null],
    ["none", null],
  ] as const)("%s → %s", (regime, country) => {
    expect(leadAuthorityFor(regime)?.country ?? null).toBe(country);
  });
});
