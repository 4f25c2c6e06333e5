import type { CountryEntry } from "@/lib/universal/data/country-search";
import choiceStyles from "../fields/ChoiceGroup.module.css";

/** Escapes text for HTML content and double-quoted attribute values. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The radio buttons of every country, handed to React as one piece of HTML: hydration attaches to the list's
 * element and does not walk its ~250 rows (about 500 elements; as React elements they were a long task of
 * their own on a slow phone). Drawn inside CountryStep from the table it already receives, so the page's
 * payload carries the names once. CountryStep filters and checks the rows through the DOM.
 * Each row is a label around its radio button. The first input carries the field's id (`q-country`), as in
 * ChoiceGroup, so the error summary can move focus to the list.
 */
export function CountryList({
  countries,
  listClassName,
}: {
  countries: readonly CountryEntry[];
  listClassName: string;
}) {
  const rows = countries
    .map(({ code, name }, index) => {
      const value = escapeHtml(code);
      const id = index === 0 ? ' id="q-country"' : "";
      return `<label class="choice" data-country="${value}"><input type="radio"${id} name="country" value="${value}">${escapeHtml(name)}</label>`;
    })
    .join("");
  return (
    <div
      id="q-country-list"
      className={`${choiceStyles.list} ${listClassName}`}
      dangerouslySetInnerHTML={{ __html: rows }}
    />
  );
}
