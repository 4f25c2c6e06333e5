import type { LetterRegime } from "../model";
import type { LetterCatalog, ParagraphContext } from "./types";

/**
 * La lettre en français. Les formulations juridiques suivent la version française officielle du RGPD
 * (règlement (UE) 2016/679) et, pour la Suisse, le texte français de la LPD (RS 235.1).
 * Typographie : espace insécable avant « : » et « ; », apostrophe typographique.
 */

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
const NBSP = "\u00a0";

/** « du RGPD » ou « du RGPD britannique (UK GDPR) » : LinkedIn Ireland est liée par le RGPD pour la Suisse aussi. */
const du = (c: { regime: LetterRegime }) =>
  c.regime === "uk-gdpr" ? "du RGPD britannique (UK GDPR)" : "du RGPD";

function possibleMinorStatus(c: ParagraphContext): string {
  if (c.age === "16-17" && c.school) return "J’ai 16 ou 17 ans et suis élève de l’enseignement secondaire";
  if (c.age === "16-17") return "J’ai 16 ou 17 ans";
  return "Je suis élève de l’enseignement secondaire";
}

/** Les autorités sont nommées entre parenthèses : aucun article n’a à s’accorder avec un nom étranger. */
/** "Name (Country)" inside parentheses becomes "Name, Country": no nested parentheses. */
const flat = (name: string | null) => name?.replace(/\s*\(([^()]+)\)$/, ", $1") ?? null;

function complaint(c: ParagraphContext): string {
  const reserve = "À défaut de réponse satisfaisante dans ce délai, je me réserve le droit";
  const lead = c.leadAuthorityName
    ? `de votre autorité de contrôle chef de file (${flat(c.leadAuthorityName)})`
    : null;
  if (c.regime === "ch-fadp") {
    return (
      `${reserve} de signaler la situation à l’autorité fédérale de surveillance (${flat(c.authorityName) ?? "PFPDT"})` +
      (lead ? `, d’introduire une réclamation auprès ${lead} (article 77 du RGPD)` : "") +
      `, et d’agir en justice (article 79 du RGPD), notamment par les actions prévues à l’art. 32 LPD.`
    );
  }
  const local = c.authorityName
    ? `de l’autorité de contrôle de mon pays de résidence (${flat(c.authorityName)})`
    : null;
  const authorities = [local, lead].filter(Boolean).join(" ou ") || "d’une autorité de contrôle";
  return `${reserve} d’introduire une réclamation auprès ${authorities} (article 77 ${du(c)}) et de former un recours juridictionnel (article 79 ${du(c)}).`;
}

export const fr: LetterCatalog = {
  locale: "fr",
  formatDate(isoDate) {
    const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
    return `${day === 1 ? "1er" : day} ${MONTHS[month - 1]} ${year}`;
  },
  placeAndDate: (place, dateText) => (place ? `${place}, le ${dateText}` : `Le ${dateText}`),
  subject(regime) {
    const basis = {
      "eu-gdpr": "article 21 du RGPD",
      "ch-fadp": "article 21 du RGPD et art. 30 LPD",
      "uk-gdpr": "article 21 du RGPD britannique",
    }[regime];
    return `Opposition au traitement de mes données personnelles pour l’entraînement de l’IA générative (${basis})`;
  },
  title: (reference) => `Opposition à l’entraînement de l’IA générative – LinkedIn – ${reference}`,
  salutation: "Madame, Monsieur,",
  closing: "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.",
  labels: {
    reference: "Référence",
    subject: "Objet",
    pageOf: "Page {page} sur {total}",
    email: "E-mail du compte",
    contactEmail: "E-mail",
    profile: "Profil LinkedIn",
    guardianRole: "Parent ou tuteur",
  },
  categories: {
    profile:
      "mes données de profil (nom, photo, poste actuel et expérience professionnelle, formation, localisation, compétences, résumé, certifications, licences, bénévolat, publications, brevets, validations de compétences et recommandations)",
    posts:
      "les contenus que je publie ou auxquels je contribue (posts, articles, réponses à des sondages, contributions et commentaires)",
    groups: "mon activité et mes messages dans les groupes",
    "ai-conversations":
      "les données que je saisis dans vos fonctionnalités d’IA (requêtes, recherches, conversations) et les résultats générés",
    resumes: "les CV et réponses aux questions de présélection enregistrés dans mon compte",
  },
  paragraphs: {
    objection: (c) =>
      `Je m’oppose, en application de l’article 21, paragraphe 1, ${du(c)}, au traitement de mes données à caractère personnel aux fins d’entraînement, d’ajustement (fine-tuning), d’évaluation et d’amélioration de modèles d’intelligence artificielle générative, que vous effectuez depuis le 3 novembre 2025 sur le fondement de vos intérêts légitimes (article 6, paragraphe 1, point f), ${du(c)}).`,
    "swiss-prohibition": () =>
      `Votre société étant établie dans l’Union européenne, le RGPD s’applique à ce traitement (article 3, paragraphe 1, du RGPD). Résidant en Suisse, j’interdis en outre expressément, au sens de la loi fédérale sur la protection des données (LPD), le traitement de mes données personnelles à ces fins. Traiter des données personnelles contre la manifestation expresse de ma volonté constitue une atteinte à ma personnalité (art. 30, al. 2, let. b, LPD), et les données que j’ai rendues accessibles à tout un chacun, notamment mes publications publiques, ne peuvent plus être traitées à ces fins dès lors que je m’y oppose expressément (art. 30, al. 3, LPD). Je réserve les actions prévues à l’art. 32 LPD, notamment l’interdiction du traitement et l’effacement des données.`,
    "uk-microsoft": () =>
      "Je m’oppose également à la communication de mes données personnelles à votre société mère Microsoft pour l’entraînement des propres modèles d’intelligence artificielle de Microsoft, et vous demande de cesser toute communication de mes données à cette fin.",
    "data-categories": (c) =>
      c.account === "non-member"
        ? "Comme je ne dispose pas de compte LinkedIn, cette opposition vise toutes les données à caractère personnel me concernant que vous détenez ou collectez, notamment dans les contenus publiés par vos membres (posts, articles, commentaires, photographies et mentions), y compris celles déjà utilisées à ces fins."
        : `Cette opposition vise les données suivantes, y compris celles déjà utilisées à ces fins${NBSP}:`,
    "status-non-member": () =>
      `Le droit d’opposition appartient à toute personne concernée, membre ou non${NBSP}: votre formulaire d’opposition au traitement des données (Data Processing Objection Form) est d’ailleurs ouvert aux non-membres.`,
    "status-former-member": () =>
      "Je n’ai plus de compte LinkedIn. Cette opposition vise les données de mon ancien compte que vous conservez encore, ainsi que tout usage qui en a déjà été fait à ces fins.",
    "status-under-16": (c) =>
      `J’ai moins de 16 ans, l’âge minimum fixé par vos conditions d’utilisation pour utiliser LinkedIn. Je forme cette opposition avec mon parent ou tuteur, ${c.guardianName ?? ""}, qui cosigne cette lettre. Les enfants méritent une protection spécifique en ce qui concerne leurs données à caractère personnel (considérant 38 ${du(c)}).`,
    "status-possible-minor": (c) =>
      `${possibleMinorStatus(c)}. Selon vos propres informations publiées, vous n’utilisez pas pour l’entraînement de l’IA générative les données des membres dont vous avez des raisons de penser qu’ils ont moins de 18 ans, quel que soit leur paramètre. Je vous demande de veiller à ce que mes données en soient exclues en toute hypothèse, et de me le confirmer. Les enfants méritent une protection spécifique en ce qui concerne leurs données à caractère personnel (considérant 38 ${du(c)}).`,
    grounds: (c) =>
      c.account === "non-member"
        ? `Je forme cette opposition pour des raisons tenant à ma situation particulière. Les données me concernant qui figurent sur votre plateforme n’y ont pas été publiées par moi pour alimenter une IA générative${NBSP}; je ne pouvais raisonnablement pas m’attendre à un tel usage, qui me prive de la maîtrise de la manière dont mes données, mes propos et mon image sont reproduits et réutilisés.`
        : `Je forme cette opposition pour des raisons tenant à ma situation particulière. J’ai partagé ces données pour participer à un réseau professionnel, et non pour fournir la matière d’entraînement de modèles d’IA générative${NBSP}; je ne pouvais raisonnablement pas m’attendre à un tel usage, qui me prive de la maîtrise de la manière dont mes données, mes propos et mon image sont reproduits et réutilisés.`,
    "situation-creative-work": () =>
      "Je publie sur LinkedIn des contenus originaux (textes, images, analyses). Leur utilisation pour entraîner des modèles qui génèrent des contenus concurrents porte atteinte à mes intérêts professionnels et moraux sur mon travail.",
    "situation-journalist": () =>
      "Je suis journaliste. Mes publications, mes contacts et mes échanges peuvent révéler des informations sur mes sources et mon travail, dont la confidentialité est essentielle à la liberté de la presse.",
    "situation-job-seeker": () =>
      "Je suis à la recherche d’un emploi. Mon profil, mes CV et mes réponses aux questions de présélection contiennent des informations détaillées sur mon parcours et mes candidatures, que je n’ai fournies qu’en vue de leur examen par des recruteurs.",
    "situation-special-category": () =>
      "Mon profil, mes publications ou mon activité contiennent ou révèlent des informations relevant des catégories particulières de données à caractère personnel (par exemple la santé, les opinions politiques, les convictions religieuses ou philosophiques, l’appartenance syndicale ou l’orientation sexuelle).",
    "situation-professional-secrecy": () =>
      "Mon activité est soumise au secret professionnel. Mes contenus sur LinkedIn peuvent révéler des informations relatives à mes clients, patients ou dossiers, qui ne doivent pas être réutilisées à d’autres fins.",
    "situation-harassment-risk": () =>
      "Je fais face à un risque de harcèlement ou de ciblage. La reproduction de mes données, de mes propos ou de mon image par des modèles génératifs accroît ce risque.",
    "situation-unexpected-use": () =>
      `Rien, au moment où mes données ont été publiées, ne laissait prévoir qu’elles serviraient à entraîner une IA générative${NBSP}; une mise à jour de votre politique de confidentialité ne saurait, à elle seule, rendre un tel usage raisonnablement prévisible.`,
    "situation-own-words": () => `Dans mes propres termes${NBSP}:`,
    "compelling-grounds": (c) =>
      `En application de l’article 21, paragraphe 1, ${du(c)}, vous ne pouvez donc plus traiter mes données à caractère personnel à ces fins, à moins que vous ne démontriez qu’il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur mes intérêts et mes droits et libertés, ou pour la constatation, l’exercice ou la défense de droits en justice. La charge de cette démonstration vous incombe.` +
      (c.regime === "uk-gdpr"
        ? ""
        : " Comme l’a relevé le Comité européen de la protection des données dans son avis 28/2024, une mention dans une politique de confidentialité ne suffit pas, à elle seule, à rendre un tel traitement raisonnablement attendu, et les modèles entraînés sur des données à caractère personnel ne sont pas toujours anonymes."),
    "special-category": (c) =>
      `En outre, une partie de ces données révèle des informations relevant des catégories particulières énumérées à l’article 9, paragraphe 1, ${du(c)}. Leur traitement est interdit, sauf si l’une des exceptions prévues à l’article 9, paragraphe 2, ${du(c)} s’applique${NBSP}; vos intérêts légitimes n’en font pas partie. Je n’y consens pas, ni explicitement ni d’aucune autre manière.`,
    "consent-withdrawal": (c) =>
      `À titre subsidiaire, si vous deviez vous fonder sur mon consentement pour tout ou partie de ce traitement, je le retire à compter de ce jour (article 7, paragraphe 3, ${du(c)}).`,
    restriction: (c) =>
      `Pendant la vérification portant sur le point de savoir si vos motifs légitimes prévalent sur les miens, je vous demande de limiter le traitement de mes données à ces fins (article 18, paragraphe 1, point d), ${du(c)}).`,
    erasure: (c) =>
      `À moins que vous ne démontriez l’existence de motifs légitimes impérieux pour le traitement, je vous demande d’effacer les données déjà utilisées à ces fins et de ne plus utiliser les jeux de données ou modèles constitués à partir de celles-ci (article 17, paragraphe 1, point c), ${du(c)}).`,
    recipients: (c) =>
      c.regime === "uk-gdpr"
        ? `Je vous prie de notifier cette limitation ou cet effacement à chaque destinataire auquel mes données ont été communiquées à ces fins, notamment Microsoft et les autres sociétés de votre groupe (article 19 ${du(c)}).`
        : `Je vous prie de notifier cette limitation ou cet effacement à chaque destinataire auquel mes données ont été communiquées à ces fins, y compris les sociétés de votre groupe (article 19 ${du(c)}).`,
    "response-deadline": (c) =>
      `Je vous prie de m’informer par écrit des mesures prises à la suite de cette demande, dans les meilleurs délais et en tout état de cause dans un délai d’un mois à compter de la réception de la demande (article 12, paragraphe 3, ${du(c)}). Si vous n’entendez pas y donner suite, je vous prie de m’informer dans le même délai des motifs de votre inaction et de la possibilité d’introduire une réclamation auprès d’une autorité de contrôle et de former un recours juridictionnel (article 12, paragraphe 4, ${du(c)}).`,
    scope: (c) =>
      `Cette opposition s’applique à l’ensemble des services et produits pour lesquels vous agissez en qualité de responsable du traitement. Elle vaut quel que soit l’état du paramètre «${NBSP}Données pour l’amélioration de l’IA générative${NBSP}» et ne dépend de l’utilisation d’aucun formulaire particulier${NBSP}: il vous appartient de faciliter l’exercice de mes droits (article 12, paragraphe 2, ${du(c)}). Les informations figurant dans cette lettre suffisent à m’identifier${NBSP}; vous ne pouvez demander des informations supplémentaires qu’en cas de doutes raisonnables quant à mon identité (article 12, paragraphe 6, ${du(c)}), et la copie d’une pièce d’identité n’est pas nécessaire.`,
    "data-use": (c) =>
      `Les données à caractère personnel communiquées dans cette lettre ne peuvent être utilisées que pour le traitement de la présente opposition (article 5, paragraphe 1, point b), ${du(c)}).`,
    complaint,
  },
  short: {
    objection: (regime) =>
      (regime === "uk-gdpr"
        ? "Je m’oppose (art. 21, par. 1, UK GDPR), pour des raisons tenant à ma situation particulière, au traitement de mes données personnelles pour entraîner, ajuster, évaluer et améliorer des modèles d’IA générative sur le fondement de vos intérêts légitimes, ainsi qu’à leur communication à Microsoft pour l’entraînement de son IA."
        : "Je m’oppose (art. 21, par. 1, RGPD), pour des raisons tenant à ma situation particulière, au traitement de mes données personnelles pour entraîner, ajuster, évaluer et améliorer des modèles d’IA générative sur le fondement de vos intérêts légitimes.") +
      (regime === "ch-fadp"
        ? " J’interdis expressément ce traitement (art. 30, al. 2, let. b, et al. 3, LPD)."
        : ""),
    groundsIntro: `Ma situation${NBSP}:`,
    situations: {
      "situation-creative-work": "je publie des contenus originaux",
      "situation-journalist": "je suis journaliste (protection des sources)",
      "situation-job-seeker": "je suis à la recherche d’un emploi",
      "situation-special-category":
        "mes données révèlent des informations de catégorie particulière (art. 9)",
      "situation-professional-secrecy": "mon activité est soumise au secret professionnel",
      "situation-harassment-risk": "je fais face à un risque de harcèlement",
      "situation-unexpected-use": "je ne pouvais pas m’attendre à cet usage de mes données",
    },
    requests: () =>
      "Sauf motifs légitimes et impérieux démontrés, cessez ce traitement, limitez-le dans l’intervalle (art. 18, par. 1, d)), effacez les données déjà utilisées, n’utilisez plus les modèles ou jeux de données qui en sont issus (art. 17, par. 1, c)), informez-en les destinataires (art. 19) et répondez-moi par écrit dans un délai d’un mois (art. 12, par. 3).",
    reference: (reference) => `Réf. ${reference}.`,
  },
  fileNameStem: "opposition-ia-linkedin",
};
