import type { CountryEntry } from "@/lib/universal/data/country-search";
import choiceStyles from "../fields/ChoiceGroup.module.css";

/**
 * The radio buttons of every country, drawn on the server only: no React component runs for them in the
 * browser (hydration attaches to plain elements), and CountryStep filters and checks them through the DOM.
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
  return (
    <div id="q-country-list" className={`${choiceStyles.list} ${listClassName}`}>
      {countries.map(({ code, name }, index) => {
        const id = index === 0 ? "q-country" : `q-country-${code}`;
        return (
          <div className="choice" key={code} data-country={code}>
            <input type="radio" id={id} name="country" value={code} />
            <div>
              <label htmlFor={id}>{name}</label>
            </div>
          </div>
        );
      })}
    </div>
  );
}
