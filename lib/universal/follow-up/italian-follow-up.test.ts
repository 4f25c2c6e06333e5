import { describe, expect, it } from "vitest";
import { letterCatalog } from "@/lib/universal/letter/catalog";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { buildFollowUp } from "./build-follow-up";
import { followUpCatalog } from "./catalog";
import { REPLY_CASES, type FollowUpKind, type FollowUpModel, type ReplyCase } from "./model";
import { followUpFileName, followUpPlainText } from "./plain-text";
import { ZFollowUpRequest, type TFollowUpRequestInput } from "./schema";

const REFERENCE = "LI-AI-2026-7K3QXM";

function build(change: Partial<TFollowUpRequestInput> = {}): FollowUpModel {
  const parsed = ZFollowUpRequest.parse({
    letterLocale: "it",
    country: "IT",
    age: "18-plus",
    account: "member",
    firstName: "Giulia",
    lastName: "Esposito",
    email: "giulia@example.org",
    kind: "reminder",
    original: { reference: REFERENCE, sentOn: "2026-07-01", channel: "form" },
    date: "2026-08-20",
    ...change,
  });
  return buildFollowUp(parsed, assessEligibility(parsed), { today: "2026-08-20" });
}

/** Dates are written by the Italian letter catalogue; the follow-up wording around them is what is tested. */
const day = (iso: string) => letterCatalog("it").formatDate(iso);
/** Citations keep their numbers with a no-break space ("art.\u00a021"); assertions read them as spaces. */
const plain = (value: string) => value.replace(/\u00a0/g, " ");
const paragraph = (model: FollowUpModel, id: string) =>
  plain(model.paragraphs.find((p) => p.id === id)?.text ?? "");
const text = (model: FollowUpModel) => plain(model.paragraphs.map((p) => p.text).join("\n"));

/** Deepest nesting of parentheses, not counting the closing one of "lett. c)". */
function parenthesisDepth(value: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of value.replace(/lett\. [a-z]\)/g, "lett. x")) {
    if (char === "(") deepest = Math.max(deepest, ++depth);
    if (char === ")") depth--;
  }
  return deepest;
}

const CASES: Array<[FollowUpKind, ReplyCase]> = [
  ["reminder", "none"],
  ["reminder", "extension"],
  ...REPLY_CASES.filter((reply) => reply !== "none").map((reply): [FollowUpKind, ReplyCase] => [
    "reply",
    reply,
  ]),
  ...REPLY_CASES.map((reply): [FollowUpKind, ReplyCase] => ["complaint", reply]),
];

describe("Italian follow-up documents", () => {
  it.each(CASES)("a %s after %s says in Italian what the English says, in every regime", (kind, reply) => {
    for (const replyOn of reply === "none" ? [undefined] : ["2026-07-20", "2026-08-11"]) {
      for (const country of ["IT", "DE", "CH", "GB", "AT"]) {
        const italian = build({ kind, reply, replyOn, country });
        const english = build({ kind, reply, replyOn, country, letterLocale: "en" });
        expect(italian.paragraphs.map((p) => [p.id, p.refs])).toEqual(
          english.paragraphs.map((p) => [p.id, p.refs]),
        );
        expect(italian.short.length).toBeLessThanOrEqual(1000);
        expect(italian.short.endsWith("…")).toBe(false);
        expect(plain(italian.short)).toContain(REFERENCE);
        for (const value of [italian.subject, italian.short, ...italian.paragraphs.map((p) => p.text)]) {
          // Word boundaries: Italian "annulla" contains "null".
          expect(value).not.toMatch(/\bundefined\b|\bnull\b|\$\{|\bNaN\b/);
          // The typographic apostrophe everywhere in the document's own wording, authority names included.
          expect(value).not.toContain("'");
          expect(parenthesisDepth(value)).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it("a reminder for Italy recalls the one-month period in the Regulation's words and names the Garante", () => {
    const model = build();
    expect(model.recipient.name).toBe("LinkedIn Ireland Unlimited Company");
    expect(plain(model.subject)).toBe(
      `Sollecito relativo alla mia opposizione ${REFERENCE} all’addestramento dell’IA generativa, rimasta senza risposta (art. 12, par. 3, del RGPD)`,
    );
    expect(model.salutation).toBe("Gentili Signore e Signori,");
    expect(model.closing).toBe("Distinti saluti");
    expect(model.paragraphs.map((p) => p.id)).toEqual(["recap", "no-answer", "restriction", "answer-by"]);
    expect(paragraph(model, "recap")).toContain(
      "la mia opposizione, ai sensi dell’art. 21, par. 1, del regolamento (UE) 2016/679 (di seguito «RGPD»), al trattamento dei miei dati personali",
    );
    // Received 1 July 2026: 1 August is a Saturday and 3 August an Irish bank holiday.
    expect(paragraph(model, "no-answer")).toBe(
      `Ai sensi dell’art. 12, par. 3, del RGPD, eravate tenuti a fornirmi le informazioni relative all’azione intrapresa al più tardi entro un mese dal ricevimento della richiesta, ossia entro il ${day("2026-08-04")}, oppure a informarmi nello stesso termine dei motivi dell’inottemperanza (art. 12, par. 4, del RGPD). Non ho ricevuto né una risposta né alcuna comunicazione di proroga.`,
    );
    expect(paragraph(model, "restriction")).toContain("(art. 18, par. 1, lett. d), del RGPD)");
    expect(paragraph(model, "answer-by")).toBe(
      `Vi invito a rispondere in modo completo entro il ${day("2026-09-03")}. In mancanza di una risposta soddisfacente entro tale data, proporrò reclamo all’autorità di controllo (Garante per la protezione dei dati personali).`,
    );
    expect(plain(model.short)).toContain("ho presentato opposizione (art. 21, par. 1, del RGPD)");
    expect(followUpFileName(model)).toBe(
      "sollecito-opposizione-linkedin-ia-2026-08-20-li-ai-2026-7k3qxm.pdf",
    );
  });

  it.each([
    [
      "setting-only",
      [
        "mi avete comunicato che l’impostazione «Dati per migliorare l’IA generativa» è stata disattivata per il mio account",
        "(art. 15, par. 1, e art. 19, secondo periodo, del RGPD)",
        "(art. 17, par. 1, lett. c), del RGPD) e di informarne i destinatari (art. 19 del RGPD)",
      ],
    ],
    [
      "use-the-form",
      [
        "spetta a voi agevolare l’esercizio dei miei diritti (art. 12, par. 2, del RGPD)",
        "il Comitato europeo per la protezione dei dati precisa che il titolare del trattamento non può subordinare una richiesta all’uso di un determinato modulo (linee guida 01/2022)",
      ],
    ],
    [
      "identity-document",
      [
        "soltanto se nutrite ragionevoli dubbi circa la mia identità, e soltanto quelle necessarie per confermarla (art. 12, par. 6, del RGPD)",
        "Una richiesta ingiustificata non sospende il termine di un mese.",
      ],
    ],
    [
      "compelling-grounds",
      [
        "spetta a voi dimostrare l’esistenza di motivi legittimi cogenti per procedere al trattamento che prevalgono sui miei interessi, sui miei diritti e sulle mie libertà",
        "Vi informo che proporrò reclamo all’autorità di controllo (Garante per la protezione dei dati personali).",
      ],
    ],
    [
      "extension",
      [
        "consente di prorogare il termine di due mesi soltanto se necessario, tenuto conto della complessità e del numero delle richieste, e impone di indicare i motivi del ritardo",
      ],
    ],
  ] as const)(
    "a reply to LinkedIn's %s answer cites the Italian text of the Regulation",
    (reply, sentences) => {
      const model = build({ kind: "reply", reply, replyOn: "2026-07-20" });
      expect(model.recipient.name).toBe("LinkedIn Ireland Unlimited Company");
      expect(plain(model.subject)).toBe(
        `Vostra risposta alla mia opposizione ${REFERENCE} (art. 21 del RGPD)`,
      );
      for (const sentence of sentences) expect(text(model)).toContain(sentence);
      expect(followUpFileName(model)).toMatch(/^risposta-opposizione-linkedin-ia-/);
    },
  );

  it("an extension notified in time is noted with its new date; a late one is called too late", () => {
    const inTime = build({ kind: "reply", reply: "extension", replyOn: "2026-07-20" });
    expect(text(inTime)).toContain(
      `Prendo atto che dovete rispondere al più tardi entro il ${day("2026-10-01")}.`,
    );
    const late = build({ kind: "reply", reply: "extension", replyOn: "2026-08-11" });
    expect(paragraph(late, "reply-extension-late")).toContain(
      "La proroga, con i relativi motivi, deve essere comunicata entro un mese dal ricevimento della richiesta (art. 12, par. 3, del RGPD)",
    );
    expect(paragraph(late, "reply-extension-late")).toContain(
      "La vostra comunicazione è giunta troppo tardi per prorogare il termine",
    );
  });

  it("elides the article before dates read with a vowel (l’8, dell’11)", () => {
    const model = build({ kind: "complaint", reply: "setting-only", replyOn: "2026-07-08" });
    expect(paragraph(model, "happened-setting-only")).toMatch(new RegExp(`^L’${day("2026-07-08")} LinkedIn`));
    expect(model.paragraphs.find((p) => p.id === "evidence")?.items).toContain(
      `la risposta di LinkedIn dell’${day("2026-07-08")};`,
    );
    const reply = build({ kind: "reply", reply: "use-the-form", replyOn: "2026-08-11" });
    expect(paragraph(reply, "reply-use-the-form")).toMatch(
      new RegExp(`^Nella vostra risposta dell’${day("2026-08-11")} `),
    );
  });

  it("a complaint for Italy goes to the Garante under Art. 77, with the lead authority and the evidence", () => {
    const model = build({ kind: "complaint", reply: "compelling-grounds", replyOn: "2026-07-20" });
    expect(model.addressee).toEqual({
      name: "Garante per la protezione dei dati personali",
      url: "https://www.garanteprivacy.it/diritti/come-agire-per-tutelare-i-tuoi-dati-personali/reclamo",
    });
    expect(model.recipient.name).toBe("Garante per la protezione dei dati personali");
    expect(plain(model.subject)).toBe(
      `Reclamo nei confronti di LinkedIn Ireland Unlimited Company: la mia opposizione ${REFERENCE} (art. 21 del RGPD)`,
    );
    expect(paragraph(model, "complaint-intro")).toContain(
      "per la violazione del mio diritto di opposizione ai sensi dell’art. 21, par. 1, del regolamento (UE) 2016/679 (di seguito «RGPD»). Il reclamo è proposto ai sensi dell’art. 77 del RGPD.",
    );
    expect(paragraph(model, "happened-compelling-grounds")).toContain(
      "come le impone l’art. 21, par. 1, del RGPD",
    );
    expect(paragraph(model, "complaint-lead")).toBe(
      "L’autorità di controllo capofila di LinkedIn è la Commissione irlandese per la protezione dei dati, Data Protection Commission (art. 56 del RGPD); Vi prego di trattare il presente reclamo in cooperazione con essa, per quanto necessario.",
    );
    expect(paragraph(model, "complaint-requests")).toBe(
      "Vi chiedo di esaminare il presente reclamo, di ingiungere a LinkedIn di dare seguito alla mia opposizione (art. 58, par. 2, lett. c), del RGPD) e di informarmi sullo stato e sull’esito del reclamo (art. 77, par. 2, del RGPD).",
    );
    expect(model.paragraphs.find((p) => p.id === "evidence")?.items).toEqual([
      `la mia lettera di opposizione del ${day("2026-07-01")} (riferimento ${REFERENCE});`,
      "la conferma del modulo di opposizione (schermata o e-mail di conferma);",
      `la risposta di LinkedIn del ${day("2026-07-20")};`,
      "il mio sollecito, se l’ho inviato, ed eventuale ulteriore corrispondenza.",
    ]);
    expect(plain(model.short)).toMatch(
      /^Propongo reclamo nei confronti di LinkedIn Ireland Unlimited Company\. /,
    );
    expect(plain(model.short)).toContain("Ha invocato motivi legittimi cogenti senza dimostrarli.");
    expect(followUpFileName(model)).toBe("reclamo-opposizione-linkedin-ia-2026-08-20-li-ai-2026-7k3qxm.pdf");
  });

  it("Germany: the authority of the Land when it is given, otherwise the authority of my Land", () => {
    const bavaria = build({ kind: "complaint", country: "DE", land: "DE-BY" });
    expect(bavaria.addressee).toEqual({
      name: "Bayerisches Landesamt für Datenschutzaufsicht",
      url: "https://www.lda.bayern.de/de/beschwerde.html",
    });
    expect(paragraph(build({ country: "DE", land: "DE-BY" }), "answer-by")).toContain(
      "proporrò reclamo all’autorità di controllo (Bayerisches Landesamt für Datenschutzaufsicht).",
    );
    const general = build({ kind: "complaint", country: "DE" });
    expect(general.addressee).toEqual({
      name: "Un’autorità di controllo per la protezione dei dati in Germania (quella del mio Land)",
    });
    expect(paragraph(build({ country: "DE" }), "answer-by")).toContain(
      "proporrò reclamo all’autorità di protezione dei dati del mio Land.",
    );
    const { germanLand } = followUpCatalog("it").authorities;
    expect(germanLand("BY")).toBe("Autorità di controllo per la protezione dei dati della Baviera");
    expect(germanLand("HE")).toBe("Autorità di controllo per la protezione dei dati dell’Assia");
    expect(germanLand("BE")).toBe("Autorità di controllo per la protezione dei dati di Berlino");
    expect(germanLand("NW")).toBe(
      "Autorità di controllo per la protezione dei dati della Renania Settentrionale-Vestfalia",
    );
  });

  it("Switzerland: a report (denuncia) to the IFPDT under the LPD, without the EU lead authority", () => {
    const model = build({ kind: "complaint", country: "CH", reply: "none" });
    expect(model.addressee.name).toBe(
      "Incaricato federale della protezione dei dati e della trasparenza (IFPDT)",
    );
    expect(plain(model.subject)).toBe(
      `Denuncia concernente LinkedIn Ireland Unlimited Company: la mia opposizione ${REFERENCE}`,
    );
    expect(model.paragraphs.map((p) => p.id)).not.toContain("complaint-lead");
    expect(paragraph(model, "complaint-intro")).toContain(
      "Vi chiedo di valutare l’apertura di un’inchiesta (art. 49 LPD). Sono consapevole che la denuncia non mi conferisce la qualità di parte.",
    );
    expect(paragraph(model, "complaint-facts")).toContain(
      "ai sensi dell’art. 21, par. 1, del regolamento (UE) 2016/679 (di seguito «RGPD»)",
    );
    expect(paragraph(model, "complaint-requests")).toBe(
      "Vi chiedo di esaminare la presente denuncia e, se del caso, di ordinare i provvedimenti previsti dall’art. 51 LPD affinché cessi il trattamento dei miei dati per tali finalità. Vi chiedo di informarmi sul seguito dato alla denuncia e sull’esito (art. 49 cpv. 4 LPD).",
    );
    expect(plain(model.short)).toMatch(
      /^Sporgo denuncia nei confronti di LinkedIn Ireland Unlimited Company\. /,
    );

    const reply = build({ kind: "reply", country: "CH", reply: "compelling-grounds", replyOn: "2026-07-20" });
    expect(paragraph(reply, "reply-compelling-grounds")).toContain(
      "Anche secondo il diritto svizzero, chi invoca un motivo giustificativo deve dimostrarlo (art. 31 cpv. 1 LPD).",
    );
    expect(paragraph(reply, "complaint-announced")).toBe(
      "Poiché non avete dimostrato l’esistenza di tali motivi, Vi informo che presenterò una denuncia all’Incaricato federale della protezione dei dati e della trasparenza, IFPDT.",
    );
  });

  it("United Kingdom: LinkedIn Corporation, Articles 12(3) and 12A, the s. 164A complaint and the ICO", () => {
    const reminder = build({ country: "GB" });
    expect(reminder.recipient.name).toBe("LinkedIn Corporation");
    expect(plain(reminder.subject)).toContain("(art. 12, par. 3, del RGPD britannico)");
    expect(paragraph(reminder, "no-answer")).toMatch(
      /^Ai sensi degli artt\. 12, par\. 3, e 12A del RGPD britannico, /,
    );
    expect(paragraph(reminder, "uk-acknowledgement")).toBe(
      `La mia lettera costituiva anche un reclamo a voi rivolto ai sensi della sezione 164A del Data Protection Act 2018. Eravate tenuti ad accusarne ricevuta entro 30 giorni, ossia entro il ${day("2026-07-31")}; non ho ricevuto alcuna conferma di ricevimento.`,
    );
    expect(paragraph(reminder, "answer-by")).toContain(
      "proporrò reclamo all’autorità di controllo (Information Commissioner’s Office, ICO).",
    );

    const setting = build({ country: "GB", kind: "reply", reply: "setting-only", replyOn: "2026-07-20" });
    expect(paragraph(setting, "requests-confirmation")).toContain(
      "Ciò comprende la condivisione dei miei dati con Microsoft per l’addestramento dei suoi modelli di intelligenza artificiale.",
    );
    const identity = build({
      country: "GB",
      kind: "reply",
      reply: "identity-document",
      replyOn: "2026-07-20",
    });
    expect(paragraph(identity, "reply-identity-document")).toContain(
      "Ai sensi dell’art. 12A del RGPD britannico, il termine è sospeso soltanto durante l’attesa delle informazioni ragionevolmente richieste per confermare la mia identità",
    );
    expect(paragraph(identity, "reply-identity-document")).not.toContain("Comitato europeo");

    const complaint = build({ country: "GB", kind: "complaint" });
    expect(complaint.addressee.name).toBe("Information Commissioner's Office (ICO)");
    expect(plain(complaint.subject)).toBe(
      `Reclamo nei confronti di LinkedIn Corporation: la mia opposizione ${REFERENCE} (art. 21 del RGPD britannico)`,
    );
    expect(paragraph(complaint, "complaint-intro")).not.toContain("art. 77");
    expect(paragraph(complaint, "complaint-uk-164a")).toContain(
      "la mia lettera costituiva anche un reclamo ai sensi della sezione 164A del Data Protection Act 2018",
    );
  });

  it("a non-member offers the contact details of the letter, in neutral wording", () => {
    const model = build({
      account: "non-member",
      email: undefined,
      postalAddress: { lines: ["Via Roma 3"], postalCode: "20121", city: "Milano", country: "IT" },
      kind: "reply",
      reply: "identity-document",
      replyOn: "2026-07-20",
    });
    expect(paragraph(model, "reply-identity-document")).toContain(
      "La mia lettera indica i recapiti ai quali potete contattarmi, e posso confermare questa opposizione da tali recapiti.",
    );
    expect(plain(model.short)).toContain(
      "posso confermare questa opposizione dai recapiti indicati nella mia lettera",
    );
  });

  it("keeps each citation's abbreviation and number on one line", () => {
    const model = build({
      kind: "complaint",
      country: "CH",
      reply: "compelling-grounds",
      replyOn: "2026-07-20",
    });
    const all = [model.subject, model.short, ...model.paragraphs.map((p) => p.text)].join("\n");
    expect(all).toContain("art.\u00a021, par.\u00a01, del RGPD");
    expect(all).toContain("(art.\u00a049 cpv.\u00a04 LPD)");
    expect(all).not.toMatch(/\b(artt?|par|lett|cpv)\. \d/);
    const reminder = build();
    expect(reminder.paragraphs.find((p) => p.id === "restriction")?.text).toContain(
      "(art.\u00a018, par.\u00a01, lett.\u00a0d), del RGPD)",
    );
  });

  it("writes long dates with the weekday and the ordinal first day", () => {
    const { formatLongDate } = followUpCatalog("it");
    expect(formatLongDate("2027-01-04")).toBe("lunedì 4 gennaio 2027");
    expect(formatLongDate("2026-07-01")).toBe("mercoledì 1º luglio 2026");
    expect(formatLongDate("2026-11-29")).toBe("domenica 29 novembre 2026");
  });

  it("the whole reminder reads as one Italian letter in plain text", () => {
    const plainText = plain(followUpPlainText(build()));
    expect(plainText).toContain(`Riferimento: ${REFERENCE}`);
    expect(plainText).toContain("Oggetto: Sollecito relativo alla mia opposizione");
    expect(plainText).toContain("Gentili Signore e Signori,\n\n");
    expect(plainText).toContain("\n\nDistinti saluti\n\n");
  });
});
