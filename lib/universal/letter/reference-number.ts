/**
 * Letter references: `LI-AI-<year>-<6 characters>`, random and carrying no personal data, so the
 * person and LinkedIn can quote them without revealing anything. Crockford's alphabet avoids I, L, O, U.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REFERENCE_PATTERN = /^LI-AI-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/;

/** A fresh reference for a letter dated `isoDate`; `randomBytes` is injectable for tests. */
export function newLetterReference(
  isoDate: string,
  randomBytes: (length: number) => Uint8Array = (length) =>
    globalThis.crypto.getRandomValues(new Uint8Array(length)),
): string {
  const suffix = Array.from(randomBytes(6), (byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `LI-AI-${isoDate.slice(0, 4)}-${suffix}`;
}
