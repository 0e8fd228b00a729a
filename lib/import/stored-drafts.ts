// Loads the stored papers that a batch's records may be, as drafts: ask MatchKey for
// every key the records have, then read only those papers.

import path from "node:path";
import type { Prisma } from "../generated/prisma/client";
import { draftFromRecord, matchKeys, newDraft, type PaperDraft } from "./draft";
import type { ParsedRecord } from "./types";

type Tx = Prisma.TransactionClient;

/** A stored paper as a draft, with what the batch needs to tell new facts from old. */
export type StoredDraft = PaperDraft & { storedId: number; storedSources: Set<string>; storedVersions: Set<string> };

/** Identity of a source: the same lines of the same file name read the same way. */
export const sourceKey = (s: { file: string; line: number; endLine: number; format: string }) =>
  `${path.basename(s.file)}|${s.line}|${s.endLine}|${s.format}`;

const CHUNK = 500;

export async function loadStoredDrafts(tx: Tx, records: ParsedRecord[]): Promise<StoredDraft[]> {
  const keys = [...new Set(records.flatMap((r) => matchKeys(draftFromRecord(r))))];
  const ids = new Set<number>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await tx.matchKey.findMany({ where: { key: { in: keys.slice(i, i + CHUNK) } }, select: { paperId: true } });
    for (const row of rows) ids.add(row.paperId);
  }
  const drafts: StoredDraft[] = [];
  const idList = [...ids];
  for (let i = 0; i < idList.length; i += CHUNK) {
    const papers = await tx.paper.findMany({
      where: { id: { in: idList.slice(i, i + CHUNK) } },
      include: {
        authors: { orderBy: { position: "asc" }, include: { author: true } },
        categories: true,
        versions: true,
        sources: true,
      },
      orderBy: { id: "asc" },
    });
    for (const p of papers) {
      const draft = newDraft(
        {
          arxivId: p.arxivId,
          arxivVersion: p.arxivVersion,
          title: p.title,
          authors: p.authors.map((a) => a.author.name),
          authorsTruncated: p.authorsTruncated,
          organization: p.organization,
          publishedAt: p.datePrecision === "id-month" ? null : p.publishedAt,
          categories: p.categories.map((c) => c.category),
          comments: p.comments,
          abstracts: p.versions.map((v) => v.text),
        },
        p.id,
      );
      drafts.push({
        ...draft,
        storedId: p.id,
        storedSources: new Set(p.sources.map((s) => sourceKey({ ...s, line: s.lineStart, endLine: s.lineEnd }))),
        storedVersions: new Set(draft.abstracts.map((a) => a.hash)),
      });
    }
  }
  return drafts;
}
