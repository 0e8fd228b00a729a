// A topic's papers per year, stacked by category: each paper counts once, under the first
// of its categories among the topic's most frequent few, else "other".
import { OTHER_SERIES, YearChart } from "@/components/charts/year-chart";
import { yearChartData, type ChartSeries } from "@/components/charts/year-chart-data";
import type { TopicDetail } from "@/lib/topics/queries";

export type TopicTimelineProps = { topic: TopicDetail; path: string };

const STACKED_CATEGORIES = 4;

export function TopicTimeline({ topic, path }: TopicTimelineProps) {
  const counts = new Map<string, number>();
  for (const c of topic.allPapers.flatMap((p) => p.categories)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, STACKED_CATEGORIES).map(([c]) => c);
  const series: ChartSeries[] = [...top.map((c) => ({ key: c, label: c })), { key: OTHER_SERIES, label: top.length ? "Other or no category" : "Papers" }];
  const items = topic.allPapers.map((p) => ({ year: p.year, series: p.categories.find((c) => top.includes(c)) ?? OTHER_SERIES }));
  const data = yearChartData(items, series, {
    selectedYear: topic.year,
    yearHref: (year) => (topic.year === year ? path : `${path}?year=${year}`),
  });
  const undated = topic.allPapers.filter((p) => p.year === null).length;
  return (
    <>
      <YearChart {...data} label={top.length ? "Papers per year by category" : "Papers per year"} />
      {undated > 0 ? <p className="mt-2 text-sm text-muted">{undated === 1 ? "1 undated paper is" : `${undated} undated papers are`} not in the chart.</p> : null}
    </>
  );
}
