// Splits a line where a copy glued the title to the author list:
// "Transformers learn through gradual rank increaseEnric Boix-Adsera, Etai Littwin et al. · org".
// The author list starts at the leftmost capital from which every comma-separated part
// reads as a person's name, preferring names seen elsewhere and a boundary where a
// letter or punctuation meets the capital with no space between (the copy's glue).

import { authorKey, looksLikePersonName, splitNames, stripListSuffixes, type AuthorList } from "../fields/authors";

// Titles are short; bounding the search keeps a hostile 1 MB line linear.
const MAX_TITLE = 500;
const MAX_LINE = 20_000;

export type TitleAuthors = AuthorList & { title: string };

/** Positions where the author list may start, and whether a space precedes them. */
function listStarts(body: string): { at: number; glued: boolean }[] {
  const starts: { at: number; glued: boolean }[] = [];
  for (let i = 1; i < Math.min(body.length, MAX_TITLE); i++) {
    if (!/\p{Lu}/u.test(body[i]!)) continue;
    const prev = body[i - 1]!;
    if (prev === " ") starts.push({ at: i, glued: false });
    else if (!/[-'’.]/.test(prev)) starts.push({ at: i, glued: true });
  }
  return starts;
}

/**
 * Splits "TitleFirst Author, Second Author et al. · org". `knownNames` holds author keys
 * seen elsewhere (other entries, the library) and outweighs shape alone.
 * Returns null when no split reads as a title followed by names.
 */
export function splitTitleAndAuthors(line: string, knownNames: ReadonlySet<string>): TitleAuthors | null {
  if (line.length > MAX_LINE) return null;
  const { body, truncated, organization } = stripListSuffixes(line);
  let best: { score: number; title: string; authors: string[] } | null = null;
  for (const start of listStarts(body)) {
    const title = body.slice(0, start.at).trim();
    const authors = splitNames(body.slice(start.at));
    // A title never ends on a list separator: that split left a name in the title.
    if (!title || /(?:[,;&]|\band)$/.test(title)) continue;
    if (authors.length === 0 || !authors.every(looksLikePersonName)) continue;
    const score = (knownNames.has(authorKey(authors[0]!)) ? 3 : 0) + (start.glued ? 2 : 0) - start.at / body.length;
    if (!best || score > best.score) best = { score, title, authors };
  }
  return best && { title: best.title, authors: best.authors, truncated, organization };
}
