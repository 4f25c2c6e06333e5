/**
 * The primary sources every legal statement of the app traces to, with where to read them.
 * Pages and the letter cite these by `id`; titles are in the source's own language.
 */
export interface LegalSource {
  id: string;
  title: string;
  url: string;
  /** What the app takes from it. */
  usedFor: string;
}

export const LEGAL_SOURCES = [
  {
    id: "linkedin-eu-privacy-notice",
    title: "LinkedIn European Regional Privacy Notice (update of 3 November 2025)",
    url: "https://www.linkedin.com/legal/privacy/eu",
    usedFor:
      "Training since 3 Nov 2025 on legitimate interests, data used, controllers, links, UK sharing with Microsoft",
  },
  {
    id: "linkedin-privacy-policy",
    title: "LinkedIn Privacy Policy",
    url: "https://www.linkedin.com/legal/privacy-policy",
    usedFor: "Controllers and their addresses per region",
  },
  {
    id: "linkedin-generative-ai-faq",
    title: "LinkedIn Help: generative AI and your data (FAQ)",
    url: "https://www.linkedin.com/help/linkedin/answer/a5538339",
    usedFor: "The setting, its default, no undoing of past training, members believed under 18",
  },
  {
    id: "linkedin-user-agreement",
    title: "LinkedIn User Agreement",
    url: "https://www.linkedin.com/legal/user-agreement",
    usedFor: "Minimum age of 16",
  },
  {
    id: "gdpr",
    title: "Regulation (EU) 2016/679 (General Data Protection Regulation)",
    url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
    usedFor:
      "Arts. 3(1), 5(1)(b), 6(1)(f), 7(3), 9, 12, 13(1)(d), 14(2)(b), 15(1), 17(1)(a)/(c)/(d), 18, 19, 21, 56, 77, 79; Recital 38",
  },
  {
    id: "edpb-opinion-28-2024",
    title:
      "EDPB Opinion 28/2024 on certain data protection aspects related to the processing of personal data in the context of AI models (17 December 2024)",
    url: "https://www.edpb.europa.eu/our-work-tools/our-documents/opinion-board-art-64/opinion-282024-certain-data-protection-aspects_en",
    usedFor:
      "Three-step legitimate-interest test, reasonable expectations, unconditional opt-out, models not always anonymous",
  },
  {
    id: "ch-fadp",
    title: "Swiss Federal Act on Data Protection (FADP, SR 235.1), in force since 1 September 2023",
    url: "https://www.fedlex.admin.ch/eli/cc/2022/491/en",
    usedFor: "Arts. 3(1), 30(2)(b), 30(3), 31(1), 32(2)(a)-(c)",
  },
  {
    id: "uk-gdpr",
    title: "UK GDPR (retained Regulation (EU) 2016/679)",
    url: "https://www.legislation.gov.uk/eur/2016/679/contents",
    usedFor: "UK GDPR Arts. 3(2), 12(3), 12A, 15(1), 21 and the rest of the UK letter",
  },
  {
    id: "uk-duaa-2025-s103",
    title: "Data (Use and Access) Act 2025, section 103 (complaints by data subjects)",
    url: "https://www.legislation.gov.uk/ukpga/2025/18/section/103",
    usedFor:
      "Inserts s. 164A into the Data Protection Act 2018: complaint to the controller, acknowledged within 30 days",
  },
  {
    id: "uk-si-2026-82",
    // Not read in the original: its commencement dates are taken from law firms' summaries.
    title:
      "SI 2026/82, commencement regulations under the Data (Use and Access) Act 2025 (as summarised by law firms)",
    url: "https://www.legislation.gov.uk/uksi/2026/82/contents",
    usedFor: "Art. 12A UK GDPR in force 5 February 2026; s. 164A DPA 2018 in force 19 June 2026",
  },
  {
    id: "uk-dpa-2018-s164a",
    title: "Data Protection Act 2018, section 164A (complaints by data subjects to controllers)",
    url: "https://www.legislation.gov.uk/ukpga/2018/12/section/164A",
    usedFor: "The UK letter is also a complaint to the controller",
  },
  {
    id: "de-bdsg-s40",
    title:
      "Bundesdatenschutzgesetz (BDSG), § 40 (Land supervisory authorities) and § 19 (forwarding of complaints)",
    url: "https://www.gesetze-im-internet.de/bdsg_2018/__40.html",
    usedFor: "In Germany, the authority of the Land supervises private companies; complaints are forwarded",
  },
  {
    id: "cjeu-c-252-21",
    title:
      "CJEU, judgment of 4 July 2023, Meta Platforms and Others v Bundeskartellamt, C-252/21, EU:C:2023:537",
    url: "https://curia.europa.eu/juris/liste.jsf?num=C-252/21",
    usedFor: "Data is “manifestly made public” (GDPR Art. 9(2)(e)) only by an explicit, informed choice",
  },
  {
    id: "edpb-guidelines-01-2022",
    title: "EDPB Guidelines 01/2022 on data subject rights – Right of access (version 2.1, 28 March 2023)",
    url: "https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-012022-data-subject-rights-right-access_en",
    usedFor:
      "Identity checks must be proportionate: no ID document where the account authenticates the person",
  },
  {
    id: "ico-complaint",
    title: "ICO: data protection complaints",
    url: "https://ico.org.uk/make-a-complaint/data-protection-complaints",
    usedFor: "Complaint channel in the United Kingdom",
  },
  {
    id: "cnil-droit-opposition",
    title: "CNIL, « Le droit d’opposition : refuser l’utilisation de vos données »",
    url: "https://www.cnil.fr/fr/le-droit-dopposition",
    usedFor: "Objecting on grounds relating to one's particular situation, no proof needed, keep a copy",
  },
  {
    id: "edpb-members",
    title: "EDPB: Members (national supervisory authorities)",
    url: "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en",
    usedFor: "The supervisory authority table",
  },
  {
    id: "tfeu-territorial-scope",
    title: "Treaty on the Functioning of the European Union, Arts. 349 and 355 (territorial scope)",
    url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016E355",
    usedFor: "Which territories with their own ISO code are part of the EU",
  },
  {
    id: "eea-agreement",
    title: "Agreement on the European Economic Area, Art. 126 and Protocol 40 (Svalbard)",
    url: "https://www.efta.int/Legal-Text/EEA-Agreement-1327",
    usedFor: "GDPR in Iceland, Liechtenstein and Norway; Svalbard excluded",
  },
  {
    id: "iso-3166",
    title: "ISO 3166-1 alpha-2 country codes (ISO Online Browsing Platform)",
    url: "https://www.iso.org/obp/ui/#search/code/",
    usedFor: "The list of country and territory codes",
  },
] as const satisfies readonly LegalSource[];

export type LegalSourceId = (typeof LEGAL_SOURCES)[number]["id"];

/** The source with this id. */
export function legalSource(id: LegalSourceId): LegalSource {
  return LEGAL_SOURCES.find((source) => source.id === id) as LegalSource;
}
