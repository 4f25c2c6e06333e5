/**
 * Swiss Standard German writes "ss" where German and Austrian German write "ß" ("Grüsse", "gemäss").
 * The conversion applies to the app's own wording only: names and other values people typed, and official
 * names from the data tables, stay exactly as they are.
 */
export function swissSpelling(text: string): string {
  return text.replace(/ß/g, "ss").replace(/ẞ/g, "SS");
}

const MARK = "\u0000";

/**
 * Wraps a wording function so that its own text follows the Swiss spelling while every string value of its
 * context (a person's name, a place, an authority's official name) is kept as given.
 */
export function withSwissSpelling<C extends object>(write: (context: C) => string): (context: C) => string {
  return (context) => {
    const kept: string[] = [];
    const masked = Object.fromEntries(
      Object.entries(context).map(([key, value]) => {
        if (typeof value !== "string" || !/[ßẞ]/.test(value)) return [key, value];
        kept.push(value);
        return [key, `${MARK}${kept.length - 1}${MARK}`];
      }),
    ) as C;
    return swissSpelling(write(masked)).replace(
      new RegExp(`${MARK}(\\d+)${MARK}`, "g"),
      (_, index: string) => kept[Number(index)] ?? "",
    );
  };
}
