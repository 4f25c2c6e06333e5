"use client";

import { useLocale, useTranslations } from "next-intl";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { getDraft, updateDraft } from "@/lib/client/draft-store";
import { countryName } from "@/lib/universal/data/country-name";
import { ALL_COUNTRY_CODES } from "@/lib/universal/data/countries";
import { ChoiceGroup } from "../fields/ChoiceGroup";
import { StepLayout } from "../StepLayout";
import { useDraft, useHydrated } from "../use-draft";
import styles from "./CountryStep.module.css";

/** Folds accents and case so "reunion" finds "La Réunion" and "cote" finds "Côte d’Ivoire". */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "'")
    .toLowerCase();

/** Where the person lives: a searchable list of every country and territory, named in the page's language. */
export function CountryStep() {
  const t = useTranslations("Questionnaire.country");
  const locale = useLocale();
  const draft = useDraft();
  const hydrated = useHydrated();
  const [query, setQuery] = useState("");
  // Set when Enter cannot pick one country, so the count line says what to do; cleared by typing.
  const [enterAmbiguous, setEnterAmbiguous] = useState(false);
  const deferredQuery = useDeferredValue(query);

  const countries = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return ALL_COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
  }, [locale]);

  const shown = useMemo(() => {
    // Country names come from the runtime's CLDR data, which differs between Node and the browser: the list is
    // drawn in the browser only, so the prerendered HTML never disagrees with it (the box keeps its height).
    if (!hydrated) return [];
    const wanted = fold(deferredQuery.trim());
    if (!wanted) return countries;
    return countries.filter(({ code, name }) => fold(name).includes(wanted) || code.toLowerCase() === wanted);
  }, [countries, deferredQuery, hydrated]);

  const selectedName = hydrated && draft.country ? countryName(draft.country, locale) : null;

  useEffect(() => {
    // Show the chosen country inside the scrolling list (after a reload or a partner link's prefill).
    const code = getDraft().country;
    const list = document.getElementById("q-country-list");
    const input = code ? list?.querySelector<HTMLElement>(`input[value="${code}"]`) : null;
    if (list && input) list.scrollTop = input.offsetTop - list.clientHeight / 3;
  }, [hydrated]);

  return (
    <StepLayout step="country" intro={<p>{t("intro")}</p>}>
      <ChoiceGroup
        field="country"
        legend={t("legend")}
        hint={t("hint")}
        choices={shown.map(({ code, name }) => ({ value: code, label: name }))}
        selected={draft.country ? [draft.country] : []}
        onChange={([code]) => updateDraft({ country: code ?? null })}
        listClassName={styles.list}
        listId="q-country-list"
        before={
          <>
            <div className={styles.search}>
              <label htmlFor="q-country-search">{t("search")}</label>
              <input
                id="q-country-search"
                type="search"
                autoComplete="off"
                spellCheck={false}
                value={query}
                aria-controls="q-country-list"
                aria-describedby="q-country-count"
                onChange={(event) => {
                  setQuery(event.target.value);
                  setEnterAmbiguous(false);
                }}
                onKeyDown={(event) => {
                  // Enter in the search box picks the country instead of submitting the form: the exact name
                  // (a pasted "France"), else the only match. The input's own value is read, not the deferred
                  // list, so a paste followed at once by Enter works.
                  if (event.key !== "Enter") return;
                  event.preventDefault();
                  const wanted = fold(event.currentTarget.value.trim());
                  if (!wanted) return;
                  const matches = countries.filter(
                    ({ code, name }) => fold(name).includes(wanted) || code.toLowerCase() === wanted,
                  );
                  const pick =
                    matches.find(
                      ({ code, name }) => fold(name) === wanted || code.toLowerCase() === wanted,
                    ) ?? (matches.length === 1 ? matches[0] : undefined);
                  if (pick) updateDraft({ country: pick.code });
                  setEnterAmbiguous(!pick && matches.length > 1);
                }}
              />
            </div>
            <p id="q-country-count" className={styles.count} aria-live="polite">
              {!hydrated
                ? ""
                : shown.length === 0
                  ? t("noMatch")
                  : enterAmbiguous
                    ? t("chooseOne", { count: shown.length })
                    : t("matches", { count: shown.length })}
            </p>
            <p className={styles.selected} aria-live="polite">
              {selectedName ? t("selected", { country: selectedName }) : t("noneSelected")}
            </p>
          </>
        }
      />
    </StepLayout>
  );
}
