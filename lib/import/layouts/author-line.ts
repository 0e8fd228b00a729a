// Author lists as page layouts meet them: on a labelled line ("Authors: A, B") or on a
// bare line that has to be recognised as names first.

import { collapseSpaces, looksLikePersonName, parseAuthorList, type AuthorList } from "../fields/authors";

/** parseAuthorList on one pasted line. Whitespace runs are collapsed first: a line can be a
 *  megabyte long, and the name split backtracks quadratically over long runs of spaces. */
export function readAuthorLine(text: string): AuthorList {
  return parseAuthorList(collapseSpaces(text));
}

/** True when at least half of the comma-separated parts read as people's names. */
export function looksLikeAuthorLine(text: string): boolean {
  const names = readAuthorLine(text).authors;
  return names.length > 0 && names.filter(looksLikePersonName).length * 2 >= names.length;
}
