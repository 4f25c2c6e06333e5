import { describe, expect, it as test } from "vitest";
import { assessEligibility } from "@/lib/universal/rules/assess-eligibility";
import { ACCOUNT_TYPES, AGE_BANDS, SITUATIONS } from "@/lib/universal/rules/types";
import { ZLetterRequest, type TLetterRequestInput } from "@/lib/universal/schemas/letter-request";
import { buildLetter } from "./build-letter";
import { letterCatalog } from "./catalog";
import { letterFileName } from "./file-name";
import type { LetterModel, ParagraphId } from "./model";
import { SHORT_TEXT_MAX, toPlainText, toShortText } from "./plain-text";

/**
 * The Italian letter, sentence by sentence: the wording of the official Italian version of Regulation (EU)
 * 2016/679 (Art. 12(3), 21(1), 6(1)(f)), Italian citations ("art. 21, par. 1"), the Swiss variant citing the LPD
 * and the IFPDT, the UK letter, minors, a non-member, and typographic apostrophes throughout.
 */

// Names typed by the person keep their straight apostrophes: only the letter's own wording is checked.
const NAME = { firstName: "Giulia", lastName: "D'Amico" };
const GUARDIAN = { firstName: "Marco", lastName: "Dell'Acqua" };

const BASE: TLetterRequestInput = {
  letterLocale: "it",
  country: "IT",
  age: "18-plus",
  account: "member",
  ...NAME,
  email: "giulia@example.org",
  date: "2026-11-29",
  place: "Milano",
};

function letter(change: Partial<TLetterRequestInput> = {}): LetterModel {
  const request = ZLetterRequest.parse({ ...BASE, ...change });
  return buildLetter(request, assessEligibility(request), {
    today: "2026-11-29",
    reference: "LI-AI-2026-7K3QXM",
  });
}

const paragraph = (model: LetterModel, id: ParagraphId) =>
  model.paragraphs.find((p) => p.id === id)?.text ?? "";
const ids = (model: LetterModel) => model.paragraphs.map((p) => p.id);
const body = (model: LetterModel) => toPlainText(model).replace(/\s+/g, " ");

const NON_MEMBER: Partial<TLetterRequestInput> = {
  account: "non-member",
  email: undefined,
  postalAddress: { lines: ["Via Roma 1"], postalCode: "00184", city: "Roma" },
};

describe("the Italian letter for a member in Italy", () => {
  const model = letter();

  test("is addressed to LinkedIn Ireland's data protection officer, never with c/o or ℅", () => {
    expect(model.locale).toBe("it");
    expect(model.recipient.name).toBe("LinkedIn Ireland Unlimited Company");
    expect(model.recipient.lines).toEqual([
      "Al responsabile della protezione dei dati",
      "Wilton Plaza",
      "Wilton Place",
      "Dublin 2",
      "Ireland",
    ]);
    expect(toPlainText(model)).not.toMatch(/\u2105|c\/o/);
  });

  test("has the Italian place and date, subject, salutation, closing and labels", () => {
    expect(model.placeAndDate).toBe("Milano, 29 novembre 2026");
    expect(model.subject).toBe(
      "Opposizione ai sensi dell’art. 21 del regolamento (UE) 2016/679 al trattamento dei miei dati personali per l’addestramento dell’IA generativa",
    );
    expect(model.salutation).toBe("Spettabile Società,");
    expect(model.closing).toBe("Distinti saluti");
    expect(model.labels).toEqual({
      reference: "Riferimento",
      subject: "Oggetto",
      pageOf: "Pagina {page} di {total}",
    });
    expect(model.sender.identifiers).toEqual(["E-mail dell’account: giulia@example.org"]);
    expect(model.title).toBe(
      "Opposizione all’addestramento dell’IA generativa – LinkedIn – LI-AI-2026-7K3QXM",
    );
    expect(letterFileName(model)).toBe("opposizione-linkedin-ia-2026-11-29-li-ai-2026-7k3qxm.pdf");
  });

  test("writes the first of the month as 1º, without a place when none is known", () => {
    expect(letter({ date: "2026-12-01", place: undefined }).placeAndDate).toBe("1º dicembre 2026");
  });

  test("objects under art. 21, par. 1, naming the Regulation in full once, then RGPD", () => {
    expect(paragraph(model, "objection")).toBe(
      "Mi oppongo, ai sensi dell’art. 21, par. 1, del regolamento (UE) 2016/679 (RGPD), al trattamento dei miei dati personali a fini di addestramento, affinamento (fine-tuning), valutazione e miglioramento di modelli di intelligenza artificiale generativa, che effettuate dal 3 novembre 2025 sulla base del vostro legittimo interesse (art. 6, par. 1, lett. f), del RGPD).",
    );
    const rest = model.paragraphs
      .slice(1)
      .map((p) => p.text)
      .join("\n");
    expect(rest).not.toContain("2016/679");
    expect(rest).not.toMatch(/\bGDPR\b/);
    expect(rest).toContain("del RGPD");
  });

  test("quotes Art. 21(1) and Art. 12(3) in the words of the official Italian version", () => {
    expect(paragraph(model, "grounds")).toContain("per motivi connessi alla mia situazione particolare");
    expect(paragraph(model, "compelling-grounds")).toContain(
      "Ai sensi dell’art. 21, par. 1, del RGPD, dovete pertanto astenervi dal trattare ulteriormente i miei dati personali per tali finalità, salvo che dimostriate l’esistenza di motivi legittimi cogenti per procedere al trattamento che prevalgono sui miei interessi, sui miei diritti e sulle mie libertà oppure per l’accertamento, l’esercizio o la difesa di un diritto in sede giudiziaria.",
    );
    expect(paragraph(model, "compelling-grounds")).toContain("parere 28/2024");
    expect(paragraph(model, "response-deadline")).toContain(
      "senza ingiustificato ritardo e, comunque, al più tardi entro un mese dal ricevimento della richiesta stessa (art. 12, par. 3, del RGPD)",
    );
    expect(paragraph(model, "response-deadline")).toContain(
      "dei motivi dell’inottemperanza e della possibilità di proporre reclamo a un’autorità di controllo e di proporre ricorso giurisdizionale (art. 12, par. 4, del RGPD).",
    );
  });

  test("cites the requests in the Italian form: par. and lett.", () => {
    expect(paragraph(model, "restriction")).toBe(
      "In attesa della verifica in merito all’eventuale prevalenza dei vostri motivi legittimi rispetto ai miei, vi chiedo di limitare il trattamento dei miei dati per tali finalità (art. 18, par. 1, lett. d), del RGPD) e di informarmi prima che tale limitazione sia revocata (art. 18, par. 3, del RGPD).",
    );
    expect(paragraph(model, "erasure")).toContain("(art. 17, par. 1, lett. c), del RGPD)");
    expect(paragraph(model, "erasure")).toContain(
      "non è una richiesta di cancellazione del mio account o del mio profilo.",
    );
    expect(paragraph(model, "recipients")).toContain("e di indicarmi tali destinatari (art. 19 del RGPD).");
    expect(paragraph(model, "access")).toMatch(/^Ai sensi dell’art\. 15, par\. 1, del RGPD, /);
    expect(paragraph(model, "legitimate-interests")).toContain(
      "(art. 13, par. 1, lett. d), e art. 14, par. 2, lett. b), del RGPD)",
    );
    expect(paragraph(model, "data-use")).toContain("(art. 5, par. 1, lett. b), del RGPD)");
    expect(paragraph(model, "scope")).toContain("(art. 12, par. 2, del RGPD)");
    expect(paragraph(model, "scope")).toContain("linee guida 01/2022 sul diritto di accesso");
  });

  test("names the Garante and LinkedIn's lead authority for a complaint", () => {
    expect(paragraph(model, "complaint")).toBe(
      "In mancanza di una risposta soddisfacente entro tale termine, mi riservo il diritto di proporre reclamo (art. 77 del RGPD) all’autorità di controllo del mio paese di residenza, Garante per la protezione dei dati personali, o alla vostra autorità di controllo capofila, Commissione irlandese per la protezione dei dati (Data Protection Commission), e di proporre ricorso giurisdizionale (art. 79 del RGPD).",
    );
  });

  test("lists the data categories in LinkedIn's Italian terms", () => {
    const items = model.paragraphs.find((p) => p.id === "data-categories")?.items ?? [];
    expect(items).toHaveLength(5);
    expect(items[0]).toContain("conferme di competenze e referenze");
    expect(paragraph(model, "permanence")).toContain("l’impostazione «Dati per migliorare l’IA generativa»");
  });

  test("names a Land authority, or the authority of the Land in general, in Germany", () => {
    expect(paragraph(letter({ country: "DE" }), "complaint")).toContain(
      "a un’autorità di controllo in Germania (l’autorità del mio Land) o alla vostra autorità di controllo capofila,",
    );
    expect(paragraph(letter({ country: "DE", land: "BY" }), "complaint")).toContain(
      "all’autorità di controllo del mio Land, Bayerisches Landesamt für Datenschutzaufsicht, o alla",
    );
  });

  test("names the Irish Commission once for a resident of Ireland", () => {
    const complaint = paragraph(letter({ country: "IE" }), "complaint");
    expect(complaint.match(/Data Protection Commission/g)).toHaveLength(1);
    expect(complaint).not.toContain("capofila");
  });
});

describe("the Italian letter for Switzerland", () => {
  const model = letter({ country: "CH", place: "Lugano" });

  test("cites the LPD in the Swiss form and names the IFPDT", () => {
    expect(model.regime).toBe("ch-fadp");
    expect(model.placeAndDate).toBe("Lugano, 29 novembre 2026");
    expect(model.recipient.name).toBe("LinkedIn Ireland Unlimited Company");
    expect(model.subject).toBe(
      "Opposizione ai sensi dell’art. 21 del regolamento (UE) 2016/679 e dell’art. 30 LPD al trattamento dei miei dati personali per l’addestramento dell’IA generativa",
    );
    const prohibition = paragraph(model, "swiss-prohibition");
    expect(prohibition).toContain("la legge federale sulla protezione dei dati (LPD)");
    expect(prohibition).toContain(
      "Trattare dati personali contro la mia espressa volontà costituisce una lesione della mia personalità (art. 30 cpv. 2 lett. b LPD).",
    );
    expect(prohibition).toContain("(art. 30 cpv. 3 LPD)");
    expect(prohibition).toContain(
      "La lesione è pertanto illecita se non è giustificata (art. 31 cpv. 1 LPD)",
    );
    expect(prohibition).toContain("Mi riservo le azioni previste dall’art. 32 cpv. 2 LPD");
    expect(prohibition).toContain("(art. 3, par. 1, del RGPD)");
    expect(paragraph(model, "complaint")).toBe(
      "In mancanza di una risposta soddisfacente entro tale termine, mi riservo il diritto di segnalare la situazione all’autorità federale di vigilanza, Incaricato federale della protezione dei dati e della trasparenza (IFPDT), di proporre reclamo (art. 77 del RGPD) alla vostra autorità di controllo capofila, Commissione irlandese per la protezione dei dati (Data Protection Commission), e di proporre ricorso giurisdizionale (art. 79 del RGPD), in particolare con le azioni previste dall’art. 32 cpv. 2 LPD.",
    );
  });

  test("cites the GDPR that binds LinkedIn Ireland, with its deadline", () => {
    expect(paragraph(model, "objection")).toContain("del regolamento (UE) 2016/679 (RGPD)");
    expect(paragraph(model, "response-deadline")).toContain(
      "al più tardi entro un mese dal ricevimento della richiesta stessa (art. 12, par. 3, del RGPD)",
    );
    expect(toShortText(model)).toContain("Lo vieto espressamente (art. 30 cpv. 2 lett. b e cpv. 3 LPD).");
  });

  test("is the same catalogue as the Italian one: Swiss Italian needs no other fixed strings", () => {
    expect(letterCatalog("it", "ch-fadp")).toBe(letterCatalog("it"));
  });
});

describe("the Italian letter for a member in the United Kingdom", () => {
  const model = letter({ country: "GB", place: "London" });

  test("writes to LinkedIn Corporation under the UK GDPR, with the s. 164A complaint and Microsoft", () => {
    expect(model.recipient.name).toBe("LinkedIn Corporation");
    expect(model.subject).toBe(
      "Opposizione ai sensi dell’art. 21 del RGPD britannico (UK GDPR) al trattamento dei miei dati personali per l’addestramento dell’IA generativa; reclamo ai sensi della sezione 164A del Data Protection Act 2018",
    );
    expect(paragraph(model, "objection")).toContain(
      "ai sensi dell’art. 21, par. 1, del RGPD britannico (UK GDPR),",
    );
    expect(paragraph(model, "uk-law")).toContain("(art. 3, par. 2, del RGPD britannico)");
    expect(paragraph(model, "uk-microsoft")).toContain("alla vostra società capogruppo Microsoft");
    expect(paragraph(model, "uk-complaint")).toContain("ai sensi della sezione 164A");
    expect(paragraph(model, "uk-complaint")).toContain("entro 30 giorni");
    expect(paragraph(model, "response-deadline")).toContain(
      "(art. 12, par. 3, e art. 12A del RGPD britannico)",
    );
    expect(paragraph(model, "recipients")).toContain("in particolare a Microsoft");
    expect(paragraph(model, "complaint")).toBe(
      "In mancanza di una risposta soddisfacente entro tale termine, mi riservo il diritto di proporre reclamo all’Information Commissioner del Regno Unito (ICO) e di proporre ricorso giurisdizionale (art. 79 del RGPD britannico).",
    );
    expect(body(model)).not.toContain("regolamento (UE) 2016/679");
    expect(body(model)).not.toContain("Comitato europeo");
    expect(body(model)).not.toMatch(/del RGPD(?! britannico)/);
  });
});

describe("the Italian letter for minors", () => {
  test("a 16- or 17-year-old is a minor: LinkedIn's exclusion and the protection of minors", () => {
    const model = letter({ age: "16-17" });
    expect(paragraph(model, "status-possible-minor")).toBe("Ho meno di 18 anni.");
    expect(paragraph(model, "minor-exclusion")).toContain("di registrare questa informazione sulla mia età");
    expect(paragraph(model, "minor-exclusion")).toContain("anche dopo che avrò compiuto 18 anni.");
    expect(paragraph(model, "child-protection")).toBe(
      "Il vostro legittimo interesse non può giustificare il trattamento quando su di esso prevalgono gli interessi o i diritti e le libertà fondamentali dell’interessato, «in particolare se l’interessato è un minore» (art. 6, par. 1, lett. f), del RGPD). I minori meritano una specifica protezione relativamente ai loro dati personali (considerando 38 del RGPD).",
    );
    expect(model.statusNote).toBe("Ho meno di 18 anni.");
  });

  test("an under-16 objects with the legal representative, who signs too", () => {
    const model = letter({ age: "under-16", guardian: GUARDIAN });
    expect(paragraph(model, "status-under-16")).toBe(
      "Ho meno di 16 anni, l’età minima fissata dal vostro Contratto di licenza per utilizzare LinkedIn. Presento questa opposizione insieme a chi mi rappresenta legalmente, Marco Dell'Acqua, che firma con me questa lettera.",
    );
    expect(ids(model)).toContain("child-protection");
    expect(model.signatures).toEqual([
      { signer: "Giulia D'Amico", kind: "typed" },
      { signer: "Marco Dell'Acqua", role: "Rappresentante legale", kind: "typed" },
    ]);
    expect(toShortText(model)).toContain(
      "Ho meno di 16 anni; Marco Dell'Acqua, che mi rappresenta legalmente, si unisce all’opposizione.",
    );
  });

  test("an adult in secondary school is never called a minor", () => {
    const model = letter({ school: true });
    expect(paragraph(model, "status-possible-minor")).toBe("Frequento la scuola secondaria.");
    expect(paragraph(model, "minor-exclusion")).toContain("sulla mia frequenza scolastica");
    expect(paragraph(model, "minor-exclusion")).toContain(
      "qualunque sia in futuro la vostra valutazione della mia età",
    );
    expect(ids(model)).not.toContain("child-protection");
    expect(body(model)).not.toContain("è un minore");
  });
});

describe("the Italian letter for people without an account", () => {
  test("a non-member objects to data in others' content and is answered by post", () => {
    const model = letter({ ...NON_MEMBER, mentions: ["https://www.linkedin.com/posts/someone_activity-1"] });
    expect(paragraph(model, "data-categories")).toMatch(
      /^Poiché non ho un account LinkedIn, questa opposizione/,
    );
    expect(model.paragraphs.find((p) => p.id === "data-categories")?.items).toBeUndefined();
    expect(paragraph(model, "status-non-member")).toBe(
      "Il diritto di opposizione spetta a ogni interessato, iscritto o no: il vostro modulo di opposizione al trattamento dei dati (Data Processing Objection Form) è del resto aperto anche a chi non è iscritto. Le seguenti pagine di LinkedIn mi menzionano:",
    );
    expect(paragraph(model, "grounds")).toContain("non sono stati pubblicati da me");
    expect(paragraph(model, "scope")).toContain(
      "Con il mio nome, i recapiti sopra indicati e le pagine sopra elencate potete individuare i dati che mi riguardano e rispondermi all’indirizzo postale sopra indicato.",
    );
    expect(paragraph(model, "scope")).not.toContain("documento d’identità");
    expect(body(model)).not.toContain("«Dati per migliorare l’IA generativa»");
    expect(model.sender.lines).toEqual(["Via Roma 1", "00184 Roma", "Italia"]);
    expect(model.statusNote).toBe("Non ho un account LinkedIn.");
  });

  test("a former member asks to erase what was kept after the account was closed", () => {
    const model = letter({ account: "former-member" });
    expect(model.sender.identifiers).toEqual(["E-mail del mio ex account: giulia@example.org"]);
    expect(paragraph(model, "status-former-member")).toContain(
      "vi chiedo di cancellarli (art. 17, par. 1, lett. a), del RGPD).",
    );
    expect(paragraph(model, "scope")).toContain("all’indirizzo e-mail del mio ex account sopra indicato");
  });
});

describe("the short text for LinkedIn's form in Italian", () => {
  const longest = { situations: [...SITUATIONS], situationText: "Parola ".repeat(285).trim() };

  test.each(["IT", "CH", "GB"])(
    "stays within the limit in %s with every situation and long own words",
    (country) => {
      const text = toShortText(letter({ country, ...longest }));
      expect(text.length).toBeLessThanOrEqual(SHORT_TEXT_MAX);
      expect(text).toContain("Rif. LI-AI-2026-7K3QXM.");
      expect(text.endsWith("Giulia D'Amico, giulia@example.org")).toBe(true);
    },
  );

  test("keeps the reference and who objects for a Swiss under-16 without an account, with long names", () => {
    const text = toShortText(
      letter({
        country: "CH",
        age: "under-16",
        firstName: "Zoë",
        lastName: "Łukasiewicz-Ørsted",
        guardian: { firstName: "Anne-Sophie", lastName: "Łukasiewicz-Ørsted" },
        ...NON_MEMBER,
        email: "zoe.lukasiewicz-orsted@example.org",
      }),
    );
    expect(text.length).toBeLessThanOrEqual(SHORT_TEXT_MAX);
    expect(text).toContain("Lo vieto espressamente (art. 30 cpv. 2 lett. b e cpv. 3 LPD).");
    expect(text).toContain(
      "Ho meno di 16 anni; Anne-Sophie Łukasiewicz-Ørsted, che mi rappresenta legalmente,",
    );
    expect(text).toContain("Non ho un account LinkedIn.");
    expect(
      text.endsWith("Rif. LI-AI-2026-7K3QXM. Zoë Łukasiewicz-Ørsted, zoe.lukasiewicz-orsted@example.org"),
    ).toBe(true);
  });

  test("quotes short own words with Italian guillemets and lists the situations", () => {
    const text = toShortText(
      letter({ situations: ["journalist", "job-seeker"], situationText: "Sono fotografa." }),
    );
    expect(text).toContain(
      "La mia situazione: sono giornalista (tutela delle fonti); sono in cerca di lavoro.",
    );
    expect(text).toContain("«Sono fotografa.»");
    expect(text).toMatch(
      /^Mi oppongo \(art\. 21, par\. 1, RGPD\), per motivi connessi alla mia situazione particolare,/,
    );
  });
});

const letterAccounts = ACCOUNT_TYPES.filter((account) => account !== "organization");
// Countries whose authority names carry an apostrophe in Italian (HU, MT), the Swiss and UK letters, Germany.
const everyLetter = ["IT", "CH", "GB", "DE", "HU", "MT", "FR"].flatMap((country) =>
  AGE_BANDS.flatMap((age) => letterAccounts.map((account) => ({ country, age, account }))),
);

describe("every Italian letter", () => {
  test.each(everyLetter)(
    "$country, $age, $account: typographic apostrophes only, no nested parentheses, no ℅",
    ({ country, age, account }) => {
      const model = letter({
        country,
        age,
        account,
        school: age === "18-plus",
        situations: [...SITUATIONS],
        situationText: "Un’altra ragione.",
        guardian: age === "under-16" ? GUARDIAN : undefined,
        mentions:
          account === "non-member" ? ["https://www.linkedin.com/posts/someone_activity-1"] : undefined,
      });
      const typed = [NAME.lastName, GUARDIAN.lastName];
      const own = (text: string) => typed.reduce((t, name) => t.split(name).join(""), text);
      expect(own(toPlainText(model))).not.toContain("'");
      expect(own(toShortText(model))).not.toContain("'");
      expect(own(model.subject + model.title)).not.toContain("'");
      expect(toPlainText(model)).not.toContain("\u2105");
      expect(toPlainText(model)).toContain("’");
      for (const p of model.paragraphs) {
        // In "par. 1, lett. f)" the bracket closes the letter of the citation, not a parenthesis of the sentence.
        const stripped = p.text.replace(/\bpar\. \d+, lett\. [a-z]\)/g, "");
        let depth = 0;
        for (const char of stripped) {
          if (char === "(") depth += 1;
          if (char === ")") depth -= 1;
          expect(depth, `${p.id}: ${p.text}`).toBeLessThanOrEqual(1);
          expect(depth, `${p.id}: ${p.text}`).toBeGreaterThanOrEqual(0);
        }
        expect(depth, p.id).toBe(0);
      }
    },
  );
});
