import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_COUNTRY_CODES } from "@/lib/universal/data/countries";
import { assessEligibility, REASON_KIND } from "./assess-eligibility";
import {
  ACCOUNT_TYPES,
  AGE_BANDS,
  REASON_CODES,
  type AccountType,
  type AgeBand,
  type EligibilityInput,
  type ReasonCode,
} from "./types";

const codes = (input: EligibilityInput) => assessEligibility(input).reasons.map((r) => r.code);
const adult = { age: "18-plus", account: "member", school: false } as const;

describe("assessEligibility: examples that read as the product's promises", () => {
  it("an adult member in France is eligible, writes to LinkedIn Ireland and may complain to the CNIL", () => {
    const verdict = assessEligibility({ country: "FR", ...adult });
    expect(verdict).toMatchObject({
      status: "eligible",
      regime: "eu-gdpr",
      reasons: [],
      controller: { name: "LinkedIn Ireland Unlimited Company" },
      authority: { country: "FR", acronym: "CNIL" },
      leadAuthority: { country: "IE", name: "Data Protection Commission" },
      responseDeadline: "P1M",
    });
    expect(verdict.articles.slice(0, 2)).toEqual(["GDPR Art. 21(1)", "GDPR Art. 12(3)"]);
  });

  it("a 17-year-old in France is eligible with the possible-minor caveat", () => {
    const verdict = assessEligibility({ country: "FR", age: "16-17", account: "member", school: false });
    expect(verdict.status).toBe("eligible-with-caveats");
    expect(verdict.reasons).toEqual([{ code: "possible-minor", kind: "caveat" }]);
  });

  it("an adult still in secondary school is a possible minor too", () => {
    expect(codes({ country: "BE", ...adult, school: true })).toEqual(["possible-minor"]);
  });

  it("a 15-year-old gets the under-16 caveat only, school or not", () => {
    expect(codes({ country: "DE", ...adult, age: "under-16" })).toEqual(["under-16"]);
    expect(codes({ country: "DE", ...adult, age: "under-16", school: true })).toEqual(["under-16"]);
  });

  it("a Swiss member writes to LinkedIn Ireland under both laws, with the FDPIC as authority", () => {
    const verdict = assessEligibility({ country: "CH", ...adult });
    expect(verdict).toMatchObject({ status: "eligible", regime: "ch-fadp", authority: { country: "CH" } });
    expect(verdict.controller?.name).toBe("LinkedIn Ireland Unlimited Company");
    expect(verdict.reasons).toEqual([{ code: "swiss-law", kind: "info" }]);
    expect(verdict.articles).toEqual(
      expect.arrayContaining(["GDPR Art. 21(1)", "FADP Art. 30(2)(b)", "FADP Art. 32"]),
    );
  });

  it("a UK member writes to LinkedIn Corporation, learns about Microsoft, complains to the ICO, has no lead authority", () => {
    const verdict = assessEligibility({ country: "GB", ...adult });
    expect(verdict).toMatchObject({
      status: "eligible",
      regime: "uk-gdpr",
      controller: { name: "LinkedIn Corporation" },
      authority: { country: "GB", acronym: "ICO" },
      leadAuthority: null,
    });
    expect(verdict.reasons).toEqual([{ code: "uk-microsoft-sharing", kind: "info" }]);
    expect(verdict.articles[0]).toBe("UK GDPR Art. 21(1)");
  });

  it("a member in the United States is not eligible: outside scope, no controller, no authority, no articles", () => {
    expect(assessEligibility({ country: "US", ...adult })).toMatchObject({
      status: "not-eligible",
      regime: "none",
      reasons: [{ code: "outside-scope", kind: "blocker" }],
      controller: null,
      authority: null,
      leadAuthority: null,
      articles: [],
    });
  });

  it.each(["CA", "HK"])(
    "a member in %s is told LinkedIn trains there too, alongside outside-scope",
    (country) => {
      expect(assessEligibility({ country, ...adult }).reasons).toEqual([
        { code: "outside-scope", kind: "blocker" },
        { code: "no-gdpr-region-with-training", kind: "info" },
      ]);
    },
  );

  it("an organisation page is not a data subject, whatever the age answer", () => {
    for (const age of AGE_BANDS) {
      const verdict = assessEligibility({ country: "FR", age, account: "organization", school: true });
      expect(verdict.status).toBe("not-eligible");
      expect(verdict.reasons).toEqual([{ code: "organization-not-data-subject", kind: "blocker" }]);
      // The regime still applies: its admins can object as individuals to this controller.
      expect(verdict.controller?.name).toBe("LinkedIn Ireland Unlimited Company");
    }
  });

  it("a non-member can object with a caveat; a former member with an info", () => {
    expect(assessEligibility({ country: "IT", ...adult, account: "non-member" })).toMatchObject({
      status: "eligible-with-caveats",
      reasons: [{ code: "non-member", kind: "caveat" }],
    });
    expect(assessEligibility({ country: "IT", ...adult, account: "former-member" })).toMatchObject({
      status: "eligible",
      reasons: [{ code: "former-member", kind: "info" }],
    });
  });

  it.each(["premium", "recruiter", "member"] as const)(
    "a %s account is a member like any other",
    (account) => {
      expect(assessEligibility({ country: "NL", ...adult, account }).status).toBe("eligible");
    },
  );

  it("a resident of Réunion complains to the CNIL, of Åland to the Finnish ombudsman", () => {
    expect(assessEligibility({ country: "RE", ...adult }).authority?.country).toBe("FR");
    expect(assessEligibility({ country: "AX", ...adult }).authority?.country).toBe("FI");
  });

  it("accepts a lower-case country code", () => {
    expect(assessEligibility({ country: "pt", ...adult }).regime).toBe("eu-gdpr");
  });

  it("refuses an unknown country code instead of guessing", () => {
    expect(() => assessEligibility({ country: "UK", ...adult })).toThrow(RangeError);
  });

  it("orders reasons blockers first, then caveats, then infos", () => {
    const verdict = assessEligibility({
      country: "CA",
      age: "16-17",
      account: "former-member",
      school: false,
    });
    expect(verdict.reasons.map((r) => `${r.kind}:${r.code}`)).toEqual([
      "blocker:outside-scope",
      "caveat:possible-minor",
      "info:former-member",
      "info:no-gdpr-region-with-training",
    ]);
  });
});

describe("assessEligibility: every combination", () => {
  const REPRESENTATIVES = ["FR", "RE", "NO", "CH", "GB", "CA", "US", "JE"];
  const combinations = REPRESENTATIVES.flatMap((country) =>
    AGE_BANDS.flatMap((age) =>
      ACCOUNT_TYPES.flatMap((account) => [false, true].map((school) => ({ country, age, account, school }))),
    ),
  );

  function expectedCodes({ country, age, account, school }: EligibilityInput): ReasonCode[] {
    const out: ReasonCode[] = [];
    if (["CA", "US", "JE"].includes(country)) out.push("outside-scope");
    if (account === "organization") out.push("organization-not-data-subject");
    else {
      if (age === "under-16") out.push("under-16");
      else if (age === "16-17" || school) out.push("possible-minor");
      if (account === "non-member") out.push("non-member");
      if (account === "former-member") out.push("former-member");
    }
    if (country === "GB") out.push("uk-microsoft-sharing");
    if (country === "CH") out.push("swiss-law");
    if (country === "CA") out.push("no-gdpr-region-with-training");
    return out.sort((a, b) => REASON_CODES.indexOf(a) - REASON_CODES.indexOf(b));
  }

  it.each(combinations)("%o", (input) => {
    const verdict = assessEligibility(input);
    expect([...codes(input)].sort()).toEqual([...expectedCodes(input)].sort());
    const kinds = verdict.reasons.map((r) => r.kind);
    const status = kinds.includes("blocker")
      ? "not-eligible"
      : kinds.includes("caveat")
        ? "eligible-with-caveats"
        : "eligible";
    expect(verdict.status).toBe(status);
  });

  it("produces every reason code somewhere", () => {
    const seen = new Set(combinations.flatMap(codes));
    expect([...seen].sort()).toEqual([...REASON_CODES].sort());
  });

  it("gives each reason code the kind the API documents", () => {
    expect(REASON_KIND).toEqual({
      "outside-scope": "blocker",
      "organization-not-data-subject": "blocker",
      "under-16": "caveat",
      "possible-minor": "caveat",
      "non-member": "caveat",
      "former-member": "info",
      "uk-microsoft-sharing": "info",
      "swiss-law": "info",
      "no-gdpr-region-with-training": "info",
    });
  });
});

describe("assessEligibility: invariants over all countries and answers", () => {
  const input = fc.record({
    country: fc.constantFrom(...ALL_COUNTRY_CODES),
    age: fc.constantFrom<AgeBand>(...AGE_BANDS),
    account: fc.constantFrom<AccountType>(...ACCOUNT_TYPES),
    school: fc.boolean(),
  });

  it("controller and authority are null exactly when the regime is none; links and deadline are constant", () => {
    fc.assert(
      fc.property(input, (i) => {
        const v = assessEligibility(i);
        expect(v.controller === null).toBe(v.regime === "none");
        expect(v.authority === null).toBe(v.regime === "none");
        expect(v.articles.length === 0).toBe(v.regime === "none");
        expect(v.leadAuthority === null).toBe(v.regime === "none" || v.regime === "uk-gdpr");
        expect(v.responseDeadline).toBe("P1M");
        expect(v.links.objectionForm).toBe("https://www.linkedin.com/help/linkedin/ask/TS-DPRO");
        expect(new Set(v.reasons.map((r) => r.code)).size).toBe(v.reasons.length);
        expect(v.reasons.every((r) => r.kind === REASON_KIND[r.code])).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("is eligible (possibly with caveats) exactly for people in scope", () => {
    fc.assert(
      fc.property(input, (i) => {
        const v = assessEligibility(i);
        const eligible = v.status !== "not-eligible";
        expect(eligible).toBe(v.regime !== "none" && i.account !== "organization");
      }),
      { numRuns: 2000 },
    );
  });
});
