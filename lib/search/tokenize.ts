// The one tokenizer of search: index and queries must split text identically.
// LaTeX folded to Unicode, NFKC, lowercased, split on anything but letters and digits
// (the importer's matchWords); plain ASCII text takes a char-code loop with the same
// output, because the Unicode regex costs most of an index build over 100,000 abstracts.

import { matchWords } from "../import/text-match";

const A = 65, Z = 90, a = 97, z = 122, ZERO = 48, NINE = 57;

/** Words of `text` when it is ASCII without a backslash, else null (take the full path). */
function asciiWords(text: string): string[] | null {
  const words: string[] = [];
  let start = -1;
  let lower = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c > 127 || c === 92) return null;
    const isLower = (c >= a && c <= z) || (c >= ZERO && c <= NINE);
    const isUpper = c >= A && c <= Z;
    if (isLower || isUpper) {
      if (start < 0) {
        start = i;
        lower = true;
      }
      if (isUpper) lower = false;
    } else if (start >= 0) {
      const word = text.slice(start, i);
      words.push(lower ? word : word.toLowerCase());
      start = -1;
    }
  }
  return words;
}

export function tokenize(text: string): string[] {
  return asciiWords(text) ?? matchWords(text);
}
