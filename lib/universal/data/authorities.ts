import type { AuthorityRef, CountryCode } from "@/lib/universal/rules/types";
import type { GermanLand } from "./german-laender";

export { GERMAN_LAENDER, isGermanLand, type GermanLand } from "./german-laender";

/**
 * Supervisory authorities of the EU and EEA states (GDPR Art. 51), Switzerland, the United Kingdom and the
 * German Länder. `name` is the official name in the local language; `nameFr`, `nameEn`, `nameDe` and `nameIt` are the names
 * the authorities use themselves in those languages where they have one (the Austrian, Liechtenstein, Swiss and
 * Land authorities in German; the Garante and the Swiss authority in Italian), otherwise a faithful translation.
 *
 * Sources: the national authorities as listed by the EDPB; names and pages from stored copies of each
 * authority's own site where available, otherwise the Privacy Guides "DPA Directory" (repository
 * privacyguides/privacyguides.org, docs/activism/dpadirectory, last update 2026-03-30) and datenanfragen/data.
 * Audited on 2026-11-29 without live web access: each link carries its evidence level (`evidence`), and
 * `confirmed` means a stored page of the authority itself (or of an official government site) shows it.
 * Only the links marked `confirmed` were seen on the authority's own pages. Review yearly: these pages move.
 */

/**
 * How well a link is established: `confirmed` (the authority's own page), `secondary` (two independent
 * secondary sources), `unconfirmed` (one secondary source or none).
 */
export type Evidence = "confirmed" | "secondary" | "unconfirmed";

/**
 * What a person writing in English or French must know before complaining (message keys `AuthorityNotes.*`):
 * the language the authority requires, or a form they may not be able to use.
 */
export const AUTHORITY_NOTES = [
  "german-complaints",
  "bulgarian-translation",
  "polish-only",
  "slovak-only",
  "french-only",
  "norwegian-bankid",
  "italian-signed-pec",
  "german-land",
] as const;
export type AuthorityNote = (typeof AUTHORITY_NOTES)[number];

export interface Authority extends AuthorityRef {
  /** Short form people know the authority by, e.g. "CNIL". */
  acronym?: string;
  /** Evidence level of the website and of the complaint page (see the header). */
  evidence: { url: Evidence; complaintUrl: Evidence };
  /** Requirements to show next to the complaint link, if any. */
  notes?: readonly AuthorityNote[];
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
  nameDe: "Irische Datenschutzkommission (Data Protection Commission)",
  nameIt: "Commissione irlandese per la protezione dei dati (Data Protection Commission)",
  acronym: "DPC",
  url: "https://www.dataprotection.ie/",
  complaintUrl:
    "https://www.dataprotection.ie/en/individuals/exercising-your-rights/raising-concern-commission",
  // The address is confirmed on the DPC's data protection statement; the complaint page by secondary sources.
  evidence: { url: "confirmed", complaintUrl: "secondary" },
});

export const AUTHORITIES: Readonly<Record<AuthorityCountry, Authority>> = {
  AT: authority("AT", {
    name: "Österreichische Datenschutzbehörde",
    nameEn: "Austrian Data Protection Authority",
    nameFr: "Autorité autrichienne de protection des données",
    nameDe: "Österreichische Datenschutzbehörde",
    nameIt: "Autorità austriaca per la protezione dei dati (Datenschutzbehörde)",
    acronym: "DSB",
    url: "https://www.dsb.gv.at/",
    complaintUrl:
      "https://data-protection-authority.gv.at/data-protection-in-austria/right-to-lodge-a-complaint",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
    notes: ["german-complaints"],
  }),
  BE: authority("BE", {
    name: "Gegevensbeschermingsautoriteit / Autorité de protection des données",
    nameEn: "Belgian Data Protection Authority",
    nameFr: "Autorité de protection des données",
    nameDe: "Datenschutzbehörde (Belgien)",
    nameIt: "Autorità per la protezione dei dati (Belgio)",
    acronym: "GBA / APD",
    url: "https://www.autoriteprotectiondonnees.be/",
    complaintUrl: "https://www.autoriteprotectiondonnees.be/citoyen/agir/introduire-une-plainte",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  BG: authority("BG", {
    name: "Комисия за защита на личните данни",
    nameEn: "Commission for Personal Data Protection",
    nameFr: "Commission de protection des données personnelles (Bulgarie)",
    nameDe: "Kommission für den Schutz personenbezogener Daten (Bulgarien)",
    nameIt: "Commissione per la protezione dei dati personali (Bulgaria)",
    acronym: "КЗЛД",
    url: "https://cpdp.bg/",
    complaintUrl: "https://cpdp.bg/en/lodging-complaints-and-alerts/",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
    notes: ["bulgarian-translation"],
  }),
  HR: authority("HR", {
    name: "Agencija za zaštitu osobnih podataka",
    nameEn: "Croatian Personal Data Protection Agency",
    nameFr: "Agence croate de protection des données personnelles",
    nameDe: "Kroatische Agentur für den Schutz personenbezogener Daten",
    nameIt: "Agenzia croata per la protezione dei dati personali",
    acronym: "AZOP",
    url: "https://azop.hr/",
    complaintUrl: "https://azop.hr/zahtjev-za-utvrdivanje-povrede-prava/",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  CY: authority("CY", {
    name: "Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα",
    nameEn: "Office of the Commissioner for Personal Data Protection",
    nameFr: "Bureau du commissaire à la protection des données personnelles (Chypre)",
    nameDe: "Büro des Beauftragten für den Schutz personenbezogener Daten (Zypern)",
    nameIt: "Ufficio del Commissario per la protezione dei dati personali (Cipro)",
    url: "https://www.dataprotection.gov.cy/",
    complaintUrl:
      "https://www.dataprotection.gov.cy/dataprotection/dataprotection.nsf/page1i_en/page1i_en?opendocument",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  CZ: authority("CZ", {
    name: "Úřad pro ochranu osobních údajů",
    nameEn: "Office for Personal Data Protection",
    nameFr: "Office pour la protection des données personnelles (Tchéquie)",
    nameDe: "Amt für den Schutz personenbezogener Daten (Tschechien)",
    nameIt: "Ufficio per la protezione dei dati personali (Repubblica Ceca)",
    acronym: "ÚOOÚ",
    url: "https://uoou.gov.cz/",
    complaintUrl: "https://uoou.gov.cz/verejnost/stiznost-na-spravce-nebo-zpracovatele",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
  }),
  DK: authority("DK", {
    name: "Datatilsynet",
    nameEn: "Danish Data Protection Agency",
    nameFr: "Autorité danoise de protection des données",
    nameDe: "Dänische Datenschutzbehörde (Datatilsynet)",
    nameIt: "Autorità danese per la protezione dei dati (Datatilsynet)",
    url: "https://www.datatilsynet.dk/",
    complaintUrl: "https://www.datatilsynet.dk/english/file-a-complaint",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
  }),
  EE: authority("EE", {
    name: "Andmekaitse Inspektsioon",
    nameEn: "Estonian Data Protection Inspectorate",
    nameFr: "Inspection estonienne de la protection des données",
    nameDe: "Estnische Datenschutzaufsicht",
    nameIt: "Ispettorato estone per la protezione dei dati",
    acronym: "AKI",
    url: "https://www.aki.ee/",
    complaintUrl: "https://www.aki.ee/vota-uhendust",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  FI: authority("FI", {
    name: "Tietosuojavaltuutetun toimisto",
    nameEn: "Office of the Data Protection Ombudsman",
    nameFr: "Bureau du médiateur de la protection des données (Finlande)",
    nameDe: "Büro des Datenschutzbeauftragten (Finnland)",
    nameIt: "Ufficio del Difensore civico per la protezione dei dati (Finlandia)",
    url: "https://tietosuoja.fi/",
    complaintUrl: "https://tietosuoja.fi/en/notification-to-the-data-protection-ombudsman",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  FR: authority("FR", {
    name: "Commission nationale de l'informatique et des libertés",
    nameEn: "French Data Protection Authority (CNIL)",
    nameFr: "Commission nationale de l'informatique et des libertés (CNIL)",
    nameDe: "Commission nationale de l'informatique et des libertés (CNIL)",
    nameIt: "Commission nationale de l'informatique et des libertés (CNIL)",
    acronym: "CNIL",
    url: "https://www.cnil.fr/",
    complaintUrl: "https://www.cnil.fr/fr/plaintes",
    evidence: { url: "confirmed", complaintUrl: "secondary" },
    notes: ["french-only"],
  }),
  // The federal commissioner supervises federal bodies, telecom and postal providers, not LinkedIn: a person in
  // Germany complains to the authority of their Land (GDPR Art. 77; the Länder supervise private companies under
  // BDSG § 40), which forwards the complaint or cooperates with the lead authority (BDSG § 19(2)). This entry
  // stands for Germany until the person chooses a Land (GERMAN_LAND_AUTHORITIES); letters then name no authority.
  DE: authority("DE", {
    name: "Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit",
    nameEn: "Federal Commissioner for Data Protection and Freedom of Information",
    nameFr: "Commissaire fédérale à la protection des données et à la liberté d'information (Allemagne)",
    nameDe: "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)",
    nameIt: "Commissaria federale per la protezione dei dati e la libertà d'informazione (Germania)",
    acronym: "BfDI",
    url: "https://www.bfdi.bund.de/",
    complaintUrl: "https://www.bfdi.bund.de/DE/Service/Kontakt/Kontaktfinder/kontaktfinder_node.html",
    evidence: { url: "confirmed", complaintUrl: "secondary" },
    notes: ["german-land"],
  }),
  GR: authority("GR", {
    name: "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα",
    nameEn: "Hellenic Data Protection Authority",
    nameFr: "Autorité hellénique de protection des données",
    nameDe: "Griechische Datenschutzbehörde",
    nameIt: "Autorità ellenica per la protezione dei dati",
    url: "https://www.dpa.gr/",
    complaintUrl: "https://www.dpa.gr/en/individuals/complaint-to-the-hellenic-dpa",
    evidence: { url: "confirmed", complaintUrl: "secondary" },
  }),
  HU: authority("HU", {
    name: "Nemzeti Adatvédelmi és Információszabadság Hatóság",
    nameEn: "Hungarian National Authority for Data Protection and Freedom of Information",
    nameFr: "Autorité nationale hongroise pour la protection des données et la liberté de l'information",
    nameDe: "Ungarische Nationale Behörde für Datenschutz und Informationsfreiheit (NAIH)",
    nameIt: "Autorità nazionale ungherese per la protezione dei dati e la libertà d'informazione (NAIH)",
    acronym: "NAIH",
    url: "https://naih.hu/",
    complaintUrl:
      "https://www.naih.hu/adatkezeles-erintettjekent-fordulok-a-hatosaghoz/adatvedelmi-hatosagi-eljaras-gdpr",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
  }),
  IE: DATA_PROTECTION_COMMISSION,
  IT: authority("IT", {
    name: "Garante per la protezione dei dati personali",
    nameEn: "Italian Data Protection Authority",
    nameFr: "Autorité italienne de protection des données (Garante)",
    nameDe: "Italienische Datenschutzbehörde (Garante per la protezione dei dati personali)",
    nameIt: "Garante per la protezione dei dati personali",
    url: "https://www.garanteprivacy.it/",
    complaintUrl:
      "https://www.garanteprivacy.it/diritti/come-agire-per-tutelare-i-tuoi-dati-personali/reclamo",
    evidence: { url: "unconfirmed", complaintUrl: "secondary" },
    notes: ["italian-signed-pec"],
  }),
  LV: authority("LV", {
    name: "Datu valsts inspekcija",
    nameEn: "Data State Inspectorate",
    nameFr: "Inspection nationale des données (Lettonie)",
    nameDe: "Staatliche Datenschutzinspektion (Lettland)",
    nameIt: "Ispettorato statale per i dati (Lettonia)",
    acronym: "DVI",
    url: "https://www.dvi.gov.lv/",
    complaintUrl: "https://www.dvi.gov.lv/lv/iesniegumu-paraugi",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  LT: authority("LT", {
    name: "Valstybinė duomenų apsaugos inspekcija",
    nameEn: "State Data Protection Inspectorate",
    nameFr: "Inspection nationale de la protection des données (Lituanie)",
    nameDe: "Staatliche Datenschutzinspektion (Litauen)",
    nameIt: "Ispettorato statale per la protezione dei dati (Lituania)",
    acronym: "VDAI",
    url: "https://vdai.lrv.lt/",
    complaintUrl: "https://vdai.lrv.lt/lt/veiklos-sritys-1/skundu-nagrinejimas/",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  LU: authority("LU", {
    name: "Commission nationale pour la protection des données",
    nameEn: "National Commission for Data Protection",
    nameFr: "Commission nationale pour la protection des données",
    nameDe: "Nationale Kommission für den Datenschutz (CNPD, Luxemburg)",
    nameIt: "Commissione nazionale per la protezione dei dati (CNPD, Lussemburgo)",
    acronym: "CNPD",
    url: "https://cnpd.public.lu/",
    complaintUrl: "https://cnpd.public.lu/en/particuliers/faire-valoir/formulaire-plainte.html",
    evidence: { url: "confirmed", complaintUrl: "secondary" },
  }),
  MT: authority("MT", {
    name: "Information and Data Protection Commissioner",
    nameEn: "Information and Data Protection Commissioner",
    nameFr: "Commissaire à l'information et à la protection des données (Malte)",
    nameDe: "Beauftragter für Information und Datenschutz (Malta)",
    nameIt: "Commissario per l'informazione e la protezione dei dati (Malta)",
    acronym: "IDPC",
    url: "https://idpc.org.mt/",
    complaintUrl: "https://idpc.org.mt/file-a-complaint/",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
  }),
  NL: authority("NL", {
    name: "Autoriteit Persoonsgegevens",
    nameEn: "Dutch Data Protection Authority",
    nameFr: "Autorité néerlandaise de protection des données",
    nameDe: "Niederländische Datenschutzbehörde (Autoriteit Persoonsgegevens)",
    nameIt: "Autorità olandese per la protezione dei dati (Autoriteit Persoonsgegevens)",
    acronym: "AP",
    url: "https://autoriteitpersoonsgegevens.nl/",
    complaintUrl:
      "https://autoriteitpersoonsgegevens.nl/en/submitting-a-tip-off-or-a-complaint-to-the-dutch-dpa",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  PL: authority("PL", {
    name: "Urząd Ochrony Danych Osobowych",
    nameEn: "Personal Data Protection Office",
    nameFr: "Office de protection des données personnelles (Pologne)",
    nameDe: "Amt für den Schutz personenbezogener Daten (Polen)",
    nameIt: "Ufficio per la protezione dei dati personali (Polonia)",
    acronym: "UODO",
    url: "https://uodo.gov.pl/",
    complaintUrl: "https://uodo.gov.pl/en/681/1404",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
    notes: ["polish-only"],
  }),
  PT: authority("PT", {
    name: "Comissão Nacional de Proteção de Dados",
    nameEn: "National Data Protection Commission",
    nameFr: "Commission nationale de protection des données (Portugal)",
    nameDe: "Nationale Datenschutzkommission (Portugal)",
    nameIt: "Commissione nazionale per la protezione dei dati (Portogallo)",
    acronym: "CNPD",
    url: "https://www.cnpd.pt/",
    complaintUrl: "https://www.cnpd.pt/cidadaos/participacoes/",
    evidence: { url: "unconfirmed", complaintUrl: "unconfirmed" },
  }),
  RO: authority("RO", {
    name: "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal",
    nameEn: "National Supervisory Authority for Personal Data Processing",
    nameFr: "Autorité nationale de surveillance du traitement des données personnelles (Roumanie)",
    nameDe: "Nationale Aufsichtsbehörde für die Verarbeitung personenbezogener Daten (Rumänien)",
    nameIt: "Autorità nazionale di controllo del trattamento dei dati personali (Romania)",
    acronym: "ANSPDCP",
    url: "https://www.dataprotection.ro/",
    complaintUrl: "https://www.dataprotection.ro/index.jsp?page=Plangeri_RGPD",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  SK: authority("SK", {
    name: "Úrad na ochranu osobných údajov Slovenskej republiky",
    nameEn: "Office for Personal Data Protection of the Slovak Republic",
    nameFr: "Office de protection des données personnelles de la République slovaque",
    nameDe: "Amt für den Schutz personenbezogener Daten der Slowakischen Republik",
    nameIt: "Ufficio per la protezione dei dati personali della Repubblica slovacca",
    url: "https://dataprotection.gov.sk/",
    complaintUrl: "https://dataprotection.gov.sk/en/office/proceedings-on-protection-personal-data",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
    notes: ["slovak-only"],
  }),
  SI: authority("SI", {
    name: "Informacijski pooblaščenec",
    nameEn: "Information Commissioner",
    nameFr: "Commissaire à l'information (Slovénie)",
    nameDe: "Informationsbeauftragter (Slowenien)",
    nameIt: "Commissario per l'informazione (Slovenia)",
    url: "https://www.ip-rs.si/",
    complaintUrl: "https://www.ip-rs.si/en/data-protection/how-to-file-an-application",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  ES: authority("ES", {
    name: "Agencia Española de Protección de Datos",
    nameEn: "Spanish Data Protection Agency",
    nameFr: "Agence espagnole de protection des données",
    nameDe: "Spanische Datenschutzbehörde (AEPD)",
    nameIt: "Agenzia spagnola per la protezione dei dati (AEPD)",
    acronym: "AEPD",
    url: "https://www.aepd.es/",
    complaintUrl: "https://sedeaepd.gob.es/sede-electronica/procedures/claims/claims-info",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
  }),
  SE: authority("SE", {
    name: "Integritetsskyddsmyndigheten",
    nameEn: "Swedish Authority for Privacy Protection",
    nameFr: "Autorité suédoise de protection de la vie privée",
    nameDe: "Schwedische Behörde für den Schutz der Privatsphäre (IMY)",
    nameIt: "Autorità svedese per la protezione della privacy (IMY)",
    acronym: "IMY",
    url: "https://www.imy.se/",
    complaintUrl: "https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  IS: authority("IS", {
    name: "Persónuvernd",
    nameEn: "Icelandic Data Protection Authority",
    nameFr: "Autorité islandaise de protection des données",
    nameDe: "Isländische Datenschutzbehörde (Persónuvernd)",
    nameIt: "Autorità islandese per la protezione dei dati (Persónuvernd)",
    url: "https://island.is/en/o/the-data-protection-authority",
    complaintUrl: "https://island.is/en/complaint-to-the-data-protection-authority",
    evidence: { url: "confirmed", complaintUrl: "secondary" },
  }),
  LI: authority("LI", {
    name: "Datenschutzstelle Fürstentum Liechtenstein",
    acronym: "DSS",
    nameEn: "Data Protection Authority of Liechtenstein",
    nameFr: "Autorité de protection des données du Liechtenstein",
    nameDe: "Datenschutzstelle Fürstentum Liechtenstein",
    nameIt: "Autorità per la protezione dei dati del Liechtenstein",
    url: "https://www.datenschutzstelle.li/",
    complaintUrl: "https://www.datenschutzstelle.li/services-und-downloads/formulare",
    evidence: { url: "confirmed", complaintUrl: "secondary" },
  }),
  NO: authority("NO", {
    name: "Datatilsynet",
    nameEn: "Norwegian Data Protection Authority",
    nameFr: "Autorité norvégienne de protection des données",
    nameDe: "Norwegische Datenschutzbehörde (Datatilsynet)",
    nameIt: "Autorità norvegese per la protezione dei dati (Datatilsynet)",
    url: "https://www.datatilsynet.no/",
    complaintUrl: "https://www.datatilsynet.no/om-datatilsynet/kontakt-oss/klage-til-datatilsynet/",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
    notes: ["norwegian-bankid"],
  }),
  // The FDPIC investigates on reports rather than deciding individual complaints, so a Swiss complaint is a report.
  CH: authority("CH", {
    name: "Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter",
    nameEn: "Federal Data Protection and Information Commissioner (FDPIC)",
    nameFr: "Préposé fédéral à la protection des données et à la transparence (PFPDT)",
    nameDe: "Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)",
    nameIt: "Incaricato federale della protezione dei dati e della trasparenza (IFPDT)",
    acronym: "EDÖB",
    url: "https://www.edoeb.admin.ch/",
    complaintUrl: "https://www.edoeb.admin.ch/en/submitting-a-complaint",
    evidence: { url: "confirmed", complaintUrl: "secondary" },
  }),
  GB: authority("GB", {
    name: "Information Commissioner's Office",
    nameEn: "Information Commissioner's Office (ICO)",
    nameFr: "Bureau du commissaire à l'information du Royaume-Uni (ICO)",
    nameDe: "Information Commissioner's Office (ICO)",
    nameIt: "Information Commissioner's Office (ICO)",
    acronym: "ICO",
    url: "https://ico.org.uk/",
    complaintUrl: "https://ico.org.uk/make-a-complaint/data-protection-complaints",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
};

/** LinkedIn Ireland's lead supervisory authority (GDPR Art. 56): the Irish Data Protection Commission. */
export const LEAD_AUTHORITY: Authority = DATA_PROTECTION_COMMISSION;

/** Postal address of the lead authority, so a Swiss complaint is a report. */
export const LEAD_AUTHORITY_ADDRESS = [
  "21 Fitzwilliam Square South",
  "Dublin 2",
  "D02 RD28",
  "Ireland",
] as const;

/**
 * A Land authority. None publishes an official English, French or Italian name, so the official German name is
 * used in every language: it is the name the authority answers to.
 */
const landAuthority = (
  fields: Omit<Authority, "country" | "nameEn" | "nameFr" | "nameDe" | "nameIt" | "notes">,
): Authority => ({
  country: "DE",
  nameEn: fields.name,
  nameFr: fields.name,
  nameDe: fields.name,
  nameIt: fields.name,
  ...fields,
  notes: ["german-complaints"],
});

/**
 * The supervisory authority for private companies of each Land (BDSG § 40). Bavaria has two authorities:
 * the BayLDA (Ansbach) supervises the private sector and is the one listed here; the Bayerischer
 * Landesbeauftragter für den Datenschutz (BAVARIAN_PUBLIC_SECTOR_AUTHORITY) supervises public bodies only.
 * Sources: each authority's own site where stored (evidence `confirmed`), datenanfragen/data
 * (supervisory-authorities/*.json and the Land-to-authority map of its SvaFinder), Privacy Guides.
 */
export const GERMAN_LAND_AUTHORITIES: Readonly<Record<GermanLand, Authority>> = {
  BW: landAuthority({
    name: "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
    acronym: "LfDI BW",
    url: "https://www.baden-wuerttemberg.datenschutz.de/",
    complaintUrl: "https://www.baden-wuerttemberg.datenschutz.de/eine-beschwerde-einreichen/",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  BY: landAuthority({
    name: "Bayerisches Landesamt für Datenschutzaufsicht",
    acronym: "BayLDA",
    url: "https://www.lda.bayern.de/",
    complaintUrl: "https://www.lda.bayern.de/de/beschwerde.html",
    evidence: { url: "confirmed", complaintUrl: "secondary" },
  }),
  BE: landAuthority({
    name: "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
    acronym: "BlnBDI",
    url: "https://www.datenschutz-berlin.de/",
    complaintUrl: "https://www.datenschutz-berlin.de/buergerinnen-und-buerger/rechte/beschwerderecht",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  BB: landAuthority({
    name: "Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg",
    acronym: "LDA Brandenburg",
    url: "https://www.lda.brandenburg.de/",
    complaintUrl:
      "https://www.lda.brandenburg.de/lda/de/service/formulare-und-musterschreiben/beschwerdeformular/",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
  }),
  HB: landAuthority({
    name: "Die Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen",
    url: "https://www.datenschutz.bremen.de/",
    complaintUrl: "https://www.datenschutz.bremen.de/wir-ueber-uns/online-meldungen/beschwerdeformular-15253",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
  }),
  HH: landAuthority({
    name: "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
    acronym: "HmbBfDI",
    url: "https://datenschutz-hamburg.de/",
    complaintUrl: "https://datenschutz-hamburg.de/beschwerde/",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
  }),
  HE: landAuthority({
    name: "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit",
    acronym: "HBDI",
    url: "https://datenschutz.hessen.de/",
    complaintUrl: "https://datenschutz.hessen.de/service/beschwerde-uebermitteln",
    evidence: { url: "confirmed", complaintUrl: "secondary" },
  }),
  MV: landAuthority({
    name: "Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
    url: "https://www.datenschutz-mv.de/",
    complaintUrl:
      "https://www.datenschutz-mv.de/kontakt/online-beschwerdeformular-mitteilung-ueber-einen-datenschutzverstoss/",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
  }),
  NI: landAuthority({
    name: "Der Landesbeauftragte für den Datenschutz Niedersachsen",
    acronym: "LfD Niedersachsen",
    url: "https://lfd.niedersachsen.de/",
    complaintUrl:
      "https://www.navo.niedersachsen.de/navo2/portal/csend/8915/fileget/dsbeschwerdeformular.html",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
  }),
  NW: landAuthority({
    name: "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
    acronym: "LDI NRW",
    url: "https://www.ldi.nrw.de/",
    complaintUrl: "https://www.ldi.nrw.de/kontakt/ihre-beschwerde",
    evidence: { url: "confirmed", complaintUrl: "secondary" },
  }),
  RP: landAuthority({
    name: "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
    acronym: "LfDI RLP",
    url: "https://www.datenschutz.rlp.de/",
    // The site's paths have changed since this address was recorded: it may be stale.
    complaintUrl: "https://www.datenschutz.rlp.de/de/themenfelder-themen/online-services/beschwerdeformular/",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
  }),
  SL: landAuthority({
    name: "Unabhängiges Datenschutzzentrum Saarland",
    url: "https://www.datenschutz.saarland.de/",
    complaintUrl: "https://www.datenschutz.saarland.de/online-dienste/beschwerdeformular",
    evidence: { url: "unconfirmed", complaintUrl: "unconfirmed" },
  }),
  SN: landAuthority({
    name: "Sächsische Datenschutz- und Transparenzbeauftragte",
    acronym: "SDTB",
    url: "https://www.datenschutz.sachsen.de/",
    complaintUrl: "https://www.datenschutz.sachsen.de/beschwerde-einreichen.html",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  ST: landAuthority({
    name: "Die Landesbeauftragte für den Datenschutz Sachsen-Anhalt",
    url: "https://datenschutz.sachsen-anhalt.de/",
    complaintUrl: "https://datenschutz.sachsen-anhalt.de/service/online-formulare/beschwerde",
    evidence: { url: "confirmed", complaintUrl: "confirmed" },
  }),
  SH: landAuthority({
    name: "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein",
    acronym: "ULD",
    url: "https://www.datenschutzzentrum.de/",
    complaintUrl: "https://www.datenschutzzentrum.de/formular/beschwerde.php",
    evidence: { url: "confirmed", complaintUrl: "secondary" },
  }),
  TH: landAuthority({
    name: "Der Thüringer Landesbeauftragte für den Datenschutz und die Informationsfreiheit",
    acronym: "TLfDI",
    url: "https://www.tlfdi.de/",
    // No complaint form was found: the page describing its tasks towards companies in Thuringia.
    complaintUrl: "https://www.tlfdi.de/wir/aufgaben/",
    evidence: { url: "confirmed", complaintUrl: "unconfirmed" },
  }),
};

/** Bavaria's authority for public bodies only: never the one to complain to about LinkedIn. */
export const BAVARIAN_PUBLIC_SECTOR_AUTHORITY: Authority = landAuthority({
  name: "Der Bayerische Landesbeauftragte für den Datenschutz",
  acronym: "BayLfD",
  url: "https://www.datenschutz-bayern.de/",
  complaintUrl: "https://www.datenschutz-bayern.de/docs/buerger/eingabe.html",
  evidence: { url: "confirmed", complaintUrl: "confirmed" },
});
