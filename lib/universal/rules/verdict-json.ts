import type { Authority } from "@/lib/universal/data/authorities";
import { authorityName } from "@/lib/universal/data/authority-name";
import type { Locale } from "@/lib/universal/i18n/locales";
import type { AuthorityRef, LinkedInLinks, ReasonCode, ReasonKind, Verdict } from "./types";

/** A reason as the API returns it: `message` is the explanation; `title` and `action` are extras. */
export interface ReasonJson {
  code: ReasonCode;
  kind: ReasonKind;
  title: string;
  message: string;
  action: string;
}

export interface AuthorityJson {
  /** Name in the response's language. */
  name: string;
  /** Official name in the authority's own language. */
  localName: string;
  acronym?: string;
  country: string;
  url: string;
  complaintUrl: string;
}

/** The 200 body of `GET /api/v1/eligibility`. */
export interface VerdictJson {
  status: Verdict["status"];
  regime: Verdict["regime"];
  reasons: ReasonJson[];
  controller: { name: string; address: string[] } | null;
  authority: AuthorityJson | null;
  leadAuthority: AuthorityJson | null;
  articles: string[];
  links: LinkedInLinks;
  responseDeadline: Verdict["responseDeadline"];
}

/** Sentences for a reason, looked up by message key (`Reasons.<code>.title` ...). */
export type ReasonText = (code: ReasonCode, part: "title" | "explanation" | "action") => string;

function authorityJson(authority: AuthorityRef | null, locale: Locale): AuthorityJson | null {
  if (!authority) return null;
  const { acronym } = authority as Authority;
  return {
    name: authorityName(authority, locale),
    localName: authority.name,
    ...(acronym ? { acronym } : {}),
    country: authority.country,
    url: authority.url,
    complaintUrl: authority.complaintUrl,
  };
}

/** Shapes a verdict as the API's JSON, with reason sentences in `locale`. */
export function verdictToJson(verdict: Verdict, locale: Locale, text: ReasonText): VerdictJson {
  return {
    status: verdict.status,
    regime: verdict.regime,
    reasons: verdict.reasons.map(({ code, kind }) => ({
      code,
      kind,
      title: text(code, "title"),
      message: text(code, "explanation"),
      action: text(code, "action"),
    })),
    controller: verdict.controller && {
      name: verdict.controller.name,
      address: [...verdict.controller.address],
    },
    authority: authorityJson(verdict.authority, locale),
    leadAuthority: authorityJson(verdict.leadAuthority, locale),
    articles: [...verdict.articles],
    links: { ...verdict.links },
    responseDeadline: verdict.responseDeadline,
  };
}
