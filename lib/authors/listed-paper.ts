// The paper fields an author's or a topic's list shows, as one Prisma select and the
// mapping of its rows to plain objects (shared by lib/authors and lib/topics queries).
import type { Prisma } from "@/lib/generated/prisma/client";
import { yearOf, type AuthorRef, type TopicRef } from "./profile";

export const listedPaperSelect = {
  id: true,
  slug: true,
  arxivId: true,
  title: true,
  abstract: true,
  publishedAt: true,
  authorsTruncated: true,
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
  categories: { select: { category: true } },
  topics: { orderBy: [{ score: "desc" }, { topicId: "asc" }], select: { topic: { select: { slug: true, label: true } } } },
} satisfies Prisma.PaperSelect;

type ListedPaperRow = Prisma.PaperGetPayload<{ select: typeof listedPaperSelect }>;

export type ListedPaper = {
  id: number;
  /** Permalink key: the arXiv ID when known, else the slug. */
  key: string;
  slug: string;
  arxivId: string | null;
  title: string | null;
  abstract: string | null;
  publishedAt: string | null;
  year: number | null;
  authors: AuthorRef[];
  authorsTruncated: boolean;
  categories: string[];
  /** Strongest first. */
  topics: TopicRef[];
};

export function toListedPaper({ authors, categories, topics, ...paper }: ListedPaperRow): ListedPaper {
  return {
    ...paper,
    key: paper.arxivId ?? paper.slug,
    year: yearOf(paper.publishedAt),
    authors: authors.map(({ author }) => author),
    categories: categories.map(({ category }) => category),
    topics: topics.map(({ topic }) => topic),
  };
}
