import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { countryTable } from "@/lib/universal/data/country-table";
import { CountryList } from "./CountryList";

const rowsOf = (html: string) =>
  [
    ...html.matchAll(
      /<label class="choice" data-country="([^"]*)"><input type="radio"(?: id="([^"]*)")? name="country" value="([^"]*)">([^<]*)<\/label>/g,
    ),
  ].map(([, row = "", id = "", value = "", name = ""]) => ({ row, id, value, name }));

const decode = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe("CountryList", () => {
  it.each(["fr", "en"] as const)(
    "%s: one labelled radio per country, in the table's order, the first with the field's id",
    (locale) => {
      const countries = countryTable(locale);
      const rows = rowsOf(renderToStaticMarkup(<CountryList countries={countries} listClassName="x" />));
      expect(rows).toHaveLength(countries.length);
      expect(rows.map((r) => r.value)).toEqual(countries.map((c) => c.code));
      expect(rows[0]?.id).toBe("q-country");
      expect(rows.slice(1).every((r) => r.id === "")).toBe(true);
      expect(rows.map((r) => decode(r.name))).toEqual(countries.map((c) => c.name));
    },
  );

  it("escapes names, so a name can never become markup", () => {
    const html = renderToStaticMarkup(
      <CountryList
        countries={[{ code: "ZZ", name: `<b>"A" & 'B'</b>`, covered: false }]}
        listClassName="x"
      />,
    );
    expect(html).not.toContain("<b>");
    expect(rowsOf(html)[0]?.name).toBe("&#60;b&#62;&#34;A&#34; &#38; &#39;B&#39;&#60;/b&#62;");
  });
});
