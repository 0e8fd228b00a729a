// Weighs whether two drafts are one paper. Text overlap alone cannot tell a rewritten
// abstract from a sibling paper by the same authors (both share ~40% of their words),
// so a medium overlap needs corroboration (an arXiv ID whose month matches the other's
// date), no contradiction (different IDs, titles, dates or authors), and no rival.

import { authorKey } from "./fields/authors";
import { containment } from "./text-match";
import { dateMonth, idMonth, normalizedTitle, type PaperDraft } from "./draft";

export type Verdict =
  | { kind: "same"; reason: string; score: number }
  /** The same paper if no other candidate also qualifies. */
  | { kind: "same-if-unique"; reason: string; score: number }
  | { kind: "possible-duplicate"; reason: string; score: number }
  | { kind: "different" };

/** Versions differing in notation or small edits overlap far above this. */
export const SAME_TEXT = 0.6;
/** Same title: the abstracts must still share this much (not two papers, one name). */
export const RELATED_TEXT = 0.05;
/**
 * A rewritten abstract (even a renamed paper's) still shares this share of its content
 * words (stopwords left out) with the other version; unrelated ML abstracts share ~0.08
 * (median over the seeds' pairs; 0.25 at the 99.9th percentile).
 */
export const RELATED_CONTENT = 0.25;
/** Shown to people as "possible duplicate" below SAME_TEXT. */
export const SIMILAR_TEXT = 0.25;

function textOverlap(a: PaperDraft, b: PaperDraft): { trigram: number; content: number } {
  let trigram = 0;
  let content = 0;
  for (const x of a.abstracts) {
    for (const y of b.abstracts) {
      trigram = Math.max(trigram, containment(x.trigrams, y.trigrams));
      content = Math.max(content, containment(x.content, y.content));
    }
  }
  return { trigram, content };
}

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
const monthsApart = (a: string, b: string) => Math.abs(monthIndex(a) - monthIndex(b));

/** A reason the two cannot be one paper, or null. */
export function contradiction(a: PaperDraft, b: PaperDraft): string | null {
  if (a.arxivId && b.arxivId && a.arxivId !== b.arxivId) return "different arXiv IDs";
  const ta = normalizedTitle(a);
  const tb = normalizedTitle(b);
  if (ta && tb && ta !== tb) return "different titles";
  const [da, db] = [dateMonth(a), dateMonth(b)];
  if (da && db && monthsApart(da, db) > 1) return "dates far apart";
  const ia = idMonth(a);
  const ib = idMonth(b);
  if (ia && db && monthsApart(ia, db) > 1) return "arXiv ID month far from date";
  if (ib && da && monthsApart(ib, da) > 1) return "arXiv ID month far from date";
  if (a.authors.length && b.authors.length) {
    const keys = new Set(a.authors.map(authorKey));
    if (!b.authors.some((n) => keys.has(authorKey(n)))) return "no author in common";
  }
  return null;
}

/** ID month of one equals date month of the other: independent evidence of identity. */
function monthCorroborates(a: PaperDraft, b: PaperDraft): boolean {
  const [ia, ib, da, db] = [idMonth(a), idMonth(b), dateMonth(a), dateMonth(b)];
  return Boolean((ia && db && ia === db) || (ib && da && ib === da));
}

export function compareDrafts(a: PaperDraft, b: PaperDraft): Verdict {
  const overlap = textOverlap(a, b);
  const sameTitle = a.title !== null && normalizedTitle(a) === normalizedTitle(b);
  // An arXiv ID names one paper, whatever else differs: titles and author lists change
  // between versions, and the library holds one paper per ID (Paper.arxivId is unique).
  if (a.arxivId && a.arxivId === b.arxivId) return { kind: "same", reason: "same arXiv ID", score: 1 };
  const against = contradiction(a, b);
  if (against) {
    if (overlap.trigram >= SIMILAR_TEXT || sameTitle) {
      return { kind: "possible-duplicate", reason: `similar text but ${against}`, score: overlap.trigram };
    }
    return { kind: "different" };
  }
  const oneLacksAbstract = a.abstracts.length === 0 || b.abstracts.length === 0;
  if (sameTitle && (oneLacksAbstract || overlap.trigram >= RELATED_TEXT)) return { kind: "same", reason: "same title", score: 1 };
  if (overlap.trigram >= SAME_TEXT) return { kind: "same", reason: "same abstract text", score: overlap.trigram };
  if (overlap.content >= RELATED_CONTENT && monthCorroborates(a, b)) {
    return { kind: "same-if-unique", reason: "rewritten abstract; arXiv ID month matches the listed date", score: overlap.trigram };
  }
  if (overlap.trigram >= SIMILAR_TEXT) return { kind: "possible-duplicate", reason: "similar abstract text", score: overlap.trigram };
  return { kind: "different" };
}
