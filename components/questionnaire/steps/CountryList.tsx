import type { CountryEntry } from "@/lib/universal/data/country-search";
import choiceStyles from "../fields/ChoiceGroup.module.css";

/** Escapes text for HTML content and double-quoted attribute values. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The radio buttons of every country, handed to React as one piece of HTML: hydration attaches to the list's
 * element and does not walk its ~250 rows (about 1,000 elements that were, before, a long task of their own
 * on a slow phone). Drawn inside CountryStep from the table it already receives, so the page's payload
 * carries the names once. CountryStep filters and checks the rows through the DOM.
 * Ids follow ChoiceGroup's: the first input carries the field's id (`q-country`), so the error summary
 * can move focus to the list.
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
      const id = escapeHtml(index === 0 ? "q-country" : `q-country-${code}`);
      const value = escapeHtml(code);
      return `<div class="choice" data-country="${value}"><input type="radio" id="${id}" name="country" value="${value}"><div><label for="${id}">${escapeHtml(name)}</label></div></div>`;
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
