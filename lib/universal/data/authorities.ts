import type { AuthorityRef, CountryCode } from "@/lib/universal/rules/types";

/**
 * Supervisory authorities of the EU and EEA states (GDPR Art. 51), Switzerland and the United Kingdom.
 * `name` is the official name in the local language; `nameFr`/`nameEn` are the names the authorities use
 * themselves in those languages where they publish one, otherwise a faithful translation.
 *
 * Sources: EDPB, "Members" (https://www.edpb.europa.eu/about-edpb/about-edpb/members_en) for the list of
 * national authorities; each authority's own website for its names; complaint pages from the authorities' sites
 * as listed in the Privacy Guides "DPA Directory" (docs/activism/dpadirectory, last update 2026-03-30, repository
 * privacyguides/privacyguides.org), cross-checked against the authorities' own pages for BE, FR, IE and SE;
 * the ICO complaint page from DOMAIN.md section 3. Each complaint page is a page of the authority's own site
 * (AT and ES run theirs on a second official domain). Review yearly: these pages move.
 */
export interface Authority extends AuthorityRef {
  /** Short form people know the authority by, e.g. "CNIL". */
  acronym?: string;
}

/** The states with a supervisory authority in this table: EU and EEA states, Switzerland, the United Kingdom. */
// prettier-ignore
export const AUTHORITY_COUNTRIES = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
  "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH", "GB",
] as const;
export type AuthorityCountry = (typeof AUTHORITY_COUNTRIES)[number];

const authority = (country: CountryCode, fields: Omit<Authority, "country">): Authority => ({
  country,
  ...fields,
});

/** The Irish Data Protection Commission, also LinkedIn's lead authority. */
const DATA_PROTECTION_COMMISSION: Authority = authority("IE", {
  name: "Data Protection Commission",
  nameEn: "Data Protection Commission",
  nameFr: "Commission de protection des données (Irlande)",
  acronym: "DPC",
  url: "https://www.dataprotection.ie/",
  complaintUrl:
    "https://www.dataprotection.ie/en/individuals/exercising-your-rights/raising-concern-commission",
});

export const AUTHORITIES: Readonly<Record<AuthorityCountry, Authority>> = {
  AT: authority("AT", {
    name: "Österreichische Datenschutzbehörde",
    nameEn: "Austrian Data Protection Authority",
    nameFr: "Autorité autrichienne de protection des données",
    acronym: "DSB",
    url: "https://www.dsb.gv.at/",
    complaintUrl:
      "https://data-protection-authority.gv.at/data-protection-in-austria/right-to-lodge-a-complaint",
  }),
  BE: authority("BE", {
    name: "Gegevensbeschermingsautoriteit / Autorité de protection des données",
    nameEn: "Belgian Data Protection Authority",
    nameFr: "Autorité de protection des données",
    acronym: "GBA / APD",
    url: "https://www.autoriteprotectiondonnees.be/",
    complaintUrl: "https://www.autoriteprotectiondonnees.be/citoyen/agir/introduire-une-plainte",
  }),
  BG: authority("BG", {
    name: "Комисия за защита на личните данни",
    nameEn: "Commission for Personal Data Protection",
    nameFr: "Commission de protection des données personnelles (Bulgarie)",
    acronym: "КЗЛД",
    url: "https://cpdp.bg/",
    complaintUrl: "https://cpdp.bg/en/lodging-complaints-and-alerts/",
  }),
  HR: authority("HR", {
    name: "Agencija za zaštitu osobnih podataka",
    nameEn: "Croatian Personal Data Protection Agency",
    nameFr: "Agence croate de protection des données personnelles",
    acronym: "AZOP",
    url: "https://azop.hr/",
    complaintUrl: "https://azop.hr/how-to-lodge-a-complaint/",
  }),
  CY: authority("CY", {
    name: "Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα",
    nameEn: "Office of the Commissioner for Personal Data Protection",
    nameFr: "Bureau du commissaire à la protection des données personnelles (Chypre)",
    url: "https://www.dataprotection.gov.cy/",
    complaintUrl:
      "https://www.dataprotection.gov.cy/dataprotection/dataprotection.nsf/page1i_en/page1i_en?opendocument",
  }),
  CZ: authority("CZ", {
    name: "Úřad pro ochranu osobních údajů",
    nameEn: "Office for Personal Data Protection",
    nameFr: "Office pour la protection des données personnelles (Tchéquie)",
    acronym: "ÚOOÚ",
    url: "https://uoou.gov.cz/",
    complaintUrl: "https://uoou.gov.cz/verejnost/stiznost-na-spravce-nebo-zpracovatele",
  }),
  DK: authority("DK", {
    name: "Datatilsynet",
    nameEn: "Danish Data Protection Agency",
    nameFr: "Autorité danoise de protection des données",
    url: "https://www.datatilsynet.dk/",
    complaintUrl: "https://www.datatilsynet.dk/english/file-a-complaint",
  }),
  EE: authority("EE", {
    name: "Andmekaitse Inspektsioon",
    nameEn: "Estonian Data Protection Inspectorate",
    nameFr: "Inspection estonienne de la protection des données",
    acronym: "AKI",
    url: "https://www.aki.ee/",
    complaintUrl: "https://www.aki.ee/meist/vota-uhendust/kaebus-isikuandmete-kaitse-asjas",
  }),
  FI: authority("FI", {
    name: "Tietosuojavaltuutetun toimisto",
    nameEn: "Office of the Data Protection Ombudsman",
    nameFr: "Bureau du médiateur de la protection des données (Finlande)",
    url: "https://tietosuoja.fi/",
    complaintUrl: "https://tietosuoja.fi/en/request-for-an-order-concerning-the-rights-of-the-data-subject",
  }),
  FR: authority("FR", {
    name: "Commission nationale de l'informatique et des libertés",
    nameEn: "French Data Protection Authority (CNIL)",
    nameFr: "Commission nationale de l'informatique et des libertés",
    acronym: "CNIL",
    url: "https://www.cnil.fr/",
    complaintUrl: "https://www.cnil.fr/fr/plaintes",
  }),
  // For complaints about a private company the authority of the person's Land is competent (BDSG § 40); the
  // federal commissioner represents Germany in the EDPB and forwards complaints it receives.
  DE: authority("DE", {
    name: "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit",
    nameEn: "Federal Commissioner for Data Protection and Freedom of Information",
    nameFr: "Commissaire fédérale à la protection des données et à la liberté d'information (Allemagne)",
    acronym: "BfDI",
    url: "https://www.bfdi.bund.de/",
    complaintUrl: "https://www.bfdi.bund.de/DE/Service/Kontakt/Kontaktfinder/kontaktfinder_node.html",
  }),
  GR: authority("GR", {
    name: "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα",
    nameEn: "Hellenic Data Protection Authority",
    nameFr: "Autorité hellénique de protection des données",
    url: "https://www.dpa.gr/",
    complaintUrl: "https://www.dpa.gr/en/individuals/complaint-to-the-hellenic-dpa",
  }),
  HU: authority("HU", {
    name: "Nemzeti Adatvédelmi és Információszabadság Hatóság",
    nameEn: "Hungarian National Authority for Data Protection and Freedom of Information",
    nameFr: "Autorité nationale hongroise pour la protection des données et la liberté de l'information",
    acronym: "NAIH",
    url: "https://naih.hu/",
    complaintUrl:
      "https://www.naih.hu/adatkezeles-erintettjekent-fordulok-a-hatosaghoz/adatvedelmi-hatosagi-eljaras-gdpr",
  }),
  IE: DATA_PROTECTION_COMMISSION,
  IT: authority("IT", {
    name: "Garante per la protezione dei dati personali",
    nameEn: "Italian Data Protection Authority",
    nameFr: "Autorité italienne de protection des données (Garante)",
    url: "https://www.garanteprivacy.it/",
    complaintUrl:
      "https://www.garanteprivacy.it/diritti/come-agire-per-tutelare-i-tuoi-dati-personali/reclamo",
  }),
  LV: authority("LV", {
    name: "Datu valsts inspekcija",
    nameEn: "Data State Inspectorate",
    nameFr: "Inspection nationale des données (Lettonie)",
    acronym: "DVI",
    url: "https://www.dvi.gov.lv/",
    complaintUrl: "https://www.dvi.gov.lv/lv/iesniegumu-paraugi",
  }),
  LT: authority("LT", {
    name: "Valstybinė duomenų apsaugos inspekcija",
    nameEn: "State Data Protection Inspectorate",
    nameFr: "Inspection nationale de la protection des données (Lituanie)",
    acronym: "VDAI",
    url: "https://vdai.lrv.lt/",
    complaintUrl: "https://vdai.lrv.lt/lt/veiklos-sritys-1/skundu-nagrinejimas/",
  }),
  LU: authority("LU", {
    name: "Commission nationale pour la protection des données",
    nameEn: "National Commission for Data Protection",
    nameFr: "Commission nationale pour la protection des données",
    acronym: "CNPD",
    url: "https://cnpd.public.lu/",
    complaintUrl: "https://cnpd.public.lu/en/particuliers/faire-valoir/formulaire-plainte.html",
  }),
  MT: authority("MT", {
    name: "Information and Data Protection Commissioner",
    nameEn: "Information and Data Protection Commissioner",
    nameFr: "Commissaire à l'information et à la protection des données (Malte)",
    acronym: "IDPC",
    url: "https://idpc.org.mt/",
    complaintUrl: "https://idpc.org.mt/file-a-complaint/",
  }),
  NL: authority("NL", {
    name: "Autoriteit Persoonsgegevens",
    nameEn: "Dutch Data Protection Authority",
    nameFr: "Autorité néerlandaise de protection des données",
    acronym: "AP",
    url: "https://autoriteitpersoonsgegevens.nl/",
    complaintUrl: "https://autoriteitpersoonsgegevens.nl/en/submitting-a-tip-off-or-a-complaint-to-the-ap",
  }),
  PL: authority("PL", {
    name: "Urząd Ochrony Danych Osobowych",
    nameEn: "Personal Data Protection Office",
    nameFr: "Office de protection des données personnelles (Pologne)",
    acronym: "UODO",
    url: "https://uodo.gov.pl/",
    complaintUrl: "https://uodo.gov.pl/en/681/1404",
  }),
  PT: authority("PT", {
    name: "Comissão Nacional de Proteção de Dados",
    nameEn: "National Data Protection Commission",
    nameFr: "Commission nationale de protection des données (Portugal)",
    acronym: "CNPD",
    url: "https://www.cnpd.pt/",
    complaintUrl: "https://www.cnpd.pt/cidadaos/participacoes/",
  }),
  RO: authority("RO", {
    name: "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal",
    nameEn: "National Supervisory Authority for Personal Data Processing",
    nameFr: "Autorité nationale de surveillance du traitement des données personnelles (Roumanie)",
    acronym: "ANSPDCP",
    url: "https://www.dataprotection.ro/",
    complaintUrl: "https://www.dataprotection.ro/index.jsp?page=Plangeri_RGPD",
  }),
  SK: authority("SK", {
    name: "Úrad na ochranu osobných údajov Slovenskej republiky",
    nameEn: "Office for Personal Data Protection of the Slovak Republic",
    nameFr: "Office de protection des données personnelles de la République slovaque",
    url: "https://dataprotection.gov.sk/",
    complaintUrl:
      "https://dataprotection.gov.sk/en/rights-data-subjects/proposal-initiate-proceedings-on-personal-data-protection/",
  }),
  SI: authority("SI", {
    name: "Informacijski pooblaščenec",
    nameEn: "Information Commissioner",
    nameFr: "Commissaire à l'information (Slovénie)",
    url: "https://www.ip-rs.si/",
    complaintUrl: "https://www.ip-rs.si/en/data-protection/how-to-file-an-application",
  }),
  ES: authority("ES", {
    name: "Agencia Española de Protección de Datos",
    nameEn: "Spanish Data Protection Agency",
    nameFr: "Agence espagnole de protection des données",
    acronym: "AEPD",
    url: "https://www.aepd.es/",
    complaintUrl: "https://sedeaepd.gob.es/sede-electronica/procedures/claims/claims-info",
  }),
  SE: authority("SE", {
    name: "Integritetsskyddsmyndigheten",
    nameEn: "Swedish Authority for Privacy Protection",
    nameFr: "Autorité suédoise de protection de la vie privée",
    acronym: "IMY",
    url: "https://www.imy.se/",
    complaintUrl: "https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/",
  }),
  IS: authority("IS", {
    name: "Persónuvernd",
    nameEn: "Icelandic Data Protection Authority",
    nameFr: "Autorité islandaise de protection des données",
    url: "https://island.is/en/o/the-data-protection-authority",
    complaintUrl: "https://island.is/en/complaint-to-the-data-protection-authority",
  }),
  LI: authority("LI", {
    name: "Datenschutzstelle Liechtenstein",
    nameEn: "Data Protection Authority of Liechtenstein",
    nameFr: "Autorité de protection des données du Liechtenstein",
    url: "https://www.datenschutzstelle.li/",
    complaintUrl: "https://www.datenschutzstelle.li/services-und-downloads/formulare",
  }),
  NO: authority("NO", {
    name: "Datatilsynet",
    nameEn: "Norwegian Data Protection Authority",
    nameFr: "Autorité norvégienne de protection des données",
    url: "https://www.datatilsynet.no/",
    complaintUrl: "https://www.datatilsynet.no/om-datatilsynet/kontakt-oss/klage-til-datatilsynet/",
  }),
  // The FDPIC investigates on reports rather than deciding individual complaints (DOMAIN.md section 3).
  CH: authority("CH", {
    name: "Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter",
    nameEn: "Federal Data Protection and Information Commissioner (FDPIC)",
    nameFr: "Préposé fédéral à la protection des données et à la transparence (PFPDT)",
    acronym: "EDÖB",
    url: "https://www.edoeb.admin.ch/",
    complaintUrl: "https://www.edoeb.admin.ch/en/submitting-a-complaint",
  }),
  GB: authority("GB", {
    name: "Information Commissioner's Office",
    nameEn: "Information Commissioner's Office (ICO)",
    nameFr: "Bureau du commissaire à l'information du Royaume-Uni (ICO)",
    acronym: "ICO",
    url: "https://ico.org.uk/",
    complaintUrl: "https://ico.org.uk/make-a-complaint/",
  }),
};

/** LinkedIn Ireland's lead supervisory authority (GDPR Art. 56): the Irish Data Protection Commission. */
export const LEAD_AUTHORITY: Authority = DATA_PROTECTION_COMMISSION;

/** Postal address of the lead authority (DOMAIN.md section 3). */
export const LEAD_AUTHORITY_ADDRESS = [
  "21 Fitzwilliam Square South",
  "Dublin 2",
  "D02 RD28",
  "Ireland",
] as const;
