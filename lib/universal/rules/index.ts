/** The rules library's public surface. */
export { assessEligibility, REASON_KIND } from "./assess-eligibility";
export { regimeFor } from "./regime";
export { authorityFor, leadAuthorityFor } from "./authority";
export { articlesFor } from "./articles";
export { controllerFor } from "@/lib/universal/data/controllers";
export { isKnownCountry, ALL_COUNTRY_CODES } from "@/lib/universal/data/countries";
export * from "./types";
