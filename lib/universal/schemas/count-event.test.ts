import { describe, expect, it } from "vitest";
import { ZCountEvent } from "./count-event";

describe("ZCountEvent", () => {
  it.each([
    {
      name: "a French letter",
      input: { country: "FR", locale: "fr" },
      output: { country: "FR", locale: "fr" },
    },
    {
      name: "a partner's letter with a lower-case country",
      input: { country: "de", locale: "en", partner: "la-quadrature" },
      output: { country: "DE", locale: "en", partner: "la-quadrature" },
    },
    {
      name: "an empty partner",
      input: { country: "FR", locale: "fr", partner: "" },
      output: { country: "FR", locale: "fr" },
    },
    {
      name: "a null partner",
      input: { country: "FR", locale: "fr", partner: null },
      output: { country: "FR", locale: "fr" },
    },
    {
      name: "extra fields, which it drops",
      input: { country: "FR", locale: "fr", email: "camille@example.org", ip: "1.2.3.4" },
      output: { country: "FR", locale: "fr" },
    },
  ])("accepts $name", ({ input, output }) => {
    const parsed = ZCountEvent.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(output);
  });

  it.each([
    { name: "a missing country", input: { locale: "fr" } },
    { name: "an unknown country", input: { country: "ZZ", locale: "fr" } },
    { name: "a language the site does not have", input: { country: "FR", locale: "es" } },
    {
      name: "a partner slug with capitals or spaces",
      input: { country: "FR", locale: "fr", partner: "Bad Slug" },
    },
    {
      name: "a partner slug that is too long",
      input: { country: "FR", locale: "fr", partner: "a".repeat(65) },
    },
    { name: "not an object", input: "FR" },
  ])("rejects $name", ({ input }) => {
    expect(ZCountEvent.safeParse(input).success).toBe(false);
  });
});
