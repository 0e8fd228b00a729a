// Reads for the topic pages: the topics by number of papers, and one topic's papers with
// its year counts and most frequent authors. Topics are derived data (decision 0003):
// the tables may be empty, and every read answers sensibly when they are.
import { prisma as appPrisma, type PrismaClient } from "@/lib/db";
import { listedPaperSelect, toListedPaper, type ListedPaper } from "@/lib/authors/listed-paper";
import { byNewest, yearCounts, type AuthorRef, type Count, type TopicRef } from "@/lib/authors/profile";

export type TopicSummary = TopicRef & { paperCount: number };

export type TopicPaper = ListedPaper;

export type TopicDetail = TopicRef & {
  paperCount: number;
  /** Every paper, newest first; `papers` is the view filtered by `year`. */
  allPapers: TopicPaper[];
  papers: TopicPaper[];
  year: number | null;
  years: Count<{ year: number }>[];
  authors: Count<AuthorRef>[];
};

/** Every topic that has papers, with their number, most first (ties by label). */
export async function listTopics(db: PrismaClient = appPrisma): Promise<TopicSummary[]> {
  const rows = await db.topic.findMany({ select: { slug: true, label: true, _count: { select: { papers: true } } } });
  return rows
    .map(({ _count, ...topic }) => ({ ...topic, paperCount: _count.papers }))
    .filter((t) => t.paperCount > 0)
    .sort((a, b) => b.paperCount - a.paperCount || a.label.localeCompare(b.label));
}

/** A topic with its papers (newest first, optionally one year's), or null for an unknown slug. */
export async function getTopic(slug: string, filters: { year?: number } = {}, db: PrismaClient = appPrisma): Promise<TopicDetail | null> {
  const topic = await db.topic.findUnique({
    where: { slug },
    select: {
      slug: true,
      label: true,
      papers: { select: { paper: { select: listedPaperSelect } } },
    },
  });
  if (!topic) return null;
  const allPapers = topic.papers.map(({ paper }) => toListedPaper(paper)).sort(byNewest);
  const year = filters.year ?? null;
  return {
    slug: topic.slug,
    label: topic.label,
    paperCount: allPapers.length,
    allPapers,
    papers: year === null ? allPapers : allPapers.filter((p) => p.year === year),
    year,
    years: yearCounts(allPapers),
    authors: topAuthors(allPapers),
  };
}

/** Authors by number of papers on the topic, most first. */
function topAuthors(papers: TopicPaper[]): Count<AuthorRef>[] {
  const counts = new Map<string, Count<AuthorRef>>();
  for (const author of papers.flatMap((p) => p.authors)) {
    const seen = counts.get(author.slug);
    if (seen) seen.count++;
    else counts.set(author.slug, { ...author, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
