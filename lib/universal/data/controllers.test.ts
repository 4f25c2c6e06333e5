import { describe, expect, it } from "vitest";
import { LINKEDIN_CORPORATION, LINKEDIN_IRELAND, controllerFor } from "./controllers";
import { LINKEDIN_LINKS, LINKEDIN_URLS } from "./linkedin";

describe("controllerFor", () => {
  it.each([
    ["eu-gdpr", LINKEDIN_IRELAND],
    ["ch-fadp", LINKEDIN_IRELAND],
    ["uk-gdpr", LINKEDIN_CORPORATION],
    ["none", null],
  ] as const)("%s → %o", (regime, controller) => {
    expect(controllerFor(regime)).toBe(controller);
  });

  it("addresses LinkedIn Ireland exactly as LinkedIn publishes it", () => {
    expect(LINKEDIN_IRELAND.name).toBe("LinkedIn Ireland Unlimited Company");
    expect(LINKEDIN_IRELAND.address).toEqual(["Wilton Place", "Dublin 2", "Ireland"]);
    expect(LINKEDIN_IRELAND.dpoPostalBlock.join(", ")).toBe(
      "LinkedIn Ireland Unlimited Company, c/o Data Protection Officer, Wilton Plaza, Wilton Place, Dublin 2, Ireland",
    );
  });

  it("sends UK objections to LinkedIn Corporation in Sunnyvale, not to LinkedIn Ireland", () => {
    expect(LINKEDIN_CORPORATION.name).toBe("LinkedIn Corporation");
    expect(LINKEDIN_CORPORATION.dpoPostalBlock.join(", ")).toBe(
      "LinkedIn Corporation, c/o Data Protection Officer, 1000 W Maude Avenue, Sunnyvale, CA, USA",
    );
    expect(LINKEDIN_CORPORATION.address.at(-1)).toBe("USA");
  });

  it("never uses the ℅ glyph, which reads as %", () => {
    for (const line of [...LINKEDIN_IRELAND.dpoPostalBlock, ...LINKEDIN_CORPORATION.dpoPostalBlock])
      expect(line).not.toContain("\u2105");
  });
});

describe("LinkedIn's links", () => {
  it("are the published https addresses on linkedin.com", () => {
    for (const url of Object.values(LINKEDIN_URLS)) {
      expect(new URL(url).hostname).toBe("www.linkedin.com");
      expect(url.startsWith("https://")).toBe(true);
    }
    expect(LINKEDIN_LINKS).toEqual({
      objectionForm: "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
      setting: "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
      dpoForm: "https://www.linkedin.com/help/linkedin/ask/TSO-DPO",
    });
  });
});
