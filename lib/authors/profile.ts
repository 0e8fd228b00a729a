// What an author's page says about their papers, computed from the papers alone (pure,
// so it is tested without a database): roles, filters, years, coauthors, topics.
import type { AuthorFilters } from "./filters";
import type { ListedPaper } from "./listed-paper";

export type AuthorRef = { name: string; slug: string };
export type TopicRef = { slug: string; label: string };
/** "last" only when the list is complete: in a list cut by "et al." the last listed is not last. */
export type AuthorRole = "first" | "last" | "solo" | "middle";

export type AuthorPaper = ListedPaper & {
  /** 0-based place of this author in the list. */
  position: number;
  role: AuthorRole;
};

export type Count<T> = T & { count: number };

export function authorRole(position: number, listed: number, truncated: boolean): AuthorRole {
  if (listed === 1 && !truncated) return "solo";
  if (position === 0) return "first";
  return position === listed - 1 && !truncated ? "last" : "middle";
}

export function yearOf(publishedAt: string | null): number | null {
  const match = publishedAt ? /^(\d{4})/.exec(publishedAt) : null;
  return match ? Number(match[1]) : null;
}

/** Position filters: "first" and "last" include sole authorship; "solo" is sole authorship only. */
const POSITION_ROLES: Record<NonNullable<AuthorFilters["position"]>, AuthorRole[]> = {
  first: ["first", "solo"],
  last: ["last", "solo"],
  solo: ["solo"],
};

export function matchesFilters(paper: AuthorPaper, filters: AuthorFilters): boolean {
  if (filters.year !== undefined && paper.year !== filters.year) return false;
  if (filters.topic !== undefined && !paper.topics.some((t) => t.slug === filters.topic)) return false;
  if (filters.position !== undefined && !POSITION_ROLES[filters.position].includes(paper.role)) return false;
  return true;
}

/** Newest first; undated papers last; ties by id. */
export function byNewest(a: { publishedAt: string | null; id: number }, b: { publishedAt: string | null; id: number }): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? 1 : -1;
  }
  return a.id - b.id;
}

/** Papers per year, oldest first, only years that have papers. */
export function yearCounts(papers: { year: number | null }[]): Count<{ year: number }>[] {
  const counts = new Map<number, number>();
  for (const p of papers) if (p.year !== null) counts.set(p.year, (counts.get(p.year) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
}

/** Tallies items by key, most frequent first, ties by `tieKey`. */
function tally<T>(items: T[], key: (t: T) => string, tieKey: (t: T) => string): Count<T>[] {
  const counts = new Map<string, Count<T>>();
  for (const item of items) {
    const k = key(item);
    const seen = counts.get(k);
    if (seen) seen.count++;
    else counts.set(k, { ...item, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || tieKey(a).localeCompare(tieKey(b)));
}

/** Everyone who shares a paper with the author, by number of shared papers. */
export function coauthorCounts(papers: AuthorPaper[], self: string): Count<AuthorRef>[] {
  const others = papers.flatMap((p) => [...new Map(p.authors.filter((a) => a.slug !== self).map((a) => [a.slug, a])).values()]);
  return tally(others, (a) => a.slug, (a) => a.name);
}

export function topicCounts(papers: AuthorPaper[]): Count<TopicRef>[] {
  return tally(papers.flatMap((p) => p.topics), (t) => t.slug, (t) => t.label);
}

export function categoryCounts(papers: AuthorPaper[]): Count<{ category: string }>[] {
  return tally(papers.flatMap((p) => p.categories.map((category) => ({ category }))), (c) => c.category, (c) => c.category);
}

export type YearGroup<T> = { year: number | null; papers: T[] };

/** Papers (already newest first) grouped by year, undated last. */
export function groupByYear<T extends { year: number | null }>(papers: T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const paper of papers) {
    const last = groups[groups.length - 1];
    if (last && last.year === paper.year) last.papers.push(paper);
    else groups.push({ year: paper.year, papers: [paper] });
  }
  return groups;
}

/**
 * At most this many papers are listed on one author page: a prolific author's full list
 * (301 papers: 3.9 MB of HTML and React payload, 0.3 s to render) is narrowed by a year
 * or topic filter instead, and the timeline above still counts every paper.
 */
export const LISTED_PAPERS_CAP = 100;

/** The newest `cap` of the (already sorted, filtered) papers, and how many were left out. */
export function capListedPapers<T>(papers: T[], cap = LISTED_PAPERS_CAP): { listed: T[]; omitted: number } {
  return papers.length <= cap ? { listed: papers, omitted: 0 } : { listed: papers.slice(0, cap), omitted: papers.length - cap };
}
