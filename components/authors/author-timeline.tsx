// An author's papers per year, stacked by their most frequent topics: each paper counts
// once, under the first of its topics among the author's top few, else "other topics".
import { OTHER_SERIES, YearChart } from "@/components/charts/year-chart";
import { yearChartData, type ChartSeries } from "@/components/charts/year-chart-data";
import { filterHref } from "@/lib/authors/filters";
import type { AuthorProfile } from "@/lib/authors/queries";

export type AuthorTimelineProps = { profile: AuthorProfile; path: string };

const STACKED_TOPICS = 5;

export function AuthorTimeline({ profile, path }: AuthorTimelineProps) {
  const { filters } = profile;
  const top = profile.topics.slice(0, STACKED_TOPICS);
  const topSlugs = new Set(top.map((t) => t.slug));
  const series: ChartSeries[] = top.map((t) => ({
    key: t.slug,
    label: t.label,
    href: filterHref(path, filters, { topic: filters.topic === t.slug ? undefined : t.slug }),
    selected: filters.topic === t.slug,
  }));
  series.push({ key: OTHER_SERIES, label: top.length ? "Other or no topic" : "Papers" });
  const items = profile.allPapers.map((p) => ({ year: p.year, series: p.topics.find((t) => topSlugs.has(t.slug))?.slug ?? OTHER_SERIES }));
  const data = yearChartData(items, series, {
    selectedYear: filters.year ?? null,
    yearHref: (year) => filterHref(path, filters, { year: filters.year === year ? undefined : year }),
  });
  const undated = profile.allPapers.filter((p) => p.year === null).length;
  return (
    <>
      <YearChart {...data} label={top.length ? "Papers per year by topic" : "Papers per year"} />
      {undated > 0 ? <p className="mt-2 text-sm text-muted">{undated === 1 ? "1 undated paper is" : `${undated} undated papers are`} not in the chart.</p> : null}
    </>
  );
}
