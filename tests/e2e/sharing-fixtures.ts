import { readFileSync } from "node:fs";
import type { TPartnerInput } from "@/lib/universal/schemas/partner";

/** The partners the sharing specs use (created by sharing-seed.ts before the server starts). */
export const SHARING_PARTNERS: { input: TPartnerInput; revoked?: boolean }[] = [
  {
    input: {
      slug: "e2e-asso-fr",
      name: "Association Démo",
      url: "https://asso.example",
      defaultLocale: "fr",
      messageFr: "Ensemble, refusons que nos données entraînent l’IA de LinkedIn.",
      messageEn: "Together, let us refuse.",
      messageDe: undefined,
      messageIt: undefined,
    },
  },
  {
    input: {
      slug: "e2e-news-en",
      name: "Demo Newsroom",
      url: "https://news.example",
      defaultLocale: "en",
      messageFr: undefined,
      messageEn: "Our readers asked how to opt out: here is how.",
      messageDe: undefined,
      messageIt: undefined,
    },
  },
  {
    // Writes in German and Italian only: pages in other languages show the German message, marked as such.
    input: {
      slug: "e2e-verein",
      name: "Demo-Verein",
      url: "https://verein.example",
      defaultLocale: "de",
      messageFr: undefined,
      messageEn: undefined,
      messageDe: "Gemeinsam widersprechen wir der Nutzung unserer Daten für das KI-Training von LinkedIn.",
      messageIt: "Insieme ci opponiamo all’uso dei nostri dati per l’addestramento dell’IA di LinkedIn.",
    },
  },
  {
    input: {
      slug: "e2e-embed",
      name: "Embed Partner",
      url: "https://embed.example",
      defaultLocale: "en",
      messageFr: undefined,
      messageEn: undefined,
      messageDe: undefined,
      messageIt: undefined,
    },
  },
  {
    input: {
      slug: "e2e-revoked",
      name: "Gone Partner",
      url: "https://gone.example",
      defaultLocale: "fr",
      messageFr: undefined,
      messageEn: undefined,
      messageDe: undefined,
      messageIt: undefined,
    },
    revoked: true,
  },
];

export const sharingSeedFile = (dir: string) => `${dir.replace(/\/+$/, "")}-sharing.json`;

/** The stats token of a seeded partner. */
export function seededToken(slug: string): string {
  const dir = process.env.E2E_PGLITE_DIR;
  if (!dir) throw new Error("E2E_PGLITE_DIR is not set: run through playwright.config.ts");
  const tokens = JSON.parse(readFileSync(sharingSeedFile(dir), "utf8")) as Record<string, string>;
  const token = tokens[slug];
  if (!token) throw new Error(`No seeded token for ${slug}`);
  return token;
}
