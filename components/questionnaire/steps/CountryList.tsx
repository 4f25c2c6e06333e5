import type { CountryEntry } from "@/lib/universal/data/country-search";
import choiceStyles from "../fields/ChoiceGroup.module.css";

/** Escapes text for HTML content and double-quoted attribute values. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The HTML of country rows: each a label around its radio button (two elements, not ChoiceGroup's four: style
 * and layout of the first paint grow with the list). The list's first input carries the field's id
 * (`q-country`), as in ChoiceGroup, so the error summary can move focus to the list.
 */
export function countryRows(countries: readonly CountryEntry[], firstIndex: number): string {
  return countries
    .map(({ code, name }, index) => {
      const value = escapeHtml(code);
      const id = firstIndex + index === 0 ? ' id="q-country"' : "";
      return `<label class="choice" data-country="${value}"><input type="radio"${id} name="country" value="${value}">${escapeHtml(name)}</label>`;
    })
    .join("");
}

/**
 * The radio buttons of the countries, handed to React as one piece of HTML: hydration attaches to the list's
 * element and does not walk its rows (about 1,000 elements that were, before, a long task of their own on a
 * slow phone). Drawn inside CountryStep from the table it already receives, so the page's payload carries the
 * names once. CountryStep adds the rows it did not draw here, filters them and checks them through the DOM.
 */
export function CountryList({
  countries,
  listClassName,
}: {
  countries: readonly CountryEntry[];
  listClassName: string;
}) {
  return (
    <div
      id="q-country-list"
      className={`${choiceStyles.list} ${listClassName}`}
      dangerouslySetInnerHTML={{ __html: countryRows(countries, 0) }}
    />
  );
}
