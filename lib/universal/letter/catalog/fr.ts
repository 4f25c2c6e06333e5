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

/**
 * « du RGPD » ou « du RGPD britannique » : LinkedIn Ireland est liée par le RGPD pour la Suisse aussi. Le sigle
 * « UK GDPR » n’apparaît qu’hors parenthèses (première mention), pour éviter les parenthèses imbriquées.
 */
const du = (c: { regime: LetterRegime }) => (c.regime === "uk-gdpr" ? "du RGPD britannique" : "du RGPD");

const member = (c: ParagraphContext) => c.account !== "non-member" && c.account !== "former-member";
/** Moins de 18 ans : seules ces lettres parlent d’enfant (un adulte scolarisé dans le secondaire n’en est pas un). */
const minor = (c: ParagraphContext) => c.age !== "18-plus";

function possibleMinorStatus(c: ParagraphContext): string {
  if (c.age === "16-17" && c.school)
    return "J’ai moins de 18 ans et suis élève de l’enseignement secondaire.";
  if (c.age === "16-17") return "J’ai moins de 18 ans.";
  return "Je suis élève de l’enseignement secondaire.";
}

function identityEmail(c: ParagraphContext): string | null {
  if (!c.hasEmail) return null;
  if (c.account === "former-member")
    return "à l’adresse électronique de mon ancien compte indiquée ci-dessus";
  if (c.account === "non-member") return null;
  return "à l’adresse électronique de mon compte indiquée ci-dessus";
}

function replyChannel(c: ParagraphContext): string {
  if (c.hasEmail && c.hasPostalAddress)
    return "à l’adresse électronique ou à l’adresse postale indiquées ci-dessus";
  if (c.hasEmail) return "à l’adresse électronique indiquée ci-dessus";
  return "à l’adresse postale indiquée ci-dessus";
}

/** Les autorités sont nommées en apposition, sans article : aucun accord avec un nom étranger. */
function complaintAuthorities(c: ParagraphContext): string {
  const local =
    c.authorityScope === "germany"
      ? "d’une autorité de contrôle en Allemagne (l’autorité de mon Land)"
      : c.authorityScope === "land"
        ? `de l’autorité de contrôle de mon Land (${c.authorityName})`
        : c.authorityName
          ? `de l’autorité de contrôle de mon pays de résidence, ${c.authorityName},`
          : "d’une autorité de contrôle";
  return c.leadAuthorityName
    ? `${local} ou de votre autorité de contrôle chef de file, ${c.leadAuthorityName},`
    : local;
}

function complaint(c: ParagraphContext): string {
  const reserve = "À défaut de réponse satisfaisante dans ce délai, je me réserve le droit";
  if (c.regime === "ch-fadp") {
    return (
      `${reserve} de signaler la situation à l’autorité fédérale de surveillance, ${c.authorityName ?? "PFPDT"},` +
      (c.leadAuthorityName
        ? ` d’introduire une réclamation (article 77 du RGPD) auprès de votre autorité de contrôle chef de file, ${c.leadAuthorityName},`
        : "") +
      ` et d’agir en justice (article 79 du RGPD), notamment par les actions prévues à l’art. 32, al. 2, LPD.`
    );
  }
  if (c.regime === "uk-gdpr") {
    // Le fondement d’une réclamation au commissaire depuis la réforme de 2025 n’est pas établi : aucun article cité.
    return `${reserve} de saisir le commissaire à l’information britannique (Information Commissioner’s Office, ICO) et de former un recours juridictionnel (article 79 ${du(c)}).`;
  }
  return `${reserve} d’introduire une réclamation (article 77 du RGPD) auprès ${complaintAuthorities(c)} et de former un recours juridictionnel (article 79 du RGPD).`;
}

function scope(c: ParagraphContext): string {
  const facilitate = `Cette opposition s’applique à l’ensemble des services et produits pour lesquels vous agissez en qualité de responsable du traitement et ne dépend de l’utilisation d’aucun formulaire particulier${NBSP}: il vous appartient de faciliter l’exercice de mes droits (article 12, paragraphe 2, ${du(c)}).`;
  const setting = member(c)
    ? ` Elle vaut quel que soit l’état du paramètre «${NBSP}Données pour l’amélioration de l’IA générative${NBSP}» de mon compte.`
    : "";
  const email = identityEmail(c);
  const identify =
    c.account === "non-member"
      ? ` Mon nom, mes coordonnées ci-dessus${c.mentions > 0 ? " et les pages indiquées plus haut" : ""} vous permettent de retrouver les données me concernant et de me répondre ${replyChannel(c)}.`
      : " Les informations figurant dans cette lettre suffisent à m’identifier.";
  const doubts = ` En vertu de l’article 12, paragraphe 6, ${du(c)}, vous ne pouvez demander des informations supplémentaires que si vous avez des doutes raisonnables quant à mon identité, et seulement celles qui sont nécessaires pour la confirmer${email ? `${NBSP}; vous pouvez la confirmer en m’écrivant ${email}` : ""}.`;
  const document =
    c.account === "non-member"
      ? ""
      : c.regime === "uk-gdpr"
        ? " La copie d’une pièce d’identité n’est ni nécessaire ni proportionnée à cette fin."
        : " Comme le relève le Comité européen de la protection des données dans ses lignes directrices 01/2022 sur le droit d’accès, demander la copie d’une pièce d’identité n’est ni nécessaire ni proportionné lorsque la personne peut être authentifiée au moyen de son compte.";
  return facilitate + setting + identify + doubts + document;
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
      "uk-gdpr": `article 21 du RGPD britannique${NBSP}; réclamation selon la section 164A du Data Protection Act 2018`,
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
    email: "Adresse électronique du compte",
    formerEmail: "Adresse électronique de mon ancien compte",
    contactEmail: "Adresse électronique",
    profile: "Profil LinkedIn",
    guardianRole: "Représentant légal",
    careOf: "À l’attention du délégué à la protection des données",
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
      `Je m’oppose, en application de l’article 21, paragraphe 1, ${du(c)}${c.regime === "uk-gdpr" ? " (UK GDPR)" : ""}, au traitement de mes données à caractère personnel aux fins d’entraînement, d’ajustement (fine-tuning), d’évaluation et d’amélioration de modèles d’intelligence artificielle générative, que vous effectuez depuis le 3 novembre 2025 sur le fondement de vos intérêts légitimes (article 6, paragraphe 1, point f), ${du(c)}).`,
    "swiss-prohibition": () =>
      `Votre société étant établie dans l’Union européenne, le RGPD s’applique à ce traitement (article 3, paragraphe 1, du RGPD). Résidant en Suisse, je bénéficie en outre de la loi fédérale sur la protection des données (LPD), qui s’applique aux états de fait qui déploient des effets en Suisse (art. 3, al. 1, LPD). J’interdis expressément le traitement de mes données personnelles à ces fins. Traiter des données personnelles contre la manifestation expresse de ma volonté constitue une atteinte à ma personnalité (art. 30, al. 2, let. b, LPD). Dès lors que je l’interdis expressément, la règle selon laquelle il n’y a en principe pas d’atteinte à la personnalité lorsque la personne a rendu les données accessibles à tout un chacun (art. 30, al. 3, LPD) ne s’applique pas à ce traitement, y compris pour les données que j’ai rendues publiques. L’atteinte est donc illicite à moins d’être justifiée (art. 31, al. 1, LPD), et c’est à vous qu’il incombe d’établir un éventuel motif justificatif. Je réserve les actions prévues à l’art. 32, al. 2, LPD, notamment l’interdiction de ce traitement (let. a), l’interdiction de la communication de mes données à des tiers (let. b) et l’effacement des données (let. c).`,
    "uk-law": () =>
      "Le RGPD britannique s’applique à ce traitement bien que LinkedIn Corporation soit établie hors du Royaume-Uni, car il est lié à l’offre de vos services aux personnes qui se trouvent au Royaume-Uni, dont je fais partie, et au suivi de leur comportement dans ce pays (article 3, paragraphe 2, du RGPD britannique).",
    "uk-microsoft": () =>
      "Je m’oppose également, en application de l’article 21, paragraphe 1, du RGPD britannique, à la communication de mes données personnelles à votre société mère Microsoft pour l’entraînement des propres modèles d’intelligence artificielle de Microsoft, et vous demande de cesser toute communication de mes données à cette fin. Je vous prie de m’indiquer quelle ou quelles entités du groupe Microsoft ont reçu mes données à cette fin (article 15, paragraphe 1, point c), du RGPD britannique).",
    "data-categories": (c) =>
      c.account === "non-member"
        ? "Comme je ne dispose pas de compte LinkedIn, cette opposition vise toutes les données à caractère personnel me concernant que vous détenez ou collectez, notamment dans les contenus publiés par vos membres (posts, articles, commentaires, photographies et mentions), y compris celles déjà utilisées à ces fins."
        : `Cette opposition vise les données suivantes, y compris celles déjà utilisées à ces fins${NBSP}:`,
    "status-non-member": (c) =>
      `Le droit d’opposition appartient à toute personne concernée, membre ou non${NBSP}: votre formulaire d’opposition au traitement des données (Data Processing Objection Form) est d’ailleurs ouvert aux non-membres.` +
      (c.mentions > 0 ? ` Les pages suivantes de LinkedIn me mentionnent${NBSP}:` : ""),
    "status-former-member": (c) =>
      `Je n’ai plus de compte LinkedIn. Cette opposition vise les données de mon ancien compte que vous conservez encore, ainsi que tout usage qui en a déjà été fait à ces fins. Les données de mon ancien compte que vous avez conservées après sa clôture ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées${NBSP}: je vous demande de les effacer (article 17, paragraphe 1, point a), ${du(c)}).`,
    "status-under-16": (c) =>
      `J’ai moins de 16 ans, l’âge minimum fixé par vos conditions d’utilisation pour utiliser LinkedIn. Je forme cette opposition avec mon représentant légal, ${c.guardianName ?? ""}, qui cosigne cette lettre.`,
    "status-possible-minor": (c) => possibleMinorStatus(c),
    "minor-exclusion": (c) =>
      `Selon vos propres informations publiées, vous n’utilisez pas pour l’entraînement de l’IA générative les données des membres dont vous avez des raisons de penser qu’ils ont moins de 18 ans, par exemple parce qu’ils sont élèves de l’enseignement secondaire ou de son équivalent local, même si leur paramètre semble activé. Je vous prie de me confirmer que cette exclusion s’applique à mes données, d’enregistrer cette information sur ${minor(c) ? "mon âge" : "ma scolarité"} afin que l’exclusion soit appliquée, d’effacer de vos jeux de données d’entraînement, d’ajustement et d’évaluation toute donnée me concernant déjà utilisée, et de maintenir cette opposition ${minor(c) ? "après mes 18 ans" : "quelle que soit votre appréciation ultérieure de mon âge"}.`,
    "child-protection": (c) =>
      `Vos intérêts légitimes ne peuvent prévaloir lorsque les intérêts ou les libertés et droits fondamentaux de la personne concernée l’emportent, «${NBSP}notamment lorsque la personne concernée est un enfant${NBSP}» (article 6, paragraphe 1, point f), ${du(c)}). Les enfants méritent une protection spécifique en ce qui concerne leurs données à caractère personnel (considérant 38 ${du(c)}).`,
    grounds: (c) =>
      c.account === "non-member"
        ? `Je forme cette opposition pour des raisons tenant à ma situation particulière. Les données me concernant qui figurent sur votre plateforme n’y ont pas été publiées par moi pour alimenter une IA générative${NBSP}; je ne pouvais raisonnablement pas m’attendre à un tel usage, qui me prive de la maîtrise de la manière dont mes données, mes propos et mon image sont reproduits et réutilisés.`
        : `Je forme cette opposition pour des raisons tenant à ma situation particulière. J’ai partagé ces données pour participer à un réseau professionnel, et non pour fournir la matière d’entraînement de modèles d’IA générative${NBSP}; je ne pouvais raisonnablement pas m’attendre à un tel usage, qui me prive de la maîtrise de la manière dont mes données, mes propos et mon image sont reproduits et réutilisés.`,
    "situation-creative-work": () =>
      "Je publie sur LinkedIn des contenus originaux (textes, images, analyses). Leur utilisation pour entraîner des modèles qui génèrent des contenus concurrents porte atteinte à mes droits patrimoniaux et moraux sur mes œuvres.",
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
    "situation-own-words": () => `Précisions${NBSP}:`,
    "compelling-grounds": (c) =>
      `En application de l’article 21, paragraphe 1, ${du(c)}, vous ne pouvez donc plus traiter mes données à caractère personnel à ces fins, à moins que vous ne démontriez qu’il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur mes intérêts et mes droits et libertés, ou pour la constatation, l’exercice ou la défense de droits en justice. La charge de cette démonstration vous incombe.` +
      (c.regime === "uk-gdpr"
        ? ""
        : " Comme l’a relevé le Comité européen de la protection des données dans son avis 28/2024, une mention dans une politique de confidentialité ne suffit pas, à elle seule, à rendre un tel traitement raisonnablement attendu, et les modèles entraînés sur des données à caractère personnel ne sont pas toujours anonymes."),
    "legitimate-interests": (c) =>
      `Vous êtes tenus d’indiquer les intérêts légitimes que vous poursuivez (article 13, paragraphe 1, point d), et article 14, paragraphe 2, point b), ${du(c)}). Je vous demande de me préciser les intérêts légitimes sur lesquels vous fondez ce traitement et de me communiquer la mise en balance par laquelle vous les avez pondérés avec les intérêts et les droits des personnes concernées.`,
    "special-category": (c) =>
      `En outre, une partie de ces données révèle des informations relevant des catégories particulières énumérées à l’article 9, paragraphe 1, ${du(c)}. Leur traitement est interdit, sauf si l’une des exceptions prévues à l’article 9, paragraphe 2, ${du(c)} s’applique${NBSP}; vos intérêts légitimes n’en font pas partie, et je n’y consens pas, ni explicitement ni d’aucune autre manière. Je n’ai pas non plus rendu ces données manifestement publiques (article 9, paragraphe 2, point e), ${du(c)})${NBSP}: comme l’a jugé la Cour de justice de l’Union européenne dans l’arrêt Meta Platforms contre Bundeskartellamt (C-252/21, 4 juillet 2023), des données ne sont manifestement rendues publiques que si l’utilisateur a explicitement choisi, en pleine connaissance de cause, de les rendre accessibles à un nombre illimité de personnes${NBSP}; l’usage ordinaire d’un réseau social n’y suffit pas. Ce traitement étant illicite, je vous demande d’effacer ces données de vos jeux de données et de vos modèles sans condition (article 17, paragraphe 1, point d), ${du(c)})${NBSP}: cet effacement ne dépend d’aucune mise en balance.`,
    "consent-withdrawal": (c) =>
      `À titre subsidiaire, si vous deviez vous fonder sur mon consentement pour tout ou partie de ce traitement, je le retire à compter de ce jour (article 7, paragraphe 3, ${du(c)}).`,
    restriction: (c) =>
      `Pendant la vérification portant sur le point de savoir si vos motifs légitimes prévalent sur les miens, je vous demande de limiter le traitement de mes données à ces fins (article 18, paragraphe 1, point d), ${du(c)}) et de m’informer avant la levée de cette limitation (article 18, paragraphe 3, ${du(c)}).`,
    erasure: (c) =>
      `À moins que vous ne démontriez l’existence de motifs légitimes impérieux pour le traitement, je vous demande d’effacer les copies de mes données à caractère personnel figurant dans vos jeux de données d’entraînement, d’ajustement et d’évaluation, et de cesser d’utiliser les modèles entraînés sur celles-ci qui permettent de les extraire ou de les reproduire (article 17, paragraphe 1, point c), ${du(c)}).` +
      (member(c)
        ? ` Cette demande ne vise que ces jeux de données et ces modèles${NBSP}: elle ne constitue pas une demande de suppression de mon compte ou de mon profil.`
        : ""),
    recipients: (c) =>
      `Je vous prie de notifier cette limitation ou cet effacement à chaque destinataire auquel mes données ont été communiquées à ces fins, ${c.regime === "uk-gdpr" ? "notamment Microsoft et les autres sociétés de votre groupe" : "y compris les sociétés de votre groupe"}, et de me fournir des informations sur ces destinataires (article 19 ${du(c)}).`,
    access: (c) =>
      `En application de l’article 15, paragraphe 1, ${du(c)}, je vous prie également de m’indiquer si mes données à caractère personnel ont déjà été utilisées à ces fins et, dans l’affirmative, depuis quand${NBSP}; dans quels jeux de données d’entraînement, d’ajustement et d’évaluation et dans quels modèles elles l’ont été${NBSP}; à quelles finalités${NBSP}; et à quels destinataires, y compris les sociétés de votre groupe, elles ont été communiquées.`,
    permanence: (c) =>
      "Cette opposition est permanente. Elle vaut pour les modèles et versions à venir" +
      (member(c)
        ? `, ainsi que pour tout paramètre ou toute fonctionnalité qui succéderait au paramètre «${NBSP}Données pour l’amélioration de l’IA générative${NBSP}»${NBSP}; elle ne devient pas caduque si ce paramètre, ou celui qui lui succède, est ultérieurement réactivé par défaut.`
        : `, ainsi que pour toute fonctionnalité qui leur succéderait aux mêmes fins${NBSP}; elle ne devient pas caduque si un tel traitement est ultérieurement réactivé par défaut.`),
    "response-deadline": (c) =>
      `Je vous prie de m’informer par écrit des mesures prises à la suite de cette demande, dans les meilleurs délais et en tout état de cause dans un délai d’un mois à compter de la réception de la demande (${c.regime === "uk-gdpr" ? "article 12, paragraphe 3, et article 12A du RGPD britannique" : "article 12, paragraphe 3, du RGPD"}). Si vous n’entendez pas y donner suite, je vous prie de m’informer dans le même délai des motifs de votre inaction et de la possibilité d’introduire une réclamation auprès d’une autorité de contrôle et de former un recours juridictionnel (article 12, paragraphe 4, ${du(c)}).`,
    "uk-complaint": () =>
      "Cette lettre constitue également une réclamation adressée au responsable du traitement, au titre de la section 164A de la loi britannique de 2018 sur la protection des données (Data Protection Act 2018), au sujet du traitement décrit ci-dessus. Je vous prie d’en accuser réception dans un délai de 30 jours à compter de sa réception, de prendre sans retard injustifié les mesures appropriées pour y répondre et de m’informer de son issue.",
    scope,
    "data-use": (c) =>
      `Les données à caractère personnel communiquées dans cette lettre peuvent être utilisées pour traiter la présente opposition, lui donner effet et en conserver la trace, et à aucune autre fin (article 5, paragraphe 1, point b), ${du(c)}).`,
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
    status: (c) => {
      const parts: string[] = [];
      if (c.age === "under-16")
        parts.push(
          `J’ai moins de 16 ans${NBSP}; mon représentant légal, ${c.guardianName ?? ""}, s’associe à cette opposition.`,
        );
      else if (c.age === "16-17") parts.push("J’ai moins de 18 ans.");
      else if (c.school) parts.push("Je suis élève de l’enseignement secondaire.");
      if (c.account === "non-member") parts.push("Je n’ai pas de compte LinkedIn.");
      if (c.account === "former-member") parts.push("Je suis un ancien membre.");
      return parts.join(" ");
    },
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
    requests: (c) =>
      `Sauf motifs légitimes et impérieux démontrés, cessez ce traitement, limitez-le dans l’intervalle (art. 18, par. 1, point d), effacez mes données des jeux de données d’entraînement, d’ajustement et d’évaluation et cessez d’utiliser les modèles qui permettent de les extraire (art. 17, par. 1, point c), informez-en les destinataires et indiquez-les-moi (art. 19), dites-moi si et comment mes données ont déjà été utilisées (art. 15, par. 1) et répondez-moi par écrit dans un délai d’un mois (${c.regime === "uk-gdpr" ? "art. 12, par. 3, et art. 12A" : "art. 12, par. 3"}). Cette opposition est permanente.`,
    reference: (reference) => `Réf. ${reference}.`,
  },
  fileNameStem: "opposition-ia-linkedin",
};
