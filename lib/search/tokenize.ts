// The one tokenizer of search: index and queries must split text identically.
// LaTeX folded to Unicode, NFKC, lowercased, split on anything but letters and digits.

export { matchWords as tokenize } from "../import/text-match";
