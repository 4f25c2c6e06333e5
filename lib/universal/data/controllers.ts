import type { PostalParty, Regime } from "@/lib/universal/rules/types";

/**
 * LinkedIn's controllers and their postal addresses, exactly as LinkedIn publishes them.
 * Source: LinkedIn European Regional Privacy Notice, 3 Nov 2025 update (https://www.linkedin.com/legal/privacy/eu)
 * and Privacy Policy (https://www.linkedin.com/legal/privacy-policy).
 * No postcode is added where LinkedIn publishes none: addresses are not to be guessed.
 */

/**
 * The care-of line of the postal blocks. Spelt "c/o", never with the "℅" glyph, which many fonts lack and
 * which reads as "%". French letters print « À l'attention du délégué à la protection des données » instead.
 */
export const DPO_LINE = "c/o Data Protection Officer";

/** Controller for members in the EU, the EEA and Switzerland ("Designated Countries"). */
export const LINKEDIN_IRELAND: PostalParty = {
  name: "LinkedIn Ireland Unlimited Company",
  address: ["Wilton Place", "Dublin 2", "Ireland"],
  dpoPostalBlock: [
    "LinkedIn Ireland Unlimited Company",
    DPO_LINE,
    "Wilton Plaza",
    "Wilton Place",
    "Dublin 2",
    "Ireland",
  ],
};

/** Controller for members in the United Kingdom: LinkedIn Corporation, not LinkedIn Ireland. */
export const LINKEDIN_CORPORATION: PostalParty = {
  name: "LinkedIn Corporation",
  address: ["1000 W Maude Avenue", "Sunnyvale, CA", "USA"],
  // The notice gives no ZIP code: it is not added until confirmed.
  dpoPostalBlock: ["LinkedIn Corporation", DPO_LINE, "1000 W Maude Avenue", "Sunnyvale, CA", "USA"],
};

const CONTROLLERS: Readonly<Record<Regime, PostalParty | null>> = {
  "eu-gdpr": LINKEDIN_IRELAND,
  // The Swiss letter goes to LinkedIn Ireland too: it is the controller for all Designated Countries.
  "ch-fadp": LINKEDIN_IRELAND,
  "uk-gdpr": LINKEDIN_CORPORATION,
  none: null,
};

/** Who receives the objection under a regime; null when no regime applies. */
export function controllerFor(regime: Regime): PostalParty | null {
  return CONTROLLERS[regime];
}
