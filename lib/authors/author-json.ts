// An author profile as GET /api/authors/<slug> answers it: a stable public shape
// (name, slug, papers, years, coauthors, topics) plus a few added fields.
import type { AuthorProfile } from "./queries";
import type { AuthorRole } from "./profile";

export type AuthorJson = {
  name: string;
  slug: string;
  /** The filtered papers, newest first. */
  papers: { id: string; arxivId: string | null; title: string | null; publishedAt: string | null; position: number; role: AuthorRole; authorsTruncated: boolean }[];
  years: { year: number; count: number }[];
  coauthors: { name: string; slug: string; count: number }[];
  topics: { slug: string; label: string; count: number }[];
  categories: { category: string; count: number }[];
  paperCount: number;
  firstYear: number | null;
  lastYear: number | null;
  /** True when some paper's author list was cut by "et al.". */
  countMayBeIncomplete: boolean;
  filters: AuthorProfile["filters"];
  possibleDuplicates: { name: string; slug: string; paperCount: number }[];
};

export function authorJson(profile: AuthorProfile): AuthorJson {
  return {
    name: profile.name,
    slug: profile.slug,
    papers: profile.papers.map((p) => ({
      id: p.key,
      arxivId: p.arxivId,
      title: p.title,
      publishedAt: p.publishedAt,
      // 1-based, as people count authors.
      position: p.position + 1,
      role: p.role,
      authorsTruncated: p.authorsTruncated,
    })),
    years: profile.years.map(({ year, count }) => ({ year, count })),
    coauthors: profile.coauthors.map(({ name, slug, count }) => ({ name, slug, count })),
    topics: profile.topics.map(({ slug, label, count }) => ({ slug, label, count })),
    categories: profile.categories,
    paperCount: profile.paperCount,
    firstYear: profile.firstYear,
    lastYear: profile.lastYear,
    countMayBeIncomplete: profile.truncatedCount > 0,
    filters: profile.filters,
    possibleDuplicates: profile.possibleDuplicates,
  };
}
