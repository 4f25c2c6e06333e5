/**
 * Primary sources behind the letter's wording (DOMAIN.md section 6). Articles cited beyond
 * DOMAIN.md section 3 (GDPR Arts. 3(1), 5(1)(b), 12(6), 79, Recital 38) are read from the GDPR text itself.
 */
export const LETTER_SOURCES = {
  gdpr: {
    title: "Regulation (EU) 2016/679 (General Data Protection Regulation)",
    url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
  },
  ukGdpr: {
    title: "UK GDPR (retained Regulation (EU) 2016/679)",
    url: "https://www.legislation.gov.uk/eur/2016/679/contents",
  },
  fadp: {
    title: "Swiss Federal Act on Data Protection (FADP, SR 235.1), Arts. 30-32",
    url: "https://www.fedlex.admin.ch/eli/cc/2022/491/en",
  },
  edpbOpinion: {
    title:
      "EDPB Opinion 28/2024 on certain data protection aspects related to the processing of personal data in the context of AI models (17 December 2024)",
  },
} as const;
