/**
 * Known nasty inputs: what bots, fuzzers and copy-paste accidents send. Used against every
 * API route, the letter schema and the pages. Keep each entry labelled so a failure names its input.
 */
export const NASTY_STRINGS: ReadonlyArray<readonly [label: string, value: string]> = [
  ["empty", ""],
  ["spaces only", "   \t  "],
  ["huge ASCII (1 MiB)", "A".repeat(1024 * 1024)],
  ["huge multibyte (300k é)", "é".repeat(300_000)],
  ["null byte", "Camille\u0000Durand"],
  ["only null bytes", "\u0000\u0000\u0000"],
  ["C0 controls", "\u0001\u0002\u0007\u0008\u001b[31m\u001f"],
  ["DEL and C1 controls", "a\u007f\u0085\u009bb"],
  ["CR LF injection", "Camille\r\nSet-Cookie: x=1\r\n\r\n"],
  ["right-to-left override", "\u202Etxt.exe\u202C"],
  ["bidi isolates", "\u2066abc\u2069\u2067def\u2069"],
  ["zero-width joiners", "Ca\u200Bmi\u200Dlle\uFEFF"],
  ["byte-order mark", "\uFEFFCamille"],
  ["emoji", "👩🏽‍💻🇫🇷🏳️‍🌈"],
  ["lone high surrogate", "abc\uD800def"],
  ["lone low surrogate", "\uDC00"],
  ["combining marks (zalgo)", "Z\u0336\u0337\u0338a\u0300\u0301\u0302".repeat(500)],
  ["non-characters", "\uFFFE\uFFFF"],
  ["private use", "\uE000\uF8FF"],
  ["script tag", "<script>alert(1)</script>"],
  ["attribute breakout", '"><img src=x onerror=alert(1)>'],
  ["javascript URL", "javascript:alert(document.cookie)"],
  ["svg onload", "<svg/onload=alert(1)>"],
  ["HTML entities", "&lt;b&gt;&amp;&#x3C;&#60;"],
  ["template injection", "${7*7}{{7*7}}<%= 7*7 %>#{7*7}"],
  ["SQL quote", "'; DROP TABLE partner; --"],
  ["SQL tautology", "' OR '1'='1"],
  ["SQL comment", "admin'/*"],
  ["SQL union", "1 UNION SELECT token_hash FROM partner--"],
  ["path traversal", "../../../../etc/passwd"],
  ["encoded traversal", "..%2f..%2f%2e%2e%2fetc%2fpasswd"],
  ["percent-encoded null", "%00"],
  ["format string", "%s%s%s%n%x"],
  ["prototype key", "__proto__"],
  ["constructor key", "constructor"],
  ["number-like", "1e309"],
  ["negative", "-1"],
  ["NaN text", "NaN"],
  ["JSON in a string", '{"__proto__":{"admin":true}}'],
  ["CSV formula", '=HYPERLINK("http://x")'],
  ["homoglyph Cyrillic", "Сamille"],
  ["very long line of words", "word ".repeat(5000)],
  ["ISO code lowercase with spaces", " fr "],
  ["unicode country letters", "ＦＲ"],
  ["backslashes", "\\\\server\\share\\..\\"],
  ["LinkedIn-looking URL with credentials", "https://user:pass@www.linkedin.com/in/x"],
  ["look-alike LinkedIn host", "https://www.linkedin.com.evil.example/in/x"],
  ["data URL not PNG", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
];

/** Non-string JSON values to put where strings, booleans, arrays or objects belong. */
export const NASTY_VALUES: ReadonlyArray<readonly [label: string, value: unknown]> = [
  ["null", null],
  ["true", true],
  ["zero", 0],
  ["negative number", -1],
  ["huge number", 1e308],
  ["float", 0.1],
  ["max safe integer + 2", Number.MAX_SAFE_INTEGER + 2],
  ["empty array", []],
  ["array of strings", ["FR", "DE"]],
  ["array of nulls", [null, null]],
  ["empty object", {}],
  ["object with proto key", JSON.parse('{"__proto__":{"polluted":true}}') as unknown],
  ["nested object", { a: { b: { c: "d" } } }],
  ["long array", Array.from({ length: 10_000 }, (_, i) => i)],
];

/** A deeply nested JSON text (arrays or objects), past any recursive parser's stack. */
export function deepJson(depth: number, kind: "array" | "object" = "array"): string {
  return kind === "array"
    ? "[".repeat(depth) + "]".repeat(depth)
    : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}

/** Byte sequences that are not valid UTF-8 (overlong, lone continuation, surrogate halves, truncated). */
export const INVALID_UTF8: ReadonlyArray<readonly [label: string, bytes: Uint8Array]> = [
  ["lone 0xFF", Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])],
  ["overlong slash", Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d])],
  ["lone continuation", Uint8Array.from([0x80, 0x80, 0x80])],
  ["UTF-16 surrogate in UTF-8", Uint8Array.from([0x22, 0xed, 0xa0, 0x80, 0x22])],
  ["truncated sequence", Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe2, 0x82])],
  ["UTF-16LE JSON", Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])],
];

/** Content types that are not JSON, or JSON spelled oddly. */
export const CONTENT_TYPES: ReadonlyArray<string | null> = [
  null,
  "",
  "text/plain",
  "text/html",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/octet-stream",
  "application/jsonp",
  "application/json; charset=utf-16",
  "APPLICATION/JSON",
  "application/json;;;",
  "application/problem+json",
  "image/png",
];
