import { describe, expect, it } from "vitest";
import { inlineScripts } from "./inline-scripts";

describe("inlineScripts", () => {
  it.each([
    ["no script", "<p>hello</p>", []],
    ["an external script", '<script src="/_next/static/a.js" async=""></script>', []],
    ["an inline script", "<script>self.__next_f=[]</script>", ["self.__next_f=[]"]],
    ["an inline script with an id", '<script id="_R_">a()</script>', ["a()"]],
    ["attributes ending in src are not src", '<script data-nosrc="x">b()</script>', ["b()"]],
    ["entities stay raw", '<script>x="&amp;"</script>', ['x="&amp;"']],
    ["several, in order", "<script>1</script><div></div><SCRIPT>2</SCRIPT >", ["1", "2"]],
    ["empty inline scripts are skipped", "<script></script>", []],
  ])("%s", (_name, html, expected) => {
    expect(inlineScripts(html)).toEqual(expected);
  });
});
