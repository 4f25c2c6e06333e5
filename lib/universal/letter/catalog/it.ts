import type { LetterRegime } from "../model";
import type { LetterCatalog, ParagraphContext } from "./types";

/**
 * La lettera in italiano. Le formulazioni giuridiche seguono la versione italiana ufficiale del regolamento
 * (UE) 2016/679, abbreviato «RGPD» come nella versione italiana della Corte di giustizia e nelle traduzioni
 * del Garante; per la Svizzera, il testo italiano della LPD (RS 235.1), citato all’uso svizzero
 * («art. 30 cpv. 2 lett. b LPD»). Apostrofo tipografico e virgolette basse «…».
 */

const MONTHS = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre",
];

/** «RGPD» o «RGPD britannico»: LinkedIn Ireland è soggetta al RGPD anche per chi risiede in Svizzera. */
const rgpd = (c: { regime: LetterRegime }) => (c.regime === "uk-gdpr" ? "RGPD britannico" : "RGPD");

/** "art. 21, par. 1, del RGPD"; "art. 19 del RGPD" (senza paragrafo, senza virgola). */
function art(c: { regime: LetterRegime }, article: string): string {
  return `art. ${article}${article.includes(",") ? "," : ""} del ${rgpd(c)}`;
}

const member = (c: ParagraphContext) => c.account !== "non-member" && c.account !== "former-member";
/** Meno di 18 anni: solo queste lettere parlano di minore (un adulto che frequenta la scuola secondaria non lo è). */
const minor = (c: ParagraphContext) => c.age !== "18-plus";

/** Il nome dell’impostazione come lo riporta la scheda informativa del Garante su LinkedIn (ottobre 2025). */
const SETTING = "«Dati per migliorare l’IA generativa»";

function possibleMinorStatus(c: ParagraphContext): string {
  if (c.age === "16-17" && c.school) return "Ho meno di 18 anni e frequento la scuola secondaria.";
  if (c.age === "16-17") return "Ho meno di 18 anni.";
  return "Frequento la scuola secondaria.";
}

function identityEmail(c: ParagraphContext): string | null {
  if (!c.hasEmail) return null;
  if (c.account === "former-member") return "all’indirizzo e-mail del mio ex account sopra indicato";
  if (c.account === "non-member") return null;
  return "all’indirizzo e-mail del mio account sopra indicato";
}

function replyChannel(c: ParagraphContext): string {
  if (c.hasEmail && c.hasPostalAddress) return "all’indirizzo e-mail o all’indirizzo postale sopra indicati";
  if (c.hasEmail) return "all’indirizzo e-mail sopra indicato";
  return "all’indirizzo postale sopra indicato";
}

/**
 * Le autorità sono nominate in apposizione, senza articolo: nessun accordo di genere con un nome straniero
 * o tedesco, e nessuna parentesi annidata attorno ai nomi che ne contengono già una.
 */
function complaintAuthorities(c: ParagraphContext): string {
  const local =
    c.authorityScope === "germany"
      ? "a un’autorità di controllo in Germania (l’autorità del mio Land)"
      : c.authorityScope === "land"
        ? `all’autorità di controllo del mio Land, ${c.authorityName},`
        : c.authorityName
          ? `all’autorità di controllo del mio paese di residenza, ${c.authorityName},`
          : "a un’autorità di controllo";
  return c.leadAuthorityName
    ? `${local} o alla vostra autorità di controllo capofila, ${c.leadAuthorityName},`
    : local;
}

function complaint(c: ParagraphContext): string {
  const reserve = "In mancanza di una risposta soddisfacente entro tale termine, mi riservo il diritto";
  if (c.regime === "ch-fadp") {
    return (
      `${reserve} di segnalare la situazione all’autorità federale di vigilanza, ${c.authorityName ?? "IFPDT"},` +
      (c.leadAuthorityName
        ? ` di proporre reclamo (art. 77 del RGPD) alla vostra autorità di controllo capofila, ${c.leadAuthorityName},`
        : "") +
      " e di proporre ricorso giurisdizionale (art. 79 del RGPD), in particolare con le azioni previste dall’art. 32 cpv. 2 LPD."
    );
  }
  if (c.regime === "uk-gdpr") {
    // Il fondamento del reclamo al Commissioner dopo la riforma del 2025 non è accertato: nessun articolo citato.
    return `${reserve} di proporre reclamo all’Information Commissioner del Regno Unito (ICO) e di proporre ricorso giurisdizionale (${art(c, "79")}).`;
  }
  return `${reserve} di proporre reclamo (art. 77 del RGPD) ${complaintAuthorities(c)} e di proporre ricorso giurisdizionale (art. 79 del RGPD).`;
}

function scope(c: ParagraphContext): string {
  const facilitate = `Questa opposizione si applica a tutti i servizi e prodotti per i quali agite in qualità di titolare del trattamento e non dipende dall’uso di alcun modulo particolare: siete tenuti ad agevolare l’esercizio dei miei diritti (${art(c, "12, par. 2")}).`;
  const setting = member(c)
    ? ` Vale qualunque sia lo stato dell’impostazione ${SETTING} del mio account.`
    : "";
  const email = identityEmail(c);
  const identify =
    c.account === "non-member"
      ? ` Con il mio nome, i recapiti sopra indicati${c.mentions > 0 ? " e le pagine sopra elencate" : ""} potete individuare i dati che mi riguardano e rispondermi ${replyChannel(c)}.`
      : " Le informazioni contenute in questa lettera sono sufficienti a identificarmi.";
  const doubts = ` Ai sensi dell’${art(c, "12, par. 6")}, potete richiedere ulteriori informazioni soltanto se nutrite ragionevoli dubbi circa la mia identità, e soltanto quelle necessarie per confermarla${email ? `; potete confermarla scrivendomi ${email}` : ""}.`;
  const document =
    c.account === "non-member"
      ? ""
      : c.regime === "uk-gdpr"
        ? " La copia di un documento d’identità non è né necessaria né proporzionata a tal fine."
        : " Come rileva il Comitato europeo per la protezione dei dati nelle linee guida 01/2022 sul diritto di accesso, chiedere la copia di un documento d’identità non è né necessario né proporzionato quando la persona può essere autenticata tramite il proprio account.";
  return facilitate + setting + identify + doubts + document;
}

export const it: LetterCatalog = {
  locale: "it",
  formatDate(isoDate) {
    const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
    return `${day === 1 ? "1º" : day} ${MONTHS[month - 1]} ${year}`;
  },
  placeAndDate: (place, dateText) => (place ? `${place}, ${dateText}` : dateText),
  subject(regime) {
    const basis = {
      "eu-gdpr": "ai sensi dell’art. 21 del regolamento (UE) 2016/679",
      "ch-fadp": "ai sensi dell’art. 21 del regolamento (UE) 2016/679 e dell’art. 30 LPD",
      "uk-gdpr": "ai sensi dell’art. 21 del RGPD britannico (UK GDPR)",
    }[regime];
    const ukComplaint =
      regime === "uk-gdpr" ? "; reclamo ai sensi della sezione 164A del Data Protection Act 2018" : "";
    return `Opposizione ${basis} al trattamento dei miei dati personali per l’addestramento dell’IA generativa${ukComplaint}`;
  },
  title: (reference) => `Opposizione all’addestramento dell’IA generativa – LinkedIn – ${reference}`,
  salutation: "Spettabile Società,",
  closing: "Distinti saluti",
  labels: {
    reference: "Riferimento",
    subject: "Oggetto",
    pageOf: "Pagina {page} di {total}",
    email: "E-mail dell’account",
    formerEmail: "E-mail del mio ex account",
    contactEmail: "E-mail",
    profile: "Profilo LinkedIn",
    guardianRole: "Rappresentante legale",
    careOf: "Al responsabile della protezione dei dati",
  },
  categories: {
    profile:
      "i miei dati del profilo (nome, foto, posizione lavorativa attuale ed esperienza professionale, formazione, località, competenze, riepilogo, certificazioni, licenze, esperienze di volontariato, pubblicazioni, brevetti, conferme di competenze e referenze)",
    posts:
      "i contenuti che pubblico o a cui contribuisco (post, articoli, risposte a sondaggi, contributi e commenti)",
    groups: "la mia attività e i miei messaggi nei gruppi",
    "ai-conversations":
      "i dati che inserisco nelle vostre funzionalità di IA (richieste, ricerche, conversazioni) e i risultati generati",
    resumes: "i curriculum e le risposte alle domande di selezione salvati nel mio account",
  },
  paragraphs: {
    objection: (c) =>
      `Mi oppongo, ai sensi dell’art. 21, par. 1, ${c.regime === "uk-gdpr" ? "del RGPD britannico (UK GDPR)" : "del regolamento (UE) 2016/679 (RGPD)"}, al trattamento dei miei dati personali a fini di addestramento, affinamento (fine-tuning), valutazione e miglioramento di modelli di intelligenza artificiale generativa, che effettuate dal 3 novembre 2025 sulla base del vostro legittimo interesse (${art(c, "6, par. 1, lett. f)")}).`,
    "swiss-prohibition": () =>
      "Poiché la vostra società è stabilita nell’Unione europea, il RGPD si applica a questo trattamento (art. 3, par. 1, del RGPD). Risiedendo in Svizzera, beneficio inoltre della legge federale sulla protezione dei dati (LPD), che si applica alle fattispecie che esplicano effetti in Svizzera (art. 3 cpv. 1 LPD). Vieto espressamente il trattamento dei miei dati personali per tali finalità. Trattare dati personali contro la mia espressa volontà costituisce una lesione della mia personalità (art. 30 cpv. 2 lett. b LPD). Dal momento che lo vieto espressamente, il principio secondo cui, di regola, non vi è lesione della personalità se la persona interessata ha reso i suoi dati personali accessibili a chiunque (art. 30 cpv. 3 LPD) non si applica a questo trattamento, neppure per i dati che ho reso pubblici. La lesione è pertanto illecita se non è giustificata (art. 31 cpv. 1 LPD), e spetta a voi dimostrare un eventuale motivo giustificativo. Mi riservo le azioni previste dall’art. 32 cpv. 2 LPD, in particolare che questo trattamento sia vietato (lett. a), che la comunicazione dei miei dati a terzi sia vietata (lett. b) e che i dati siano cancellati (lett. c).",
    "uk-law": () =>
      "Il RGPD britannico si applica a questo trattamento benché LinkedIn Corporation sia stabilita fuori dal Regno Unito, poiché il trattamento riguarda l’offerta dei vostri servizi alle persone che si trovano nel Regno Unito, come è il mio caso, e il monitoraggio del loro comportamento in tale paese (art. 3, par. 2, del RGPD britannico).",
    "uk-microsoft": () =>
      "Mi oppongo altresì, ai sensi dell’art. 21, par. 1, del RGPD britannico, alla comunicazione dei miei dati personali alla vostra società capogruppo Microsoft per l’addestramento dei modelli di intelligenza artificiale propri di Microsoft, e vi chiedo di cessare ogni comunicazione dei miei dati a tal fine. Vi prego di indicarmi quale o quali società del gruppo Microsoft hanno ricevuto i miei dati a tal fine (art. 15, par. 1, lett. c), del RGPD britannico).",
    "data-categories": (c) =>
      c.account === "non-member"
        ? "Poiché non ho un account LinkedIn, questa opposizione ha per oggetto tutti i dati personali che mi riguardano e che detenete o raccogliete, in particolare nei contenuti pubblicati dai vostri iscritti (post, articoli, commenti, fotografie e menzioni), compresi quelli già utilizzati per tali finalità."
        : "Questa opposizione ha per oggetto i seguenti dati, compresi quelli già utilizzati per tali finalità:",
    "status-non-member": (c) =>
      "Il diritto di opposizione spetta a ogni interessato, iscritto o no: il vostro modulo di opposizione al trattamento dei dati (Data Processing Objection Form) è del resto aperto anche a chi non è iscritto." +
      (c.mentions > 0 ? " Le seguenti pagine di LinkedIn mi menzionano:" : ""),
    "status-former-member": (c) =>
      `Non ho più un account LinkedIn. Questa opposizione riguarda i dati del mio ex account che ancora conservate e ogni uso che ne sia già stato fatto per tali finalità. I dati del mio ex account che avete conservato dopo la sua chiusura non sono più necessari rispetto alle finalità per le quali sono stati raccolti: vi chiedo di cancellarli (${art(c, "17, par. 1, lett. a)")}).`,
    "status-under-16": (c) =>
      `Ho meno di 16 anni, l’età minima fissata dal vostro Contratto di licenza per utilizzare LinkedIn. Presento questa opposizione insieme a chi mi rappresenta legalmente, ${c.guardianName ?? ""}, che firma con me questa lettera.`,
    "status-possible-minor": (c) => possibleMinorStatus(c),
    "minor-exclusion": (c) =>
      `Secondo le informazioni che voi stessi avete pubblicato, non utilizzate per l’addestramento dell’IA generativa i dati degli iscritti che avete motivo di ritenere minori di 18 anni, ad esempio perché frequentano la scuola secondaria o il suo equivalente locale, anche se la loro impostazione risulta attivata. Vi prego di confermarmi che questa esclusione si applica ai miei dati, di registrare questa informazione sulla mia ${minor(c) ? "età" : "frequenza scolastica"} affinché l’esclusione sia applicata, di cancellare dai vostri set di dati di addestramento, affinamento e valutazione ogni mio dato già utilizzato e di mantenere in vigore questa opposizione ${minor(c) ? "anche dopo che avrò compiuto 18 anni" : "qualunque sia in futuro la vostra valutazione della mia età"}.`,
    "child-protection": (c) =>
      `Il vostro legittimo interesse non può giustificare il trattamento quando su di esso prevalgono gli interessi o i diritti e le libertà fondamentali dell’interessato, «in particolare se l’interessato è un minore» (${art(c, "6, par. 1, lett. f)")}). I minori meritano una specifica protezione relativamente ai loro dati personali (considerando 38 del ${rgpd(c)}).`,
    grounds: (c) =>
      c.account === "non-member"
        ? "Presento questa opposizione per motivi connessi alla mia situazione particolare. I dati che mi riguardano presenti sulla vostra piattaforma non sono stati pubblicati da me per alimentare un’IA generativa; non potevo ragionevolmente attendermi un simile uso, che mi priva del controllo sul modo in cui i miei dati, le mie parole e la mia immagine vengono riprodotti e riutilizzati."
        : "Presento questa opposizione per motivi connessi alla mia situazione particolare. Ho condiviso questi dati per partecipare a una rete professionale, non per fornire materiale di addestramento a modelli di IA generativa; non potevo ragionevolmente attendermi un simile uso, che mi priva del controllo sul modo in cui i miei dati, le mie parole e la mia immagine vengono riprodotti e riutilizzati.",
    "situation-creative-work": () =>
      "Pubblico su LinkedIn opere originali (testi, immagini, analisi). Il loro utilizzo per addestrare modelli che generano contenuti concorrenti lede i miei diritti patrimoniali e morali sulle mie opere.",
    "situation-journalist": () =>
      "Sono giornalista. I miei post, i miei contatti e i miei scambi possono rivelare informazioni sulle mie fonti e sul mio lavoro, la cui riservatezza è essenziale per la libertà di stampa.",
    "situation-job-seeker": () =>
      "Sono in cerca di lavoro. Il mio profilo, i miei curriculum e le mie risposte alle domande di selezione contengono informazioni dettagliate sul mio percorso e sulle mie candidature, che ho fornito soltanto perché fossero esaminate dai selezionatori.",
    "situation-special-category": () =>
      "Il mio profilo, i miei post o la mia attività contengono o rivelano informazioni che rientrano nelle categorie particolari di dati personali (ad esempio la salute, le opinioni politiche, le convinzioni religiose o filosofiche, l’appartenenza sindacale o l’orientamento sessuale).",
    "situation-professional-secrecy": () =>
      "La mia attività è soggetta al segreto professionale. I miei contenuti su LinkedIn possono rivelare informazioni sui miei clienti, pazienti o incarichi, che non devono essere riutilizzate per altre finalità.",
    "situation-harassment-risk": () =>
      "Corro il rischio di subire molestie o di essere bersaglio di attacchi. La riproduzione dei miei dati, delle mie parole o della mia immagine da parte di modelli generativi aumenta questo rischio.",
    "situation-unexpected-use": () =>
      "Nulla, al momento della pubblicazione dei miei dati, lasciava prevedere che sarebbero stati usati per addestrare un’IA generativa; un aggiornamento della vostra informativa sulla privacy non può, di per sé, rendere ragionevolmente prevedibile un simile uso.",
    "situation-own-words": () => "Ulteriori precisazioni:",
    "compelling-grounds": (c) =>
      `Ai sensi dell’${art(c, "21, par. 1")}, dovete pertanto astenervi dal trattare ulteriormente i miei dati personali per tali finalità, salvo che dimostriate l’esistenza di motivi legittimi cogenti per procedere al trattamento che prevalgono sui miei interessi, sui miei diritti e sulle mie libertà oppure per l’accertamento, l’esercizio o la difesa di un diritto in sede giudiziaria. L’onere di tale dimostrazione grava su di voi.` +
      (c.regime === "uk-gdpr"
        ? ""
        : " Come ha rilevato il Comitato europeo per la protezione dei dati nel parere 28/2024, una menzione in un’informativa sulla privacy non basta, di per sé, a rendere un simile trattamento ragionevolmente prevedibile, e i modelli addestrati su dati personali non sono sempre anonimi."),
    "legitimate-interests": (c) =>
      `Siete tenuti a indicare i legittimi interessi che perseguite (art. 13, par. 1, lett. d), e art. 14, par. 2, lett. b), del ${rgpd(c)}). Vi chiedo di precisarmi su quali legittimi interessi fondate questo trattamento e di trasmettermi il test di bilanciamento con cui li avete ponderati rispetto agli interessi e ai diritti delle persone interessate.`,
    "special-category": (c) =>
      `Inoltre, una parte di questi dati rivela informazioni che rientrano nelle categorie particolari elencate all’${art(c, "9, par. 1")}. Il loro trattamento è vietato, salvo che si applichi una delle eccezioni previste dall’${art(c, "9, par. 2")}; il vostro legittimo interesse non è tra queste, e non presto il mio consenso a tale trattamento, né esplicitamente né in altro modo. Non ho neppure reso manifestamente pubblici questi dati (${art(c, "9, par. 2, lett. e)")}): come ha statuito la Corte di giustizia dell’Unione europea nella sentenza Meta Platforms e a. contro Bundeskartellamt (C-252/21, 4 luglio 2023), i dati sono resi manifestamente pubblici solo se l’utente ha esplicitamente scelto, con piena cognizione di causa, di renderli accessibili a un numero illimitato di persone; il normale uso di un social network non basta. Poiché questo trattamento è illecito, vi chiedo di cancellare questi dati dai vostri set di dati e dai vostri modelli senza condizioni (${art(c, "17, par. 1, lett. d)")}): tale cancellazione non dipende da alcun bilanciamento.`,
    "consent-withdrawal": (c) =>
      `In subordine, qualora intendeste fondare in tutto o in parte questo trattamento sul mio consenso, lo revoco con effetto da oggi (${art(c, "7, par. 3")}).`,
    restriction: (c) =>
      `In attesa della verifica in merito all’eventuale prevalenza dei vostri motivi legittimi rispetto ai miei, vi chiedo di limitare il trattamento dei miei dati per tali finalità (${art(c, "18, par. 1, lett. d)")}) e di informarmi prima che tale limitazione sia revocata (${art(c, "18, par. 3")}).`,
    erasure: (c) =>
      `Salvo che dimostriate l’esistenza di motivi legittimi prevalenti per procedere al trattamento, vi chiedo di cancellare le copie dei miei dati personali contenute nei vostri set di dati di addestramento, affinamento e valutazione e di cessare di utilizzare i modelli addestrati su di esse dai quali i miei dati possono essere estratti o riprodotti (${art(c, "17, par. 1, lett. c)")}).` +
      (member(c)
        ? " Questa richiesta riguarda soltanto tali set di dati e modelli: non è una richiesta di cancellazione del mio account o del mio profilo."
        : ""),
    recipients: (c) =>
      `Vi prego di comunicare questa limitazione o cancellazione a ciascuno dei destinatari cui sono stati trasmessi i miei dati per tali finalità, ${c.regime === "uk-gdpr" ? "in particolare a Microsoft e alle altre società del vostro gruppo" : "comprese le società del vostro gruppo"}, e di indicarmi tali destinatari (${art(c, "19")}).`,
    access: (c) =>
      `Ai sensi dell’${art(c, "15, par. 1")}, vi prego inoltre di indicarmi se i miei dati personali sono già stati utilizzati per tali finalità e, in caso affermativo, da quando; in quali set di dati di addestramento, affinamento e valutazione e in quali modelli sono stati utilizzati; per quali finalità; e a quali destinatari, comprese le società del vostro gruppo, sono stati comunicati.`,
    permanence: (c) =>
      "Questa opposizione è permanente. Vale per i modelli e le versioni futuri" +
      (member(c)
        ? `, nonché per qualsiasi impostazione o funzionalità che sostituisca l’impostazione ${SETTING}; non decade se tale impostazione, o quella che la sostituisce, viene in seguito riattivata in via predefinita.`
        : " e per qualsiasi funzionalità successiva con le stesse finalità; non decade se un simile trattamento viene in seguito riattivato in via predefinita."),
    "response-deadline": (c) =>
      `Vi prego di informarmi per iscritto dell’azione intrapresa riguardo a questa richiesta senza ingiustificato ritardo e, comunque, al più tardi entro un mese dal ricevimento della richiesta stessa (${c.regime === "uk-gdpr" ? "art. 12, par. 3, e art. 12A del RGPD britannico" : "art. 12, par. 3, del RGPD"}). Se non intendete ottemperarvi, vi prego di informarmi entro lo stesso termine dei motivi dell’inottemperanza e della possibilità di proporre reclamo a un’autorità di controllo e di proporre ricorso giurisdizionale (${art(c, "12, par. 4")}).`,
    "uk-complaint": () =>
      "Questa lettera costituisce inoltre un reclamo rivolto a voi in qualità di titolare del trattamento, ai sensi della sezione 164A della legge britannica del 2018 sulla protezione dei dati (Data Protection Act 2018), riguardo al trattamento sopra descritto. Vi prego di accusarne ricevuta entro 30 giorni dal suo ricevimento, di adottare senza ingiustificato ritardo le misure appropriate per darvi riscontro e di informarmi del suo esito.",
    scope,
    "data-use": (c) =>
      `I dati personali forniti in questa lettera possono essere utilizzati per gestire questa opposizione, darvi seguito e documentarla, e per nessun’altra finalità (${art(c, "5, par. 1, lett. b)")}).`,
    complaint,
  },
  short: {
    objection: (regime) =>
      (regime === "uk-gdpr"
        ? "Mi oppongo (art. 21, par. 1, RGPD britannico), per motivi connessi alla mia situazione particolare, al trattamento dei miei dati fondato sul vostro legittimo interesse per addestrare, affinare, valutare e migliorare modelli di IA generativa, nonché alla loro comunicazione a Microsoft per l’addestramento della sua IA."
        : "Mi oppongo (art. 21, par. 1, RGPD), per motivi connessi alla mia situazione particolare, al trattamento dei miei dati fondato sul vostro legittimo interesse per addestrare, affinare, valutare e migliorare modelli di IA generativa.") +
      (regime === "ch-fadp" ? " Lo vieto espressamente (art. 30 cpv. 2 lett. b e cpv. 3 LPD)." : ""),
    status: (c) => {
      const parts: string[] = [];
      if (c.age === "under-16")
        parts.push(
          `Ho meno di 16 anni; ${c.guardianName ?? ""}, che mi rappresenta legalmente, si unisce all’opposizione.`,
        );
      else if (c.age === "16-17") parts.push("Ho meno di 18 anni.");
      else if (c.school) parts.push("Frequento la scuola secondaria.");
      if (c.account === "non-member") parts.push("Non ho un account LinkedIn.");
      if (c.account === "former-member") parts.push("Non ho più un account LinkedIn.");
      return parts.join(" ");
    },
    groundsIntro: "La mia situazione:",
    situations: {
      "situation-creative-work": "pubblico opere originali",
      "situation-journalist": "sono giornalista (tutela delle fonti)",
      "situation-job-seeker": "sono in cerca di lavoro",
      "situation-special-category": "i miei dati rivelano informazioni di categorie particolari (art. 9)",
      "situation-professional-secrecy": "la mia attività è soggetta al segreto professionale",
      "situation-harassment-risk": "corro il rischio di subire molestie",
      "situation-unexpected-use": "non potevo attendermi questo uso dei miei dati",
    },
    requests: (c) =>
      `Salvo che dimostriate motivi legittimi cogenti, vi chiedo di: cessare il trattamento e limitarlo nel frattempo (art. 18, par. 1, lett. d); cancellare i dati dai set di addestramento, affinamento e valutazione e non usare più i modelli da cui sono estraibili (art. 17, par. 1, lett. c); informarne i destinatari e indicarmeli (art. 19); dirmi se e come li avete già usati (art. 15, par. 1); rispondermi per iscritto entro un mese (${c.regime === "uk-gdpr" ? "art. 12, par. 3, e art. 12A" : "art. 12, par. 3"}). L’opposizione è permanente.`,
    reference: (reference) => `Rif. ${reference}.`,
  },
  fileNameStem: "opposizione-linkedin-ia",
};
