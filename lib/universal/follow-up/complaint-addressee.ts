import { AUTHORITIES } from "@/lib/universal/data/authorities";
import { authorityName } from "@/lib/universal/data/authority-name";
import type { Locale } from "@/lib/universal/i18n/locales";
import { authorityFor } from "@/lib/universal/rules/authority";
import type { CountryCode } from "@/lib/universal/rules/types";
import { followUpCatalog } from "./catalog";
import type { GermanLand } from "./german-lands";
import type { Addressee } from "./model";

export interface ComplaintAddressee extends Addressee {
  /** False for Germany without a Land: the person chooses the authority of their Land. */
  known: boolean;
}

/**
 * Where a resident of `country` complains (GDPR Art. 77: the state of habitual residence): the national
 * authority from the authority table, the ICO for the UK, the FDPIC (a report) for Switzerland. Germany: the
 * authority of the person's Land when the Land is given (the Land authorities of the authority table, BDSG
 * s. 40), otherwise the general wording "the authority of my Land" and no link (the federal commissioner does
 * not handle complaints about private companies). Null outside the three regimes.
 */
export function complaintAddressee(
  country: CountryCode,
  land: GermanLand | undefined,
  locale: Locale,
): ComplaintAddressee | null {
  const catalog = followUpCatalog(locale);
  if (country.toUpperCase() === "DE") {
    const landAuthority = land ? authorityFor("DE", land) : null;
    if (landAuthority && landAuthority !== AUTHORITIES.DE) {
      return { name: authorityName(landAuthority, locale), url: landAuthority.complaintUrl, known: true };
    }
    return land
      ? { name: catalog.authorities.germanLand(land), known: true }
      : { name: catalog.authorities.germanGeneral, known: false };
  }
  const authority = authorityFor(country);
  if (!authority) return null;
  const entry = AUTHORITIES[authority.country as keyof typeof AUTHORITIES] ?? authority;
  return { name: authorityName(entry, locale), url: entry.complaintUrl, known: true };
}
