import { describe, expect, it } from "vitest";
import { partnerMessage, type PartnerMessages } from "./partner-message";

const NONE: PartnerMessages = { messageFr: null, messageEn: null, messageDe: null, messageIt: null };
const ALL: PartnerMessages = {
  messageFr: "Refusons ensemble.",
  messageEn: "Let us refuse together.",
  messageDe: "Widersprechen wir gemeinsam.",
  messageIt: "Opponiamoci insieme.",
};

describe("partnerMessage", () => {
  it.each([
    ["fr", "Refusons ensemble."],
    ["en", "Let us refuse together."],
    ["de", "Widersprechen wir gemeinsam."],
    ["it", "Opponiamoci insieme."],
  ])("on a page in %s, shows the message in that language without a lang attribute", (locale, text) => {
    expect(partnerMessage(ALL, locale)).toEqual({ text, lang: undefined });
  });

  it.each([
    {
      name: "English first",
      messages: { ...NONE, messageEn: "EN", messageFr: "FR", messageIt: "IT" },
      locale: "de",
      expected: { text: "EN", lang: "en" },
    },
    {
      name: "then French",
      messages: { ...NONE, messageFr: "FR", messageDe: "DE", messageIt: "IT" },
      locale: "en",
      expected: { text: "FR", lang: "fr" },
    },
    {
      name: "then German",
      messages: { ...NONE, messageDe: "DE", messageIt: "IT" },
      locale: "fr",
      expected: { text: "DE", lang: "de" },
    },
    {
      name: "then Italian",
      messages: { ...NONE, messageIt: "IT" },
      locale: "en",
      expected: { text: "IT", lang: "it" },
    },
    {
      name: "German on an Italian page that has no Italian message",
      messages: { ...NONE, messageDe: "DE" },
      locale: "it",
      expected: { text: "DE", lang: "de" },
    },
    {
      name: "Italian on a German page that has no German message",
      messages: { ...NONE, messageIt: "IT" },
      locale: "de",
      expected: { text: "IT", lang: "it" },
    },
  ])("falls back in the order en, fr, de, it: $name", ({ messages, locale, expected }) => {
    expect(partnerMessage(messages, locale)).toEqual(expected);
  });

  it("treats a blank message as missing and trims the one it shows", () => {
    const messages = { ...NONE, messageDe: "   ", messageEn: "", messageFr: "  Bonjour  " };
    expect(partnerMessage(messages, "de")).toEqual({ text: "Bonjour", lang: "fr" });
  });

  it("marks the language of every message on a page in a language partners cannot write in", () => {
    expect(partnerMessage({ ...NONE, messageEn: "EN" }, "es")).toEqual({ text: "EN", lang: "en" });
    expect(partnerMessage({ ...NONE, messageIt: "IT" }, "")).toEqual({ text: "IT", lang: "it" });
  });

  it("returns null when the partner left no message", () => {
    expect(partnerMessage(NONE, "fr")).toBeNull();
    expect(partnerMessage({ ...NONE, messageIt: " " }, "it")).toBeNull();
  });
});
