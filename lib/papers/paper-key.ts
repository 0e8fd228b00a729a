// Permalink keys: what a `/papers/<key>` URL names (an arXiv ID, versioned or not, or
// a slug) and the one canonical path of a paper, `/papers/<arxivId or slug>`.
// Old-style IDs keep their slash, as on arXiv (`/papers/math/0601001`, served by the
// route app/papers/[key]/[number]); `math%2F0601001` is read too and redirected there.
import { parseArxivId } from "../import/fields/arxiv-id";

export type PaperKeyLookup = { arxivId: string } | { slug: string };

export type KeyedPaper = { arxivId: string | null; slug: string };

export type PaperKeyDecision<P> =
  | { kind: "found"; paper: P }
  | { kind: "redirect"; to: string }
  /** The key named a paper that an undone import removed. */
  | { kind: "gone"; reason: string }
  | { kind: "missing" };

/** Which column a key is looked up in: anything arXiv can read as an ID is one. */
export function readPaperKey(key: string): PaperKeyLookup {
  const id = parseArxivId(key);
  return id ? { arxivId: id.id } : { slug: key.toLowerCase() };
}

/** The key a paper is published under: its arXiv ID once it has one, else its slug. */
export function canonicalPaperKey(paper: KeyedPaper): string {
  return paper.arxivId ?? paper.slug;
}

/** `/papers/<key>`, with an old-style ID's slash left as a path separator. */
export function paperPath(key: string): string {
  return `/papers/${encodeURIComponent(key).replace(/%2F/gi, "/")}`;
}

/** The key named by a route's path segments, percent-escapes undone once. */
export function keyFromSegments(segments: string[]): string {
  const joined = segments.join("/");
  try {
    return decodeURIComponent(joined);
  } catch {
    return joined;
  }
}

/** Found when the key is the paper's canonical one; any other key that reaches the
 * paper (a versioned ID, the slug of a paper that has since gained an ID) redirects. */
export function decidePaperKey<P extends KeyedPaper>(key: string, paper: P | null): PaperKeyDecision<P> {
  if (!paper) return { kind: "missing" };
  const canonical = canonicalPaperKey(paper);
  return canonical === key ? { kind: "found", paper } : { kind: "redirect", to: paperPath(canonical) };
}
