"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { getDraft, updateDraft } from "@/lib/client/draft-store";
import { countryForEnter, searchCountries, type CountryEntry } from "@/lib/universal/data/country-table";
import type { CountryCode } from "@/lib/universal/rules/types";
import { ChoiceGroup } from "../fields/ChoiceGroup";
import { StepLayout } from "../StepLayout";
import { useDraft } from "../use-draft";
import styles from "./CountryStep.module.css";

interface CountryStepProps {
  /** Every country, named and sorted on the server (lib/universal/data/country-table.ts). */
  countries: readonly CountryEntry[];
  /** The country of the page's language, offered as a one-tap answer. */
  local: CountryCode;
}

/**
 * Where the person lives: a one-tap answer for the page language's country, then a searchable list of
 * every country and territory, the covered ones first. The list is drawn on the server from the table it
 * is given, so the first paint already shows it and hydration finds the same names.
 */
export function CountryStep({ countries, local }: CountryStepProps) {
  const t = useTranslations("Questionnaire.country");
  const draft = useDraft();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  /** Set when Enter was pressed in the search while several countries matched. */
  const [enterNotice, setEnterNotice] = useState(false);

  const shown = useMemo(() => searchCountries(countries, deferredQuery), [countries, deferredQuery]);
  const localEntry = countries.find((entry) => entry.code === local);
  const selectedName = draft.country
    ? (countries.find((entry) => entry.code === draft.country)?.name ?? draft.country)
    : null;

  useEffect(() => {
    // Show the chosen country inside the scrolling list (after a reload or a partner link's prefill).
    const code = getDraft().country;
    const list = document.getElementById("q-country-list");
    const input = code ? list?.querySelector<HTMLElement>(`input[value="${code}"]`) : null;
    if (list && input) list.scrollTop = input.offsetTop - list.clientHeight / 3;
  }, [draft.country]);

  const status =
    shown.length === 0
      ? t("noMatch")
      : enterNotice && shown.length > 1
        ? t("enterSeveral", { count: shown.length })
        : t("matches", { count: shown.length });

  return (
    <StepLayout step="country" intro={<p>{t("intro")}</p>}>
      {localEntry ? (
        <p className={styles.local}>
          <button
            type="button"
            className="button button--secondary"
            onClick={(event) => {
              updateDraft({ country: localEntry.code });
              // The same path as Continue: validation, then the next step.
              event.currentTarget.form?.requestSubmit();
            }}
          >
            {t("localChoice")}
          </button>
        </p>
      ) : null}
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
                  setEnterNotice(false);
                }}
                onKeyDown={(event) => {
                  // Enter in the search box picks the country typed or pasted, or says why it cannot.
                  if (event.key !== "Enter") return;
                  event.preventDefault();
                  const value = event.currentTarget.value;
                  const found = countryForEnter(countries, value);
                  if (found) {
                    updateDraft({ country: found.code });
                    setEnterNotice(false);
                  } else {
                    setEnterNotice(searchCountries(countries, value).length > 1);
                  }
                }}
              />
            </div>
            <p id="q-country-count" className={styles.count} aria-live="polite">
              {status}
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
