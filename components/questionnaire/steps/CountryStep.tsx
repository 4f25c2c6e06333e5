"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { getDraft, updateDraft } from "@/lib/client/draft-store";
import { countryForEnter, searchCountries, type CountryEntry } from "@/lib/universal/data/country-search";
import type { CountryCode } from "@/lib/universal/rules/types";
import { errorId, hintId, useFieldIssue } from "../issues-context";
import { StepLayout } from "../StepLayout";
import { useDraft } from "../use-draft";
import { useIssueText } from "../use-issue-text";
import { CountryList } from "./CountryList";
import styles from "./CountryStep.module.css";

interface CountryStepProps {
  /** Every country and territory, in the page's language and the list's order: the list and the search. */
  countries: readonly CountryEntry[];
  /** The country of the page's language, offered as a one-tap answer. */
  local: CountryCode;
}

/**
 * Where the person lives: a one-tap answer for the page language's country, then a search over the list of
 * every country and territory. The list itself is one piece of HTML (CountryList: no component per country, so
 * hydration stays light, and the page's payload carries the table once, not the list's markup as well);
 * this component filters it, checks the chosen country and reads the answer from its change events.
 */
export function CountryStep({ countries, local }: CountryStepProps) {
  const t = useTranslations("Questionnaire.country");
  const draft = useDraft();
  const issue = useFieldIssue("country");
  const issueText = useIssueText();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  /** Set when Enter was pressed in the search while several countries matched. */
  const [enterNotice, setEnterNotice] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => searchCountries(countries, deferredQuery), [countries, deferredQuery]);
  // Drawn once: typing in the search re-renders this step, not the ~250 rows.
  const list = useMemo(
    () => <CountryList countries={countries} listClassName={styles.list ?? ""} />,
    [countries],
  );
  const shownCount = shown.length;
  const selectedName = draft.country
    ? (countries.find((entry) => entry.code === draft.country)?.name ?? draft.country)
    : null;

  useEffect(() => {
    // Show only the matching rows of the server-drawn list.
    const rows = box.current?.querySelectorAll<HTMLElement>("[data-country]") ?? [];
    const codes = shown.length === countries.length ? null : new Set(shown.map((entry) => entry.code));
    for (const row of rows)
      row.style.display = !codes || codes.has(row.dataset.country as CountryCode) ? "" : "none";
  }, [shown, countries]);

  useEffect(() => {
    // The rows are plain HTML (CountryList), not React elements, so React's onChange does not see them: the
    // answer is read from the native change events that bubble up from their radio buttons.
    const element = box.current;
    if (!element) return;
    const onChange = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.name === "country" && target.checked)
        updateDraft({ country: target.value });
    };
    element.addEventListener("change", onChange);
    return () => element.removeEventListener("change", onChange);
  }, []);

  useEffect(() => {
    // Check the chosen country in the list and show it inside the scrolling box (after a reload, a partner
    // link's prefill, or Enter in the search).
    const list = box.current?.querySelector<HTMLElement>("#q-country-list");
    if (!list) return;
    const code = getDraft().country;
    const input = code ? list.querySelector<HTMLInputElement>(`input[value="${code}"]`) : null;
    if (input) {
      input.checked = true;
      if (input.parentElement) list.scrollTop = input.parentElement.offsetTop - list.clientHeight / 3;
    } else {
      for (const other of list.querySelectorAll<HTMLInputElement>("input:checked")) other.checked = false;
    }
  }, [draft.country]);

  // Nothing to count before a search: the first number formatted on a page loads the browser's number
  // formats, a long task on a slow phone that would otherwise come with the page.
  const status =
    !deferredQuery.trim() && !enterNotice
      ? ""
      : shownCount === 0
        ? t("noMatch")
        : enterNotice && shownCount > 1
          ? t("enterSeveral", { count: shownCount })
          : t("matches", { count: shownCount });
  const describedBy = [hintId("country"), issue ? errorId("country") : null].filter(Boolean).join(" ");

  return (
    <StepLayout step="country" intro={<p>{t("intro")}</p>}>
      <p className={styles.local}>
        <button
          type="button"
          className="button button--secondary"
          onClick={(event) => {
            updateDraft({ country: local });
            // The same path as Continue: validation, then the next step.
            event.currentTarget.form?.requestSubmit();
          }}
        >
          {t("localChoice")}
        </button>
      </p>
      <fieldset
        className={`field${issue ? " field--error" : ""}`}
        aria-describedby={describedBy}
        aria-invalid={issue ? true : undefined}
      >
        <legend>{t("legend")}</legend>
        <span className="hint" id={hintId("country")}>
          {t("hint")}
        </span>
        {issue ? (
          <span className="field-error" id={errorId("country")}>
            <span className="visually-hidden">{"! "}</span>
            {issueText(issue)}
          </span>
        ) : null}
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
        <div ref={box}>{list}</div>
      </fieldset>
    </StepLayout>
  );
}
