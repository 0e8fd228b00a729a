// What a paper page shows around the paper: its topics, the papers most like it (with
// the shared terms that explain why), and the papers it may duplicate.
import { prisma, type PrismaClient } from "@/lib/db";
import { canonicalPaperKey } from "./paper-key";

export type PaperRef = { key: string; title: string | null; abstract: string | null; publishedAt: string | null };
export type RelatedRef = PaperRef & { score: number; sharedTerms: string[] };
export type DuplicateRef = PaperRef & { reason: string };
export type PaperNeighbours = { topics: { slug: string; label: string }[]; related: RelatedRef[]; duplicates: DuplicateRef[] };

const REF = { slug: true, arxivId: true, title: true, abstract: true, publishedAt: true } as const;
type RefRow = { slug: string; arxivId: string | null; title: string | null; abstract: string | null; publishedAt: string | null };
const toRef = (p: RefRow): PaperRef => ({ key: canonicalPaperKey(p), title: p.title, abstract: p.abstract, publishedAt: p.publishedAt });

function sharedTerms(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

export async function getPaperNeighbours(paperId: number, client: PrismaClient = prisma): Promise<PaperNeighbours> {
  const [topics, related, dupA, dupB] = await Promise.all([
    client.paperTopic.findMany({ where: { paperId }, orderBy: [{ score: "desc" }, { topicId: "asc" }], select: { topic: { select: { slug: true, label: true } } } }),
    client.relatedPaper.findMany({ where: { paperId }, orderBy: { rank: "asc" }, select: { score: true, sharedTerms: true, related: { select: REF } } }),
    client.possibleDuplicate.findMany({ where: { paperAId: paperId }, select: { reason: true, paperB: { select: REF } } }),
    client.possibleDuplicate.findMany({ where: { paperBId: paperId }, select: { reason: true, paperA: { select: REF } } }),
  ]);
  return {
    topics: topics.map((t) => t.topic),
    related: related.map((r) => ({ ...toRef(r.related), score: r.score, sharedTerms: sharedTerms(r.sharedTerms) })),
    duplicates: [...dupA.map((d) => ({ ...toRef(d.paperB), reason: d.reason })), ...dupB.map((d) => ({ ...toRef(d.paperA), reason: d.reason }))],
  };
}
