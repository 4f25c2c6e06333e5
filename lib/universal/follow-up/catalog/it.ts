import { it as letter } from "@/lib/universal/letter/catalog/it";
import type { LetterRegime } from "@/lib/universal/letter/model";
import type { GermanLand } from "../german-lands";
import type { FollowUpKind } from "../model";
import type { FollowUpCatalog, FollowUpContext } from "./types";

/**
 * I documenti successivi alla lettera, in italiano: sollecito, risposte alle risposte tipiche di LinkedIn e
 * reclamo. Formulazioni giuridiche secondo la versione italiana ufficiale del regolamento (UE) 2016/679 e il
 * testo italiano della LPD. Abbreviazione «RGPD», come nei provvedimenti del Garante per la protezione dei dati
 * personali; citazioni «art. 21, par. 1, del RGPD», «art. 17, par. 1, lett. c), del RGPD», «art. 31 cpv. 1 LPD».
 * Tipografia: apostrofo tipografico (’), virgolette basse «…» senza spazi.
 */

const WEEKDAYS = ["domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"];

/** The name of LinkedIn's setting in its Italian interface. */
const SETTING = "«Dati per migliorare l’IA generativa»";

/** "RGPD", or for the UK "RGPD britannico": no article problem before "UK", no nested parentheses. */
const law = (c: { regime: LetterRegime }) => (c.regime === "uk-gdpr" ? "RGPD britannico" : "RGPD");

/** "21(1)" → "art. 21, par. 1, del RGPD"; "17(1)(c)" → "art. 17, par. 1, lett. c), del RGPD"; "77" → "art. 77 del RGPD". */
function art(c: { regime: LetterRegime }, reference: string): string {
  const [, number, paragraph, point] = /^(\w+)(?:\((\d+)\))?(?:\((\w)\))?$/.exec(reference) ?? [];
  const parts = [`art. ${number ?? reference}`];
  if (paragraph) parts.push(`par. ${paragraph}`);
  if (point) parts.push(`lett. ${point})`);
  return parts.length > 1 ? `${parts.join(", ")}, del ${law(c)}` : `${parts[0]} del ${law(c)}`;
}

/**
 * The first citation of a document names the Regulation in full, as Italian legal writing does:
 * "art. 21, par. 1, del regolamento (UE) 2016/679 (di seguito «RGPD»)". The UK GDPR keeps its short name.
 */
function artFirst(c: { regime: LetterRegime }, reference: string): string {
  if (c.regime === "uk-gdpr") return art(c, reference);
  return art(c, reference).replace(/del RGPD$/, "del regolamento (UE) 2016/679 (di seguito «RGPD»)");
}

/** "Name (Country)" becomes "Name, Country" (no nested parentheses), with the typographic apostrophe. */
const name = (authority: string) => authority.replace(/\s*\(([^()]+)\)$/, ", $1").replace(/'/g, "’");

const NBSP = "\u00a0";

/** Keeps an abbreviation with its number on one line: "art.\u00a021, par.\u00a01, lett.\u00a0c)", "cpv.\u00a01". */
const tie = (text: string) => text.replace(/\b(artt?|par|lett|cpv)\. (?=[\dA-Za-z])/g, `$1.${NBSP}`);

/** Days read with an initial vowel ("otto", "undici") take the elided article: "l’8 luglio", "dell’11 maggio". */
const elided = (date: string) => /^(8|11)\s/.test(date);
const il = (date: string) => (elided(date) ? `l’${date}` : `il ${date}`);
const Il = (date: string) => (elided(date) ? `L’${date}` : `Il ${date}`);
const del = (date: string) => (elided(date) ? `dell’${date}` : `del ${date}`);

const CHANNEL: Record<FollowUpContext["channel"], string> = {
  form: "tramite il vostro modulo di opposizione al trattamento dei dati",
  post: "con lettera raccomandata",
  email: "per posta elettronica",
};

const THIRD_PERSON_CHANNEL: Record<FollowUpContext["channel"], string> = {
  form: "tramite il suo modulo di opposizione al trattamento dei dati",
  post: "con lettera raccomandata",
  email: "per posta elettronica",
};

/** The response period: "art. 12, par. 3, del RGPD" or, for the UK, "artt. 12, par. 3, e 12A del RGPD britannico". */
function period(c: { regime: LetterRegime }): string {
  return c.regime === "uk-gdpr" ? `artt. 12, par. 3, e 12A del ${law(c)}` : art(c, "12(3)");
}

/** "ai sensi dell’art. …" / "ai sensi degli artt. …". */
const underPeriod = (c: { regime: LetterRegime }) =>
  c.regime === "uk-gdpr" ? `ai sensi degli ${period(c)}` : `ai sensi dell’${period(c)}`;

function received(c: FollowUpContext): string {
  return c.receiptAssumed
    ? `Vi è pervenuta in data ${c.receivedOn} o intorno a tale data`
    : `L’avete ricevuta ${il(c.receivedOn)}`;
}

/** What the person will do next, as a clause with its verb ("proporrò reclamo…", "presenterò una denuncia…"). */
function complainTo(c: FollowUpContext): string {
  if (c.regime === "ch-fadp") {
    const authority = name(c.authorityName);
    return `presenterò una denuncia ${/^[aeiouAEIOU]/.test(authority) ? "all’" : "al "}${authority}`;
  }
  if (!c.authorityKnown) return "proporrò reclamo all’autorità di protezione dei dati del mio Land";
  return `proporrò reclamo all’autorità di controllo (${name(c.authorityName)})`;
}

/** German Länder with the preposition their Italian name takes ("della Baviera", "di Berlino", "dell’Assia"). */
const LAND_OF: Record<GermanLand, string> = {
  BW: "del Baden-Württemberg",
  BY: "della Baviera",
  BE: "di Berlino",
  BB: "del Brandeburgo",
  HB: "di Brema",
  HH: "di Amburgo",
  HE: "dell’Assia",
  MV: "del Meclemburgo-Pomerania Anteriore",
  NI: "della Bassa Sassonia",
  NW: "della Renania Settentrionale-Vestfalia",
  RP: "della Renania-Palatinato",
  SL: "del Saarland",
  SN: "della Sassonia",
  ST: "della Sassonia-Anhalt",
  SH: "dello Schleswig-Holstein",
  TH: "della Turingia",
};

function subject(kind: FollowUpKind, regime: LetterRegime, reference: string): string {
  const lawName = law({ regime });
  if (kind === "reminder")
    return `Sollecito relativo alla mia opposizione ${reference} all’addestramento dell’IA generativa, rimasta senza risposta (art. 12, par. 3, del ${lawName})`;
  if (kind === "reply") return `Vostra risposta alla mia opposizione ${reference} (art. 21 del ${lawName})`;
  if (regime === "ch-fadp")
    return `Denuncia concernente LinkedIn Ireland Unlimited Company: la mia opposizione ${reference}`;
  return `Reclamo nei confronti di ${regime === "uk-gdpr" ? "LinkedIn Corporation" : "LinkedIn Ireland Unlimited Company"}: la mia opposizione ${reference} (art. 21 del ${lawName})`;
}

/** Every paragraph, before citations are tied to their numbers (see `tie`). */
const PARAGRAPHS: FollowUpCatalog["paragraphs"] = {
  "complaint-intro": (c) => {
    if (c.regime === "ch-fadp")
      return `Vi segnalo il trattamento dei miei dati personali da parte di ${c.controllerName} (Wilton Place, Dublin 2, Irlanda), che addestra i propri modelli di intelligenza artificiale generativa con i dati dei membri di LinkedIn in Svizzera e non ha dato seguito alla mia opposizione espressa. Vi chiedo di valutare l’apertura di un’inchiesta (art. 49 LPD). Sono consapevole che la denuncia non mi conferisce la qualità di parte.`;
    const where =
      c.regime === "uk-gdpr"
        ? "1000 W Maude Avenue, Sunnyvale, CA, Stati Uniti"
        : "Wilton Place, Dublin 2, Irlanda";
    return `Con la presente propongo reclamo nei confronti di ${c.controllerName} (${where}), che tratta i miei dati personali per addestrare i propri modelli di intelligenza artificiale generativa, per la violazione del mio diritto di opposizione ai sensi dell’${artFirst(c, "21(1)")}.${c.regime === "uk-gdpr" ? "" : ` Il reclamo è proposto ai sensi dell’${art(c, "77")}.`}`;
  },
  "complaint-facts": (c) => {
    const cite = c.regime === "ch-fadp" ? artFirst(c, "21(1)") : art(c, "21(1)");
    return `${Il(c.sentOn)} ho inviato a LinkedIn, ${THIRD_PERSON_CHANNEL[c.channel]}, la mia opposizione, ai sensi dell’${cite}, al trattamento dei miei dati personali per l’addestramento di modelli di intelligenza artificiale generativa (riferimento ${c.reference}). ${c.receiptAssumed ? `L’opposizione è pervenuta a LinkedIn in data ${c.receivedOn} o intorno a tale data` : `LinkedIn l’ha ricevuta ${il(c.receivedOn)}`}.`;
  },
  recap: (c) =>
    `${Il(c.sentOn)} Vi ho inviato, ${CHANNEL[c.channel]}, la mia opposizione, ai sensi dell’${artFirst(c, "21(1)")}, al trattamento dei miei dati personali per l’addestramento di modelli di intelligenza artificiale generativa (riferimento ${c.reference}). ${received(c)}.`,
  "no-answer": (c) =>
    `${capitalize(underPeriod(c))}, eravate tenuti a fornirmi le informazioni relative all’azione intrapresa al più tardi entro un mese dal ricevimento della richiesta, ossia entro ${il(c.deadline)}, oppure a informarmi nello stesso termine dei motivi dell’inottemperanza (${art(c, "12(4)")}). Non ho ricevuto né una risposta né alcuna comunicazione di proroga.`,
  "extension-expired": (c) =>
    `${Il(c.replyOn)} mi avete comunicato la proroga del termine per la risposta. Anche così prorogato, il termine è scaduto ${il(c.extendedDeadline)} (${period(c)}) senza che io abbia ricevuto alcuna risposta.`,
  "uk-acknowledgement": (c) =>
    `La mia lettera costituiva anche un reclamo a voi rivolto ai sensi della sezione 164A del Data Protection Act 2018. Eravate tenuti ad accusarne ricevuta entro 30 giorni, ossia entro ${il(c.acknowledgementBy ?? "")}; ${c.reply === "none" ? "non ho ricevuto alcuna conferma di ricevimento" : "Vi chiedo di comunicarmi senza ingiustificato ritardo l’esito di tale reclamo (sezione 164A, comma 4)"}.`,
  "reply-setting-only": (c) =>
    `Nella vostra risposta ${del(c.replyOn)} mi avete comunicato che l’impostazione ${SETTING} è stata disattivata per il mio account. Ciò non risponde alla mia opposizione. Secondo quanto voi stessi indicate, l’impostazione impedisce soltanto l’uso dei dati per il futuro; non annulla l’addestramento già effettuato. La mia opposizione ai sensi dell’${art(c, "21(1)")} riguarda ogni trattamento dei miei dati per tali finalità, compresi i dati già utilizzati e i modelli addestrati con essi, e non dipende da alcuna impostazione.`,
  "reply-use-the-form": (c) =>
    `Nella vostra risposta ${del(c.replyOn)} mi avete chiesto di utilizzare il vostro modulo online. L’esercizio del diritto di opposizione non richiede alcun modulo né alcun canale particolare: spetta a voi agevolare l’esercizio dei miei diritti (${art(c, "12(2)")}), ${c.regime === "uk-gdpr" ? "e nessuna norma subordina una richiesta all’uso di un determinato modulo" : "e il Comitato europeo per la protezione dei dati precisa che il titolare del trattamento non può subordinare una richiesta all’uso di un determinato modulo (linee guida 01/2022)"}. La mia lettera costituisce quindi un’opposizione valida. Il termine di un mese decorre dal suo ricevimento, avvenuto ${il(c.receivedOn)}, e scade ${il(c.deadline)} (${period(c)}).`,
  "reply-identity-document": (c) => {
    const contact =
      c.account === "non-member"
        ? "La mia lettera indica i recapiti ai quali potete contattarmi, e posso confermare questa opposizione da tali recapiti."
        : "La mia lettera indica l’indirizzo e-mail del mio account LinkedIn: potete verificare la mia identità tramite tale account, e posso confermare questa opposizione da tale indirizzo.";
    const clock =
      c.regime === "uk-gdpr"
        ? `Ai sensi dell’art. 12A del ${law(c)}, il termine è sospeso soltanto durante l’attesa delle informazioni ragionevolmente richieste per confermare la mia identità; una richiesta non necessaria non lo sospende.`
        : "Una richiesta ingiustificata non sospende il termine di un mese.";
    return `Nella vostra risposta ${del(c.replyOn)} mi avete chiesto copia di un documento d’identità. Potete richiedere ulteriori informazioni soltanto se nutrite ragionevoli dubbi circa la mia identità, e soltanto quelle necessarie per confermarla (${art(c, "12(6)")}). ${contact}${c.regime === "uk-gdpr" ? "" : " Il Comitato europeo per la protezione dei dati ritiene che richiedere copia di un documento d’identità non sia, in generale, né necessario né proporzionato quando l’interessato può essere autenticato in altro modo (linee guida 01/2022)."} ${clock} Il termine scade ${il(c.deadline)}.`;
  },
  "reply-compelling-grounds": (c) =>
    `Nella vostra risposta ${del(c.replyOn)} avete affermato di avere motivi legittimi cogenti per proseguire il trattamento. Ai sensi dell’${art(c, "21(1)")}, spetta a voi dimostrare l’esistenza di motivi legittimi cogenti per procedere al trattamento che prevalgono sui miei interessi, sui miei diritti e sulle mie libertà; un’affermazione generica non è una dimostrazione.${c.regime === "ch-fadp" ? " Anche secondo il diritto svizzero, chi invoca un motivo giustificativo deve dimostrarlo (art. 31 cpv. 1 LPD)." : ""} Vi chiedo di trasmettermi tale dimostrazione riferita alla mia situazione, i legittimi interessi che perseguite e il bilanciamento che avete effettuato.`,
  "reply-extension-in-time": (c) => {
    const rule =
      c.regime === "uk-gdpr"
        ? `Gli ${period(c)} consentono di prorogare il termine di due mesi soltanto se necessario, tenuto conto della complessità e del numero delle richieste, e impongono`
        : `L’${period(c)} consente di prorogare il termine di due mesi soltanto se necessario, tenuto conto della complessità e del numero delle richieste, e impone`;
    return `${Il(c.replyOn)} mi avete comunicato la proroga del termine per la risposta. ${rule} di indicare i motivi del ritardo. Prendo atto che dovete rispondere al più tardi entro ${il(c.extendedDeadline)}. Se la vostra comunicazione non indicava i motivi del ritardo, Vi chiedo di comunicarmeli.`;
  },
  "reply-extension-late": (c) =>
    `${Il(c.replyOn)} mi avete comunicato la proroga del termine per la risposta. La proroga, con i relativi motivi, deve essere comunicata entro un mese dal ricevimento della richiesta (${period(c)}); tale mese è scaduto ${il(c.deadline)}. La vostra comunicazione è giunta troppo tardi per prorogare il termine, che è quindi scaduto senza risposta.`,
  "happened-none": (c) =>
    `LinkedIn era tenuta a rispondere entro un mese dal ricevimento della richiesta, ossia entro ${il(c.deadline)} (${period(c)}). Non ha risposto, non ha indicato i motivi dell’inottemperanza (${art(c, "12(4)")}) né ha comunicato alcuna proroga.`,
  "happened-setting-only": (c) =>
    `${Il(c.replyOn)} LinkedIn si è limitata a rispondere che l’impostazione ${SETTING} era stata disattivata per il mio account. Secondo quanto indicato dalla stessa LinkedIn, ciò impedisce l’uso futuro ma non annulla l’addestramento già effettuato. La risposta non dà seguito alla mia opposizione per i dati già utilizzati e per i modelli addestrati con essi, né conferma l’opposizione in quanto tale.`,
  "happened-use-the-form": (c) =>
    `${Il(c.replyOn)} LinkedIn mi ha chiesto di utilizzare il suo modulo online anziché dare seguito alla mia lettera. Per opporsi non è richiesto alcun modulo; il titolare del trattamento deve agevolare l’esercizio dei diritti (${art(c, "12(2)")}).`,
  "happened-identity-document": (c) =>
    `${Il(c.replyOn)} LinkedIn mi ha chiesto copia di un documento d’identità, benché ${c.account === "non-member" ? "la mia lettera indicasse recapiti tramite i quali LinkedIn può verificare la mia identità" : "la mia lettera indicasse l’indirizzo e-mail del mio account, tramite il quale LinkedIn può autenticarmi"}. Tale copia non è necessaria per confermare la mia identità (${art(c, "12(6)")}).`,
  "happened-compelling-grounds": (c) =>
    `${Il(c.replyOn)} LinkedIn ha affermato di avere motivi legittimi cogenti per proseguire il trattamento, senza dimostrare, riguardo alla mia situazione, motivi che prevalgano sui miei interessi, sui miei diritti e sulle mie libertà, come le impone l’${art(c, "21(1)")}.`,
  "happened-extension": (c) =>
    c.extensionLate
      ? `${Il(c.replyOn)} LinkedIn ha annunciato la proroga del termine per la risposta quando il primo mese era già scaduto, ${il(c.deadline)}: troppo tardi per prorogarlo (${period(c)}). Non ha risposto nel merito.`
      : `${Il(c.replyOn)} LinkedIn ha prorogato il termine per la risposta. Il termine prorogato è scaduto ${il(c.extendedDeadline)} (${period(c)}) senza una risposta nel merito.`,
  "requests-confirmation": (c) =>
    `Vi chiedo pertanto di confermarmi per iscritto che la mia opposizione è stata registrata e si applica a ogni trattamento dei miei dati personali per l’addestramento dell’IA generativa, qualunque sia lo stato di qualsiasi impostazione, compresi i modelli e le versioni futuri e le impostazioni che sostituiranno quella attuale.${c.regime === "uk-gdpr" ? " Ciò comprende la condivisione dei miei dati con Microsoft per l’addestramento dei suoi modelli di intelligenza artificiale." : ""}`,
  "requests-access": (c) =>
    `Vi chiedo inoltre di comunicarmi se i miei dati personali sono già stati utilizzati per tali finalità, da quando, in quali set di dati e modelli, e a quali destinatari sono stati comunicati (art. 15, par. 1, e art. 19, secondo periodo, del ${law(c)}).`,
  "requests-erasure": (c) =>
    `Salvo che dimostriate l’esistenza di motivi legittimi prevalenti, Vi chiedo di cancellare i dati già utilizzati per tali finalità, di non utilizzare più i set di dati o i modelli costruiti a partire da essi (${art(c, "17(1)(c)")}) e di informarne i destinatari (${art(c, "19")}).`,
  restriction: (c) =>
    `In attesa che la mia opposizione sia esaminata, Vi chiedo di limitare il trattamento dei miei dati per tali finalità (${art(c, "18(1)(d)")}).`,
  "answer-by": (c) =>
    `Vi invito a rispondere in modo completo entro ${il(c.answerBy)}. In mancanza di una risposta soddisfacente entro tale data, ${complainTo(c)}.`,
  "complaint-announced": (c) =>
    `Poiché non avete dimostrato l’esistenza di tali motivi, Vi informo che ${complainTo(c)}.`,
  "complaint-uk-164a": (c) =>
    c.acknowledgementBy
      ? `Prima di rivolgermi a voi, ho presentato reclamo a LinkedIn: la mia lettera costituiva anche un reclamo ai sensi della sezione 164A del Data Protection Act 2018. LinkedIn era tenuta ad accusarne ricevuta entro ${il(c.acknowledgementBy)}.`
      : "Prima di rivolgermi a voi, ho scritto a LinkedIn, come descritto di seguito.",
  "complaint-lead": (c) =>
    c.leadAuthorityName
      ? `L’autorità di controllo capofila di LinkedIn è la ${name(c.leadAuthorityName)} (${art(c, "56")}); Vi prego di trattare il presente reclamo in cooperazione con essa, per quanto necessario.`
      : `In qualità di autorità di controllo capofila di LinkedIn Ireland (${art(c, "56")}), siete competenti per questo trattamento transfrontaliero.`,
  "complaint-requests": (c) => {
    if (c.regime === "ch-fadp")
      return "Vi chiedo di esaminare la presente denuncia e, se del caso, di ordinare i provvedimenti previsti dall’art. 51 LPD affinché cessi il trattamento dei miei dati per tali finalità. Vi chiedo di informarmi sul seguito dato alla denuncia e sull’esito (art. 49 cpv. 4 LPD).";
    if (c.regime === "uk-gdpr")
      return "Vi chiedo di esaminare il presente reclamo, di adottare le misure che riterrete opportune affinché LinkedIn dia seguito alla mia opposizione e di informarmi sullo stato e sull’esito del reclamo.";
    return `Vi chiedo di esaminare il presente reclamo, di ingiungere a LinkedIn di dare seguito alla mia opposizione (${art(c, "58(2)(c)")}) e di informarmi sullo stato e sull’esito del reclamo (${art(c, "77(2)")}).`;
  },
  evidence: () => "Allego:",
  "complaint-sharing": (c) => {
    if (c.regime === "uk-gdpr")
      return "Acconsento a che il presente reclamo e i relativi allegati siano comunicati a LinkedIn nella misura necessaria alla sua trattazione.";
    const what =
      c.regime === "ch-fadp"
        ? "la presente denuncia e i relativi allegati siano comunicati"
        : "il presente reclamo e i relativi allegati siano comunicati";
    return `Acconsento a che ${what} a LinkedIn e ad altre autorità di controllo nella misura necessaria alla sua trattazione.`;
  },
};

export const it: FollowUpCatalog = {
  locale: "it",
  formatLongDate(isoDate) {
    const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
    const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    return `${weekday} ${letter.formatDate(isoDate)}`;
  },
  subject: (kind, reply, regime, reference) => tie(subject(kind, regime, reference)),
  title: (kind, reference) =>
    `${{ reminder: "Sollecito", reply: "Risposta", complaint: "Reclamo" }[kind]} – opposizione all’addestramento dell’IA generativa – LinkedIn – ${reference}`,
  salutation: "Gentili Signore e Signori,",
  closing: "Distinti saluti",
  labels: { reference: "Riferimento", subject: "Oggetto", pageOf: "Pagina {page} di {total}" },
  paragraphs: Object.fromEntries(
    Object.entries(PARAGRAPHS).map(([id, wording]) => [id, (c: FollowUpContext) => tie(wording(c))]),
  ) as FollowUpCatalog["paragraphs"],
  evidence: {
    letter: (reference, sentOn) => `la mia lettera di opposizione ${del(sentOn)} (riferimento ${reference});`,
    proof: (channel) =>
      ({
        form: "la conferma del modulo di opposizione (schermata o e-mail di conferma);",
        post: "la ricevuta della raccomandata e il tracciamento della consegna;",
        email: "l’e-mail inviata, con la relativa data;",
      })[channel],
    reply: (replyOn) => `la risposta di LinkedIn ${del(replyOn)};`,
    reminder: "il mio sollecito, se l’ho inviato, ed eventuale ulteriore corrispondenza.",
  },
  short: (c) => tie(shortText(c)),
  fileNameStem: {
    reminder: "sollecito-opposizione-linkedin-ia",
    reply: "risposta-opposizione-linkedin-ia",
    complaint: "reclamo-opposizione-linkedin-ia",
  },
  authorities: {
    germanLand: (land) => `Autorità di controllo per la protezione dei dati ${LAND_OF[land]}`,
    germanGeneral: "Un’autorità di controllo per la protezione dei dati in Germania (quella del mio Land)",
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const REPLY_SHORT: Record<FollowUpContext["reply"], (c: FollowUpContext) => string> = {
  "setting-only": (c) =>
    `La disattivazione dell’impostazione impedisce soltanto l’uso futuro. La mia opposizione (${art(c, "21(1)")}) riguarda anche i dati già utilizzati e i modelli addestrati con essi: Vi chiedo di confermarla per iscritto, di comunicarmi se e come i miei dati sono stati utilizzati (${art(c, "15(1)")}) e di cancellarli dai dati di addestramento (${art(c, "17(1)(c)")}).`,
  "use-the-form": (c) =>
    `Per opporsi non è richiesto alcun modulo: dovete agevolare l’esercizio dei miei diritti (${art(c, "12(2)")}). La mia lettera è un’opposizione valida; il termine decorre dal suo ricevimento e scade ${il(c.deadline)}.`,
  "identity-document": (c) =>
    `La copia di un documento d’identità non è necessaria per confermare la mia identità (${art(c, "12(6)")}); posso confermare questa opposizione ${c.account === "non-member" ? "dai recapiti indicati nella mia lettera" : "dall’indirizzo e-mail del mio account"}. Il termine scade ${il(c.deadline)}.`,
  "compelling-grounds": (c) =>
    `Ai sensi dell’${art(c, "21(1)")} dovete dimostrare l’esistenza di motivi legittimi cogenti che prevalgono sui miei interessi, sui miei diritti e sulle mie libertà. Vi chiedo di trasmettermi tale dimostrazione e di limitare nel frattempo il trattamento (${art(c, "18(1)(d)")}).`,
  extension: (c) =>
    c.extensionLate
      ? `La vostra comunicazione di proroga è arrivata troppo tardi: il termine è scaduto ${il(c.deadline)} e non poteva più essere prorogato (${period(c)}).`
      : `Prendo atto della proroga: dovete rispondere al più tardi entro ${il(c.extendedDeadline)}, indicando i motivi del ritardo (${period(c)}).`,
  none: (c) => `Non ho ricevuto alcuna risposta alla mia opposizione (${art(c, "21(1)")}).`,
};

const COMPLAINT_SHORT: Record<FollowUpContext["reply"], (c: FollowUpContext) => string> = {
  none: () => "Non ha risposto.",
  "setting-only": () =>
    "Si è limitata a disattivare un’impostazione, il che impedisce l’uso futuro ma non quello dei dati già acquisiti né dei modelli addestrati con essi.",
  "use-the-form": () => "Ha respinto la mia lettera e preteso l’uso del proprio modulo.",
  "identity-document": () =>
    "Ha preteso copia di un documento d’identità, che non è necessaria per identificarmi.",
  "compelling-grounds": () => "Ha invocato motivi legittimi cogenti senza dimostrarli.",
  extension: (c) =>
    c.extensionLate
      ? `Ha annunciato una proroga soltanto dopo la scadenza del mese, ${il(c.deadline)}, e non ha risposto.`
      : `Ha prorogato il termine, scaduto ${il(c.extendedDeadline)}, senza rispondere.`,
};

function shortText(c: FollowUpContext): string {
  if (c.kind === "reminder")
    return `Sollecito, riferimento ${c.reference}. ${Il(c.sentOn)} ho presentato opposizione (${art(c, "21(1)")}) all’uso dei miei dati personali per addestrare l’IA generativa. Dovevate rispondere entro ${il(c.deadline)} (${period(c)}); non ho ricevuto alcuna risposta. Vi chiedo di confermare per iscritto che la mia opposizione è rispettata, anche per i dati già utilizzati e i modelli già addestrati, e di limitare nel frattempo il trattamento (${art(c, "18(1)(d)")}). In mancanza di una risposta completa entro ${il(c.answerBy)}, ${complainTo(c)}.`;
  if (c.kind === "reply")
    return `Riferimento ${c.reference}. ${REPLY_SHORT[c.reply](c)} Vi invito a rispondere in modo completo entro ${il(c.answerBy)}; in mancanza, ${complainTo(c)}.`;
  const what = COMPLAINT_SHORT[c.reply](c);
  const opening = c.regime === "ch-fadp" ? "Sporgo denuncia" : "Propongo reclamo";
  const request =
    c.regime === "ch-fadp"
      ? "esaminare la presente denuncia"
      : "esaminare il presente reclamo e di ingiungere a LinkedIn di dare seguito alla mia opposizione";
  return `${opening} nei confronti di ${c.controllerName}. ${Il(c.sentOn)} le ho inviato la mia opposizione (${art(c, "21(1)")}) all’uso dei miei dati personali per addestrare l’IA generativa (riferimento ${c.reference}); doveva rispondere entro ${il(c.deadline)}. ${what} Vi chiedo di ${request}. Allego la mia lettera, la prova dell’invio e le risposte di LinkedIn.`;
}
