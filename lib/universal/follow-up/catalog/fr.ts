import { fr as letter } from "@/lib/universal/letter/catalog/fr";
import type { LetterRegime } from "@/lib/universal/letter/model";
import { GERMAN_LAND_NAMES } from "../german-lands";
import type { FollowUpCatalog, FollowUpContext } from "./types";

/**
 * Les documents de suivi en français : relance, réponses aux réponses types de LinkedIn et plainte.
 * Formulations juridiques d’après la version française officielle du RGPD et le texte français de la LPD.
 * Typographie : espace insécable avant « : », « ; » et « ? », apostrophe typographique.
 */

const NBSP = "\u00a0";
const WEEKDAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

const du = (c: { regime: LetterRegime }) =>
  c.regime === "uk-gdpr" ? "du RGPD britannique (UK GDPR)" : "du RGPD";

/** "21(1)" → « article 21, paragraphe 1, du RGPD » ; "17(1)(c)" → « article 17, paragraphe 1, point c), du RGPD ». */
function art(c: { regime: LetterRegime }, reference: string): string {
  const [, number, paragraph, point] = /^(\w+)(?:\((\d+)\))?(?:\((\w)\))?$/.exec(reference) ?? [];
  const parts = [`article ${number ?? reference}`];
  if (paragraph) parts.push(`paragraphe ${paragraph}`);
  if (point) parts.push(`point ${point})`);
  return parts.length > 1 ? `${parts.join(", ")}, ${du(c)}` : `${parts[0]} ${du(c)}`;
}

const flat = (name: string) => name.replace(/\s*\(([^()]+)\)$/, ", $1");

const CHANNEL: Record<FollowUpContext["channel"], string> = {
  form: "au moyen de votre formulaire d’opposition au traitement des données",
  post: "par lettre recommandée",
  email: "par courrier électronique",
};

const THIRD_PERSON_CHANNEL: Record<FollowUpContext["channel"], string> = {
  form: "au moyen de son formulaire d’opposition au traitement des données",
  post: "par lettre recommandée",
  email: "par courrier électronique",
};

function received(c: FollowUpContext): string {
  return c.receiptAssumed
    ? `Elle vous est parvenue le ${c.receivedOn} ou vers cette date`
    : `Vous l’avez reçue le ${c.receivedOn}`;
}

function period(c: FollowUpContext): string {
  return c.regime === "uk-gdpr"
    ? "articles 12, paragraphe 3, et 12A du RGPD britannique (UK GDPR)"
    : "article 12, paragraphe 3, du RGPD";
}

/** What the person will do next, as a clause with its subject (« je signalerai… », « j’introduirai… »). */
function complainTo(c: FollowUpContext): string {
  if (c.regime === "ch-fadp") return `je signalerai la situation au ${flat(c.authorityName)}`;
  if (!c.authorityKnown)
    return "j’introduirai une réclamation auprès de l’autorité de protection des données de mon Land";
  return `j’introduirai une réclamation auprès de l’autorité de contrôle (${flat(c.authorityName)})`;
}

export const fr: FollowUpCatalog = {
  locale: "fr",
  formatLongDate(isoDate) {
    const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
    const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    return `${weekday} ${letter.formatDate(isoDate)}`;
  },
  subject(kind, reply, regime, reference) {
    const droit = regime === "uk-gdpr" ? "RGPD britannique" : "RGPD";
    if (kind === "reminder")
      return `Relance de mon opposition ${reference} à l’entraînement de l’IA générative, restée sans réponse (article 12, paragraphe 3, du ${droit})`;
    if (kind === "reply") return `Votre réponse à mon opposition ${reference} (article 21 du ${droit})`;
    if (regime === "ch-fadp")
      return `Dénonciation concernant LinkedIn Ireland Unlimited Company${NBSP}: mon opposition ${reference}`;
    return `Réclamation contre ${regime === "uk-gdpr" ? "LinkedIn Corporation" : "LinkedIn Ireland Unlimited Company"}${NBSP}: mon opposition ${reference} (article 21 du ${droit})`;
  },
  title: (kind, reference) =>
    `${{ reminder: "Relance", reply: "Réponse", complaint: "Réclamation" }[kind]} – opposition à l’entraînement de l’IA générative – LinkedIn – ${reference}`,
  salutation: "Madame, Monsieur,",
  closing: "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.",
  labels: { reference: "Référence", subject: "Objet", pageOf: "Page {page} sur {total}" },
  paragraphs: {
    "complaint-intro": (c) => {
      if (c.regime === "ch-fadp")
        return `Je vous signale le traitement de mes données personnelles par ${c.controllerName} (Wilton Place, Dublin 2, Irlande), qui entraîne ses modèles d’intelligence artificielle générative avec les données des membres de LinkedIn en Suisse et n’a pas donné suite à mon opposition expresse. Je vous prie d’examiner l’opportunité d’ouvrir une enquête (art. 49 LPD). Je sais qu’une dénonciation ne me confère pas la qualité de partie.`;
      const where =
        c.regime === "uk-gdpr"
          ? "1000 W Maude Avenue, Sunnyvale, CA, États-Unis"
          : "Wilton Place, Dublin 2, Irlande";
      return `J’introduis une réclamation contre ${c.controllerName} (${where}), qui traite mes données personnelles pour entraîner ses modèles d’intelligence artificielle générative, pour non-respect de mon droit d’opposition (${art(c, "21(1)")}).${c.regime === "uk-gdpr" ? "" : ` Je le fais sur le fondement de l’${art(c, "77")}.`}`;
    },
    "complaint-facts": (c) =>
      `Le ${c.sentOn}, j’ai adressé à LinkedIn mon opposition, fondée sur l’${art(c, "21(1)")}, au traitement de mes données personnelles pour l’entraînement de modèles d’intelligence artificielle générative (référence ${c.reference}), ${THIRD_PERSON_CHANNEL[c.channel]}. ${c.receiptAssumed ? `Elle lui est parvenue le ${c.receivedOn} ou vers cette date` : `LinkedIn l’a reçue le ${c.receivedOn}`}.`,
    recap: (c) =>
      `Le ${c.sentOn}, je vous ai adressé mon opposition, fondée sur l’${art(c, "21(1)")}, au traitement de mes données personnelles pour l’entraînement de modèles d’intelligence artificielle générative (référence ${c.reference}), ${CHANNEL[c.channel]}. ${received(c)}.`,
    "no-answer": (c) =>
      `En application de l’${period(c)}, vous deviez m’informer des mesures prises dans un délai d’un mois à compter de la réception, soit au plus tard le ${c.deadline}, ou m’informer dans le même délai des motifs de votre inaction (${art(c, "12(4)")}). Je n’ai reçu ni réponse ni avis de prolongation.`,
    "extension-expired": (c) =>
      `Le ${c.replyOn}, vous m’avez informé(e) de la prolongation du délai de réponse. Même prolongé, ce délai a expiré le ${c.extendedDeadline} (${period(c)}), sans que j’aie reçu de réponse.`,
    "uk-acknowledgement": (c) =>
      `Ma lettre valait également réclamation auprès de vous au titre de l’article 164A du Data Protection Act 2018. Vous deviez en accuser réception dans les 30 jours, soit au plus tard le ${c.acknowledgementBy ?? ""}${NBSP}; ${c.reply === "none" ? "je n’ai reçu aucun accusé de réception" : "je vous prie de m’informer sans retard injustifié de la suite donnée à cette réclamation (article 164A, paragraphe 4)"}.`,
    "reply-setting-only": (c) =>
      `Dans votre réponse du ${c.replyOn}, vous m’indiquez que le paramètre «${NBSP}Données pour l’amélioration de l’IA générative${NBSP}» a été désactivé pour mon compte. Cela ne répond pas à mon opposition. De votre propre aveu, ce paramètre n’arrête l’utilisation des données que pour l’avenir${NBSP}; il ne défait pas l’entraînement déjà réalisé. Mon opposition, fondée sur l’${art(c, "21(1)")}, vise tout traitement de mes données à ces fins, y compris les données déjà utilisées et les modèles entraînés avec elles, et ne dépend d’aucun paramètre.`,
    "reply-use-the-form": (c) =>
      `Dans votre réponse du ${c.replyOn}, vous me demandez d’utiliser votre formulaire en ligne. Aucun formulaire ni canal n’est imposé pour exercer le droit d’opposition${NBSP}: il vous appartient de faciliter l’exercice de mes droits (${art(c, "12(2)")}), ${c.regime === "uk-gdpr" ? "et aucun texte ne subordonne une demande à l’utilisation d’un formulaire particulier" : "et le Comité européen de la protection des données rappelle qu’un responsable du traitement ne peut subordonner une demande à l’utilisation d’un formulaire particulier (lignes directrices 01/2022)"}. Ma lettre constitue donc une opposition valable. Le délai d’un mois court à compter de sa réception, le ${c.receivedOn}, et expire le ${c.deadline} (${period(c)}).`,
    "reply-identity-document": (c) => {
      const contact =
        c.account === "non-member"
          ? "Ma lettre indique les coordonnées auxquelles me joindre, et je suis prêt(e) à confirmer cette opposition depuis celles-ci."
          : `Ma lettre indique l’adresse électronique de mon compte LinkedIn${NBSP}: vous pouvez confirmer mon identité au moyen de ce compte, et je suis prêt(e) à confirmer cette opposition depuis cette adresse.`;
      const clock =
        c.regime === "uk-gdpr"
          ? `En vertu de l’article 12A du RGPD britannique, le délai n’est suspendu que pendant l’attente d’informations raisonnablement demandées pour confirmer mon identité${NBSP}; une demande non nécessaire ne le suspend pas.`
          : "Une demande injustifiée ne suspend pas le délai d’un mois.";
      return `Dans votre réponse du ${c.replyOn}, vous me demandez la copie d’une pièce d’identité. Vous ne pouvez demander des informations supplémentaires qu’en cas de doutes raisonnables quant à mon identité, et seulement celles qui sont nécessaires pour la confirmer (${art(c, "12(6)")}). ${contact}${c.regime === "uk-gdpr" ? "" : " Le Comité européen de la protection des données estime que demander la copie d’une pièce d’identité n’est en général ni nécessaire ni proportionné lorsque la personne peut être authentifiée autrement (lignes directrices 01/2022)."} ${clock} Il expire le ${c.deadline}.`;
    },
    "reply-compelling-grounds": (c) =>
      `Dans votre réponse du ${c.replyOn}, vous affirmez disposer de motifs légitimes impérieux pour poursuivre le traitement. Aux termes de l’${art(c, "21(1)")}, il vous appartient de démontrer l’existence de motifs légitimes impérieux qui prévalent sur mes intérêts, droits et libertés${NBSP}; une affirmation générale n’est pas une démonstration.${c.regime === "ch-fadp" ? ` En droit suisse également, celui qui invoque un motif justificatif doit l’établir (art. 31, al. 1, LPD).` : ""} Je vous prie de me communiquer cette démonstration pour ma situation, les intérêts légitimes que vous poursuivez et la mise en balance que vous avez effectuée.`,
    "reply-extension-in-time": (c) =>
      `Le ${c.replyOn}, vous m’avez informé(e) de la prolongation du délai de réponse. L’${period(c)} ne permet une prolongation de deux mois que si elle est nécessaire, compte tenu de la complexité et du nombre de demandes, et impose d’en indiquer les motifs. Je prends note que vous devez répondre au plus tard le ${c.extendedDeadline}. Si votre avis n’indiquait pas les motifs du report, je vous prie de me les communiquer.`,
    "reply-extension-late": (c) =>
      `Le ${c.replyOn}, vous m’avez informé(e) de la prolongation du délai de réponse. Une prolongation doit être notifiée, avec ses motifs, dans un délai d’un mois à compter de la réception de la demande (${period(c)})${NBSP}; ce mois a expiré le ${c.deadline}. Votre avis est arrivé trop tard pour prolonger le délai, qui a donc expiré sans réponse.`,
    "happened-none": (c) =>
      `LinkedIn devait répondre dans un délai d’un mois à compter de la réception, soit au plus tard le ${c.deadline} (${period(c)}). Elle n’a ni répondu, ni indiqué les motifs de son inaction (${art(c, "12(4)")}), ni notifié de prolongation.`,
    "happened-setting-only": (c) =>
      `Le ${c.replyOn}, LinkedIn a seulement répondu que le paramètre «${NBSP}Données pour l’amélioration de l’IA générative${NBSP}» avait été désactivé pour mon compte. De l’aveu même de LinkedIn, cela arrête l’utilisation future mais ne défait pas l’entraînement déjà réalisé. Cette réponse ne donne pas effet à mon opposition pour les données déjà utilisées et les modèles entraînés avec elles, et ne confirme pas l’opposition en tant que telle.`,
    "happened-use-the-form": (c) =>
      `Le ${c.replyOn}, LinkedIn m’a demandé d’utiliser son formulaire en ligne au lieu de traiter ma lettre. Aucun formulaire n’est requis pour s’opposer${NBSP}; le responsable du traitement doit faciliter l’exercice des droits (${art(c, "12(2)")}).`,
    "happened-identity-document": (c) =>
      `Le ${c.replyOn}, LinkedIn m’a demandé la copie d’une pièce d’identité, alors que ${c.account === "non-member" ? "ma lettre indiquait des coordonnées permettant de confirmer mon identité" : "ma lettre indiquait l’adresse électronique de mon compte, qui lui permet de m’authentifier"}. Une telle copie n’est pas nécessaire pour confirmer mon identité (${art(c, "12(6)")}).`,
    "happened-compelling-grounds": (c) =>
      `Le ${c.replyOn}, LinkedIn a affirmé disposer de motifs légitimes impérieux pour poursuivre le traitement, sans démontrer de motifs prévalant sur mes intérêts, droits et libertés dans ma situation, comme l’exige l’${art(c, "21(1)")}.`,
    "happened-extension": (c) =>
      c.extensionLate
        ? `Le ${c.replyOn}, LinkedIn a annoncé prolonger le délai de réponse, alors que le premier mois avait expiré le ${c.deadline}${NBSP}: trop tard pour le prolonger (${period(c)}). Elle n’a pas répondu sur le fond.`
        : `Le ${c.replyOn}, LinkedIn a prolongé le délai de réponse. Le délai prolongé a expiré le ${c.extendedDeadline} (${period(c)}) sans réponse sur le fond.`,
    "requests-confirmation": (c) =>
      `Je vous demande donc de me confirmer par écrit que mon opposition est enregistrée et s’applique à tout traitement de mes données personnelles pour l’entraînement de l’IA générative, quel que soit l’état de tout paramètre, y compris pour les modèles, versions et paramètres futurs.${c.regime === "uk-gdpr" ? " Cela comprend la communication de mes données à Microsoft pour l’entraînement de ses propres modèles." : ""}`,
    "requests-access": (c) =>
      `Je vous prie également de m’indiquer si mes données personnelles ont déjà été utilisées à ces fins, depuis quand, dans quels jeux de données et modèles, et à quels destinataires elles ont été communiquées (${art(c, "15(1)")} et article 19, seconde phrase, ${du(c)}).`,
    "requests-erasure": (c) =>
      `À moins que vous ne démontriez des motifs légitimes impérieux, je vous prie d’effacer les données déjà utilisées à ces fins, de ne plus utiliser les jeux de données ou modèles constitués à partir de celles-ci (${art(c, "17(1)(c)")}) et d’en informer les destinataires (${art(c, "19")}).`,
    restriction: (c) =>
      `Dans l’attente du traitement de mon opposition, je vous demande de limiter le traitement de mes données à ces fins (${art(c, "18(1)(d)")}).`,
    "answer-by": (c) =>
      `Je vous prie de me répondre complètement au plus tard le ${c.answerBy}. À défaut de réponse satisfaisante à cette date, ${complainTo(c)}.`,
    "complaint-announced": (c) =>
      `Faute de démonstration de tels motifs, je vous informe que ${complainTo(c)}.`,
    "complaint-uk-164a": (c) =>
      c.acknowledgementBy
        ? `Avant de m’adresser à vous, j’ai présenté une réclamation à LinkedIn${NBSP}: ma lettre valait réclamation au titre de l’article 164A du Data Protection Act 2018. LinkedIn devait en accuser réception au plus tard le ${c.acknowledgementBy}.`
        : `Avant de m’adresser à vous, j’ai écrit à LinkedIn, comme décrit ci-dessous.`,
    "complaint-lead": (c) =>
      c.leadAuthorityName
        ? `L’autorité de contrôle chef de file de LinkedIn est la ${flat(c.leadAuthorityName)} (${art(c, "56")})${NBSP}; je vous prie de traiter cette réclamation en coopération avec elle autant que nécessaire.`
        : `En tant qu’autorité de contrôle chef de file de LinkedIn Ireland (${art(c, "56")}), vous êtes compétente pour ce traitement transfrontalier.`,
    "complaint-requests": (c) => {
      if (c.regime === "ch-fadp")
        return `Je vous prie d’examiner cette dénonciation et, le cas échéant, d’ordonner les mesures prévues à l’art. 51 LPD afin que cesse le traitement de mes données à ces fins. Je vous prie de m’informer des mesures prises et du résultat (art. 49, al. 4, LPD).`;
      if (c.regime === "uk-gdpr")
        return `Je vous prie d’examiner cette réclamation, de prendre les mesures que vous jugerez appropriées pour que LinkedIn donne effet à mon opposition, et de m’informer de l’état d’avancement et de l’issue de la réclamation.`;
      return `Je vous prie d’examiner cette réclamation, d’ordonner à LinkedIn de donner effet à mon opposition (${art(c, "58(2)(c)")}) et de m’informer de l’état d’avancement et de l’issue de la réclamation (${art(c, "77(2)")}).`;
    },
    evidence: () => `Je joins${NBSP}:`,
    "complaint-sharing": (c) =>
      c.regime === "uk-gdpr"
        ? "J’accepte que cette réclamation et ses pièces jointes soient communiquées à LinkedIn dans la mesure nécessaire à son traitement."
        : "J’accepte que cette réclamation et ses pièces jointes soient communiquées à LinkedIn et aux autres autorités de contrôle dans la mesure nécessaire à son traitement.",
  },
  evidence: {
    letter: (reference, sentOn) => `ma lettre d’opposition du ${sentOn} (référence ${reference})${NBSP};`,
    proof: (channel) =>
      ({
        form: `la confirmation du formulaire d’opposition (capture d’écran ou courriel de confirmation)${NBSP};`,
        post: `le récépissé du recommandé et le suivi de distribution${NBSP};`,
        email: `le courriel tel qu’envoyé, avec sa date${NBSP};`,
      })[channel],
    reply: (replyOn) => `la réponse de LinkedIn du ${replyOn}${NBSP};`,
    reminder: "ma relance, si je l’ai envoyée, et toute autre correspondance.",
  },
  short(c) {
    if (c.kind === "reminder")
      return `Relance, référence ${c.reference}. Le ${c.sentOn}, je me suis opposé(e) (${art(c, "21(1)")}) à l’utilisation de mes données personnelles pour entraîner l’IA générative. Vous deviez répondre au plus tard le ${c.deadline} (${period(c)})${NBSP}; je n’ai reçu aucune réponse. Je vous prie de confirmer par écrit que mon opposition est respectée, y compris pour les données et modèles déjà entraînés, et de limiter le traitement entre-temps (${art(c, "18(1)(d)")}). Sans réponse complète au plus tard le ${c.answerBy}, ${complainTo(c)}.`;
    if (c.kind === "reply")
      return `Référence ${c.reference}. ${REPLY_SHORT[c.reply](c)} Je vous prie de répondre complètement au plus tard le ${c.answerBy}${NBSP}; à défaut, ${complainTo(c)}.`;
    const what = COMPLAINT_SHORT[c.reply](c);
    const verb = c.regime === "ch-fadp" ? "Je dénonce" : "J’introduis une réclamation contre";
    return `${verb} ${c.controllerName}. Le ${c.sentOn}, je lui ai adressé mon opposition (${art(c, "21(1)")}) à l’utilisation de mes données personnelles pour entraîner l’IA générative (référence ${c.reference})${NBSP}; elle devait répondre au plus tard le ${c.deadline}. ${what} Je vous prie ${c.regime === "ch-fadp" ? "d’examiner cette dénonciation" : "d’examiner cette réclamation et d’ordonner à LinkedIn de donner effet à mon opposition"}. Ma lettre, la preuve d’envoi et les réponses de LinkedIn sont jointes.`;
  },
  fileNameStem: {
    reminder: "relance-linkedin-ia",
    reply: "reponse-linkedin-ia",
    complaint: "reclamation-linkedin-ia",
  },
  authorities: {
    germanLand: (land) =>
      `Autorité de contrôle de la protection des données du Land ${landWithArticle(GERMAN_LAND_NAMES[land].fr)}`,
    germanGeneral: "Une autorité de contrôle de la protection des données en Allemagne (celle de mon Land)",
  },
};

/** « de Bavière », « de Berlin », « de Hesse » : the Land's name after « du Land » with « de ». */
function landWithArticle(name: string): string {
  return `de ${name}`;
}

const REPLY_SHORT: Record<FollowUpContext["reply"], (c: FollowUpContext) => string> = {
  "setting-only": (c) =>
    `Désactiver le paramètre n’arrête que l’utilisation future. Mon opposition (${art(c, "21(1)")}) vise aussi les données déjà utilisées et les modèles entraînés avec elles${NBSP}: je vous prie de la confirmer par écrit, de m’indiquer si et comment mes données ont été utilisées (${art(c, "15(1)")}) et de les effacer des données d’entraînement (${art(c, "17(1)(c)")}).`,
  "use-the-form": (c) =>
    `Aucun formulaire n’est requis pour s’opposer${NBSP}: vous devez faciliter l’exercice de mes droits (${art(c, "12(2)")}). Ma lettre est une opposition valable${NBSP}; le délai court depuis sa réception et expire le ${c.deadline}.`,
  "identity-document": (c) =>
    `La copie d’une pièce d’identité n’est pas nécessaire pour confirmer mon identité (${art(c, "12(6)")})${NBSP}; je peux confirmer cette opposition depuis ${c.account === "non-member" ? "les coordonnées indiquées dans ma lettre" : "l’adresse électronique de mon compte"}. Le délai expire le ${c.deadline}.`,
  "compelling-grounds": (c) =>
    `Aux termes de l’${art(c, "21(1)")}, il vous appartient de démontrer des motifs légitimes impérieux prévalant sur mes intérêts, droits et libertés. Je vous prie de me communiquer cette démonstration et de limiter le traitement entre-temps (${art(c, "18(1)(d)")}).`,
  extension: (c) =>
    c.extensionLate
      ? `Votre annonce d’une prolongation est arrivée trop tard${NBSP}: le délai a expiré le ${c.deadline} et ne pouvait plus être prolongé (${period(c)}).`
      : `Je prends note de la prolongation${NBSP}: vous devez répondre au plus tard le ${c.extendedDeadline}, en indiquant les motifs du report (${period(c)}).`,
  none: (c) => `Je n’ai reçu aucune réponse à mon opposition (${art(c, "21(1)")}).`,
};

const COMPLAINT_SHORT: Record<FollowUpContext["reply"], (c: FollowUpContext) => string> = {
  none: () => "Elle n’a pas répondu.",
  "setting-only": () =>
    "Elle a seulement désactivé un paramètre, ce qui arrête l’utilisation future mais pas celle des données déjà prises ni des modèles entraînés avec elles.",
  "use-the-form": () => "Elle a refusé ma lettre et exigé son propre formulaire.",
  "identity-document": () =>
    "Elle a exigé la copie d’une pièce d’identité, qui n’est pas nécessaire pour m’identifier.",
  "compelling-grounds": () => "Elle a invoqué des motifs légitimes impérieux sans les démontrer.",
  extension: (c) =>
    c.extensionLate
      ? `Elle n’a annoncé une prolongation qu’après l’expiration du mois (${c.deadline}) et n’a pas répondu.`
      : `Elle a prolongé le délai, qui a expiré le ${c.extendedDeadline}, sans répondre.`,
};
