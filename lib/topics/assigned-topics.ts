// The result as the database stores it: topics by slug (of two phrases with one slug, the one
// more papers share), each paper's final picks with their scores, in an order fixed by content.

import { compareText, type PhraseText, pickTopics, type ScoredTopic } from "./assign-topics";
import type { ExtractedTopics, TopicInput } from "./extract-topics";
import type { PhraseTable } from "./phrase-counts";
import { topicSlug } from "./phrase-labels";

export function assignedTopics(
  papers: TopicInput[],
  ranked: ScoredTopic[][],
  max: number,
  labels: Map<number, string>,
  table: PhraseTable,
  text: PhraseText,
): ExtractedTopics {
  const bySlug = new Map<string, number>();
  for (const [id, label] of labels) {
    const slug = topicSlug(label);
    const other = bySlug.get(slug);
    if (slug && (other === undefined || isPreferred(table, labels, text, id, other))) bySlug.set(slug, id);
  }
  const slugOf = new Map([...bySlug].map(([slug, id]) => [id, slug]));
  const picked = pickTopics(ranked, max, (id) => slugOf.has(id));
  const assignments = picked.flatMap((topics, d) =>
    topics.map((t) => ({ paperId: papers[d]!.id, slug: slugOf.get(t.phrase)!, score: t.score })),
  );
  assignments.sort((a, b) => a.paperId - b.paperId || b.score - a.score || compareText(a.slug, b.slug));
  const topics = [...bySlug].map(([slug, id]) => ({ slug, label: labels.get(id)! }));
  return { topics: topics.sort((a, b) => compareText(a.slug, b.slug)), assignments };
}

function isPreferred(table: PhraseTable, labels: Map<number, string>, text: PhraseText, id: number, other: number): boolean {
  const byDf = table.df.get(id) - table.df.get(other);
  if (byDf !== 0) return byDf > 0;
  const byLabel = compareText(labels.get(id)!, labels.get(other)!);
  return byLabel !== 0 ? byLabel < 0 : text(id) < text(other);
}
