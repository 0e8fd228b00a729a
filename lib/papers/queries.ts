// Reads of the paper library for pages and CLI scripts: plain TypeScript over the one
// Prisma client, returning plain objects (no Prisma types leak to callers).
import { prisma } from "@/lib/db";

export type PaperAuthorRef = { name: string; slug: string };

export type PaperListEntry = {
  id: number;
  slug: string;
  arxivId: string | null;
  title: string | null;
  abstract: string | null;
  /** "YYYY-MM-DD" or "YYYY-MM", as stored. */
  publishedAt: string | null;
  authors: PaperAuthorRef[];
  categories: string[];
  /** The sources listed only the first authors ("et al."). */
  authorsTruncated: boolean;
};

/** Every paper, newest first (undated papers last, ties by id). */
export async function listPapers(): Promise<PaperListEntry[]> {
  const rows = await prisma.paper.findMany({
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      arxivId: true,
      title: true,
      abstract: true,
      publishedAt: true,
      authorsTruncated: true,
      authors: {
        orderBy: { position: "asc" },
        select: { author: { select: { name: true, slug: true } } },
      },
      categories: { orderBy: { category: "asc" }, select: { category: true } },
    },
  });

  return rows.map(({ authors, categories, ...paper }) => ({
    ...paper,
    authors: authors.map(({ author }) => ({ name: author.name, slug: author.slug })),
    categories: categories.map(({ category }) => category),
  }));
}

/** How many papers the library holds. */
export async function countPapers(): Promise<number> {
  return prisma.paper.count();
}
