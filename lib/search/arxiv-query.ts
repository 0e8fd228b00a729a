// An arXiv ID typed into the search box ("2302.11055v2", "arxiv.org/abs/2302.11055")
// is a request for that paper's permalink, not a text search.

import { parseArxivId } from "../import/fields/arxiv-id";

export function arxivIdInQuery(q: string): string | null {
  const text = q.trim();
  if (!text || /\s/.test(text)) return null;
  return parseArxivId(text)?.id ?? null;
}
