// Reads for the author pages and API: one author's papers with everything the page
// shows (one query, then pure code in profile.ts), the author index, and the names that
// may be the same person. Every function takes a Prisma client so tests can pass theirs.
import { prisma as appPrisma, type PrismaClient } from "@/lib/db";
import { authorKey } from "@/lib/import/fields/authors";
import type { AuthorFilters } from "./filters";
import { listedPaperSelect, toListedPaper } from "./listed-paper";
import { mayBeSamePerson, nameSearchKeys } from "./name-match";
import {
  authorRole,
  byNewest,
  categoryCounts,
  coauthorCounts,
  matchesFilters,
  topicCounts,
  yearCounts,
  yearOf,
  type AuthorPaper,
  type AuthorRef,
  type Count,
  type TopicRef,
} from "./profile";

export type AuthorProfile = {
  name: string;
  slug: string;
  paperCount: number;
  firstYear: number | null;
  lastYear: number | null;
  undatedCount: number;
  /** Papers whose author list was cut by "et al.": the author may be on more papers than we know. */
  truncatedCount: number;
  /** Every paper, newest first; `papers` is the filtered view. */
  allPapers: AuthorPaper[];
  papers: AuthorPaper[];
  filters: AuthorFilters;
  years: Count<{ year: number }>[];
  coauthors: Count<AuthorRef>[];
  topics: Count<TopicRef>[];
  categories: Count<{ category: string }>[];
  possibleDuplicates: PossibleDuplicate[];
};

export type PossibleDuplicate = AuthorRef & { paperCount: number };

/** The author with every paper they are on, or null for an unknown slug. */
export async function getAuthorProfile(slug: string, filters: AuthorFilters = {}, db: PrismaClient = appPrisma): Promise<AuthorProfile | null> {
  const author = await db.author.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, papers: { select: { position: true, paper: { select: listedPaperSelect } } } },
  });
  if (!author) return null;
  const allPapers: AuthorPaper[] = author.papers
    .map(({ position, paper }) => ({
      ...toListedPaper(paper),
      position,
      role: authorRole(position, paper.authors.length, paper.authorsTruncated),
    }))
    .sort(byNewest);
  const years = yearCounts(allPapers);
  return {
    name: author.name,
    slug: author.slug,
    paperCount: allPapers.length,
    firstYear: years[0]?.year ?? null,
    lastYear: years[years.length - 1]?.year ?? null,
    undatedCount: allPapers.filter((p) => p.year === null).length,
    truncatedCount: allPapers.filter((p) => p.authorsTruncated).length,
    allPapers,
    papers: allPapers.filter((p) => matchesFilters(p, filters)),
    filters,
    years,
    coauthors: coauthorCounts(allPapers, author.slug),
    topics: topicCounts(allPapers),
    categories: categoryCounts(allPapers),
    possibleDuplicates: await getPossibleDuplicates(author, db),
  };
}

/** Authors whose name may be this one written differently (see name-match.ts). */
export async function getPossibleDuplicates(author: { id: number; name: string }, db: PrismaClient = appPrisma): Promise<PossibleDuplicate[]> {
  const keys = nameSearchKeys(author.name);
  if (!keys) return [];
  // The key folds the whole name without spaces, so it starts with the first initial
  // and ends with the last surname word: the database narrows, the matcher decides.
  const rows = await db.author.findMany({
    // A key range, not LIKE 'x%': SQLite's LIKE is case-insensitive and skips the index,
    // which made every author page scan all authors (70 ms at 100,000 papers).
    where: { id: { not: author.id }, key: { gte: keys.initial, lt: `${keys.initial}\uffff`, endsWith: keys.surnameEnd } },
    select: { name: true, slug: true, _count: { select: { papers: true } } },
    orderBy: { key: "asc" },
  });
  return rows
    .filter((row) => mayBeSamePerson(author.name, row.name))
    .map((row) => ({ name: row.name, slug: row.slug, paperCount: row._count.papers }));
}

export const AUTHOR_SORTS = ["name", "papers"] as const;
export type AuthorSort = (typeof AUTHOR_SORTS)[number];
export type AuthorIndexQuery = { q?: string; sort?: AuthorSort; page?: number; pageSize?: number };
export type AuthorIndexEntry = AuthorRef & { paperCount: number; firstYear: number | null; lastYear: number | null };
export type AuthorIndex = { authors: AuthorIndexEntry[]; total: number; page: number; pageSize: number; pages: number };

/** One page of the author index: names containing `q` (case, accents, hyphens and spaces folded). */
export async function listAuthors(query: AuthorIndexQuery = {}, db: PrismaClient = appPrisma): Promise<AuthorIndex> {
  const { sort = "name", pageSize = 50 } = query;
  const needle = authorKey(query.q ?? "");
  const where = needle ? { key: { contains: needle } } : {};
  const total = await db.author.count({ where });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, query.page ?? 1), pages);
  const rows = await db.author.findMany({
    where,
    orderBy: sort === "papers" ? [{ papers: { _count: "desc" } }, { key: "asc" }] : [{ key: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { name: true, slug: true, papers: { select: { paper: { select: { publishedAt: true } } } } },
  });
  const authors = rows.map(({ papers, ...author }) => {
    const years = papers.map((p) => yearOf(p.paper.publishedAt)).filter((y): y is number => y !== null);
    return {
      ...author,
      paperCount: papers.length,
      firstYear: years.length ? Math.min(...years) : null,
      lastYear: years.length ? Math.max(...years) : null,
    };
  });
  return { authors, total, page, pageSize, pages };
}
