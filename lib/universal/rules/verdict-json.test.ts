import { describe, expect, it } from "vitest";
import { assessEligibility } from "./assess-eligibility";
import { verdictToJson, type ReasonText } from "./verdict-json";

const text: ReasonText = (code, part) => `${code}/${part}`;

describe("verdictToJson", () => {
  it("shapes a verdict as the API's JSON, with reason sentences from the catalogue", () => {
    const verdict = assessEligibility({ country: "FR", age: "16-17", account: "member", school: false });
    const json = verdictToJson(verdict, "en", text);
    expect(json).toEqual({
      status: "eligible-with-caveats",
      regime: "eu-gdpr",
      reasons: [
        {
          code: "possible-minor",
          kind: "caveat",
          title: "possible-minor/title",
          message: "possible-minor/explanation",
          action: "possible-minor/action",
        },
      ],
      controller: {
        name: "LinkedIn Ireland Unlimited Company",
        address: ["Wilton Place", "Dublin 2", "Ireland"],
      },
      authority: {
        name: "French Data Protection Authority (CNIL)",
        localName: "Commission nationale de l'informatique et des libertés",
        acronym: "CNIL",
        country: "FR",
        url: "https://www.cnil.fr/",
        complaintUrl: "https://www.cnil.fr/fr/plaintes",
      },
      leadAuthority: expect.objectContaining({ name: "Data Protection Commission", country: "IE" }),
      articles: verdict.articles,
      links: verdict.links,
      responseDeadline: "P1M",
    });
    // The DPO postal block stays internal: the API's controller is { name, address }.
    expect(Object.keys(json.controller ?? {})).toEqual(["name", "address"]);
  });

  it("names authorities in French for a French response", () => {
    const verdict = assessEligibility({ country: "CH", age: "18-plus", account: "member", school: false });
    const json = verdictToJson(verdict, "fr", text);
    expect(json.authority?.name).toBe(
      "Préposé fédéral à la protection des données et à la transparence (PFPDT)",
    );
    expect(json.leadAuthority?.name).toBe("Commission de protection des données (Irlande)");
  });

  it("omits the acronym field when an authority has none", () => {
    const verdict = assessEligibility({ country: "DK", age: "18-plus", account: "member", school: false });
    expect(verdictToJson(verdict, "en", text).authority).not.toHaveProperty("acronym");
  });

  it("gives null controller and authorities outside scope", () => {
    const verdict = assessEligibility({ country: "JP", age: "18-plus", account: "member", school: false });
    expect(verdictToJson(verdict, "en", text)).toMatchObject({
      controller: null,
      authority: null,
      leadAuthority: null,
      articles: [],
    });
  });

  it("survives a JSON round trip unchanged", () => {
    const verdict = assessEligibility({
      country: "GB",
      age: "under-16",
      account: "non-member",
      school: true,
    });
    const json = verdictToJson(verdict, "en", text);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
