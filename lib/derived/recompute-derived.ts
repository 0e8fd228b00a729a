// Recomputes the data derived from the whole library (topics, related papers) and
// rewrites their tables, in the caller's transaction (refresh-derived.ts opens one).

import type { SqliteDatabase } from "../db/sqlite";
import { computeRelated } from "../related/related-papers";
import { extractTopics } from "../topics/extract-topics";

type PaperText = { id: number; title: string | null; abstract: string | null };

export type DerivedTimings = { topicsMs: number; relatedMs: number; writeMs: number };

export function recomputeDerived(db: SqliteDatabase): DerivedTimings {
  const papers = db.prepare<[], PaperText>('SELECT "id", "title", "abstract" FROM "Paper" ORDER BY "id"').all();
  let started = performance.now();
  const { topics, assignments } = extractTopics(papers);
  const topicsMs = performance.now() - started;
  started = performance.now();
  const related = computeRelated(papers);
  const relatedMs = performance.now() - started;

  started = performance.now();
  db.prepare('DELETE FROM "PaperTopic"').run();
  db.prepare('DELETE FROM "Topic"').run();
  // Topic ids restart at 1: the same library gets the same rows, however many refreshes ran.
  db.prepare("DELETE FROM sqlite_sequence WHERE name = 'Topic'").run();
  db.prepare('DELETE FROM "RelatedPaper"').run();
  const insertTopic = db.prepare('INSERT INTO "Topic" ("slug", "label") VALUES (?, ?)');
  const topicIds = new Map<string, number>();
  for (const t of topics) topicIds.set(t.slug, Number(insertTopic.run(t.slug, t.label).lastInsertRowid));
  const insertAssignment = db.prepare('INSERT INTO "PaperTopic" ("paperId", "topicId", "score") VALUES (?, ?, ?)');
  for (const a of assignments) insertAssignment.run(a.paperId, topicIds.get(a.slug)!, a.score);
  const insertRelated = db.prepare('INSERT INTO "RelatedPaper" ("paperId", "rank", "relatedId", "score", "sharedTerms") VALUES (?, ?, ?, ?, ?)');
  for (const r of related) insertRelated.run(r.paperId, r.rank, r.relatedId, r.score, JSON.stringify(r.sharedTerms));
  return { topicsMs, relatedMs, writeMs: performance.now() - started };
}
