// Shapes items (a year and a series each, e.g. a paper and its main topic) into the
// per-year stacks YearChart draws: every year from the first to the last, gaps included.

export type ChartSeries = { key: string; label: string; href?: string; selected?: boolean };
export type ChartYear = { year: number; total: number; counts: Record<string, number>; href?: string; selected?: boolean };
export type YearChartData = { series: ChartSeries[]; years: ChartYear[] };

export type YearChartOptions = {
  /** The link a year's column leads to (none for a year without items). */
  yearHref?: (year: number) => string;
  selectedYear?: number | null;
};

export function yearChartData(items: { year: number | null; series: string }[], series: ChartSeries[], options: YearChartOptions = {}): YearChartData {
  const dated = items.filter((i): i is { year: number; series: string } => i.year !== null);
  if (dated.length === 0) return { series, years: [] };
  const first = Math.min(...dated.map((i) => i.year));
  const last = Math.max(...dated.map((i) => i.year));
  const years: ChartYear[] = [];
  for (let year = first; year <= last; year++) years.push({ year, total: 0, counts: {}, selected: options.selectedYear === year });
  for (const item of dated) {
    const column = years[item.year - first]!;
    column.total++;
    column.counts[item.series] = (column.counts[item.series] ?? 0) + 1;
  }
  if (options.yearHref) for (const column of years) if (column.total > 0) column.href = options.yearHref(column.year);
  // Only series that occur, so the legend never names an empty one.
  const used = new Set(dated.map((i) => i.series));
  return { series: series.filter((s) => used.has(s.key)), years };
}

/** A round axis step giving at most five gridlines above zero. */
export function axisStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5]) if (max / (step * magnitude) <= 5) return step * magnitude;
  }
}
