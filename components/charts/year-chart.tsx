// A per-year bar chart, stacked by series, drawn on the server as SVG (no JavaScript).
// The SVG is one image with a summary label; the years are real links laid over its
// columns, and a visually hidden list gives every number in words.
import { axisStep, type ChartSeries, type ChartYear, type YearChartData } from "./year-chart-data";

export type YearChartProps = YearChartData & {
  /** What is counted, e.g. "Papers per year by topic": the image's label starts with it. */
  label: string;
  unit?: [singular: string, plural: string];
  className?: string;
};

// Literal class names, so Tailwind finds them; light and dark shades of each.
const FILLS = ["fill-blue-600 dark:fill-blue-400", "fill-amber-500 dark:fill-amber-300", "fill-emerald-600 dark:fill-emerald-400", "fill-rose-500 dark:fill-rose-400", "fill-violet-600 dark:fill-violet-400", "fill-cyan-600 dark:fill-cyan-300"];
const SWATCHES = ["bg-blue-600 dark:bg-blue-400", "bg-amber-500 dark:bg-amber-300", "bg-emerald-600 dark:bg-emerald-400", "bg-rose-500 dark:bg-rose-400", "bg-violet-600 dark:bg-violet-400", "bg-cyan-600 dark:bg-cyan-300"];
const OTHER_FILL = "fill-stone-400 dark:fill-stone-500";
const OTHER_SWATCH = "bg-stone-400 dark:bg-stone-500";

export const OTHER_SERIES = "other";
const fillOf = (series: ChartSeries[], key: string) => {
  if (series.length === 1) return "fill-accent";
  const i = series.findIndex((s) => s.key === key);
  return i >= 0 && i < FILLS.length && key !== OTHER_SERIES ? FILLS[i]! : OTHER_FILL;
};
const swatchOf = (i: number, key: string) => (i < SWATCHES.length && key !== OTHER_SERIES ? SWATCHES[i]! : OTHER_SWATCH);

/** How often a year label is shown: every year when they fit, else round years. */
function labelSteps(count: number): { narrow: number; wide: number } {
  if (count <= 10) return { narrow: 1, wide: 1 };
  if (count <= 20) return { narrow: 2, wide: 1 };
  if (count <= 50) return { narrow: 10, wide: 5 };
  return { narrow: 20, wide: 10 };
}

export function yearSentence(year: ChartYear, series: ChartSeries[], unit: [string, string]): string {
  const head = `${year.year}: ${year.total} ${year.total === 1 ? unit[0] : unit[1]}`;
  const parts = series.filter((s) => year.counts[s.key]).map((s) => `${s.label} ${year.counts[s.key]}`);
  return series.length > 1 && parts.length ? `${head} (${parts.join(", ")})` : head;
}

export function YearChart({ series, years, label, unit = ["paper", "papers"], className }: YearChartProps) {
  if (years.length === 0) return <p className="text-sm text-muted italic">No dated {unit[1]} to chart.</p>;
  const step = axisStep(Math.max(...years.map((y) => y.total)));
  const max = Math.max(step, Math.ceil(Math.max(...years.map((y) => y.total)) / step) * step);
  const ticks = Array.from({ length: max / step + 1 }, (_, i) => i * step);
  // A chosen year or series stays bright, the rest fades.
  const anySelected = years.some((y) => y.selected);
  const faded = new Set(series.some((s) => s.selected) ? series.filter((s) => !s.selected).map((s) => s.key) : []);
  const steps = labelSteps(years.length);
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  const summary = `${label}, ${first === last ? first : `${first} to ${last}`}: ${years.reduce((n, y) => n + y.total, 0)} ${unit[1]}, at most ${Math.max(...years.map((y) => y.total))} in a year.`;
  const columns = { gridTemplateColumns: `repeat(${years.length}, minmax(0, 1fr))` };

  return (
    <figure className={className}>
      <div className="flex gap-2">
        <div aria-hidden="true" className="relative h-44 w-6 shrink-0 text-right font-mono text-[0.7rem] text-muted">
          {ticks.map((t) => (
            <span key={t} className="absolute right-0 translate-y-1/2 leading-none" style={{ bottom: `${(t / max) * 100}%` }}>
              {t}
            </span>
          ))}
        </div>
        {/* Wide columns for a few years would be slabs: at most 10rem a year. */}
        <div className="relative min-w-0 flex-1 pb-6" style={{ maxWidth: `${years.length * 10}rem` }}>
          <svg role="img" aria-label={summary} viewBox={`0 0 ${years.length * 100} 100`} preserveAspectRatio="none" className="block h-44 w-full overflow-visible">
            {ticks.map((t) => (
              <line key={t} x1={0} x2={years.length * 100} y1={100 - (t / max) * 100} y2={100 - (t / max) * 100} vectorEffect="non-scaling-stroke" className={t === 0 ? "stroke-muted" : "stroke-border"} strokeWidth={1} />
            ))}
            {years.map((y, i) => (
              <g key={y.year} className={anySelected && !y.selected ? "opacity-35" : undefined}>
                {stack(y, series).map(({ key, from, count }) => (
                  <rect key={key} x={i * 100 + 18} width={64} y={100 - ((from + count) / max) * 100} height={(count / max) * 100} className={`${fillOf(series, key)}${faded.has(key) ? " opacity-35" : ""}`} />
                ))}
              </g>
            ))}
          </svg>
          <ol className="absolute inset-0 grid" style={columns}>
            {years.map((y) => (
              <YearColumn key={y.year} year={y} unit={unit} showLabel={{ narrow: y.year % steps.narrow === 0, wide: y.year % steps.wide === 0 }} />
            ))}
          </ol>
        </div>
      </div>
      <ul className="sr-only">
        {years.filter((y) => y.total > 0).map((y) => (
          <li key={y.year}>{yearSentence(y, series, unit)}</li>
        ))}
      </ul>
      {series.length > 1 ? <Legend series={series} /> : null}
    </figure>
  );
}

/** Bottom-up segments of one year's bar, in series order, "other" on top. */
function stack(year: ChartYear, series: ChartSeries[]) {
  let from = 0;
  return series
    .filter((s) => year.counts[s.key])
    .map((s) => {
      const segment = { key: s.key, from, count: year.counts[s.key]! };
      from += segment.count;
      return segment;
    });
}

type YearColumnProps = { year: ChartYear; unit: [string, string]; showLabel: { narrow: boolean; wide: boolean } };

function YearColumn({ year, unit, showLabel }: YearColumnProps) {
  // Hidden labels stay in the accessibility tree (sr-only), so every link has a name.
  const labelClass = `${showLabel.narrow ? "" : "sr-only"} ${showLabel.wide ? "sm:not-sr-only" : "sm:sr-only"}`;
  const count = <span className="sr-only">, {year.total} {year.total === 1 ? unit[0] : unit[1]}</span>;
  const inner = (
    <span className="absolute inset-x-0 bottom-0 h-6 text-center font-mono text-xs leading-6 tabular-nums">
      <span className={labelClass}>{year.year}</span>
      {count}
    </span>
  );
  return (
    <li className="relative">
      {year.href ? (
        <a
          href={year.href}
          aria-current={year.selected ? "true" : undefined}
          title={year.selected ? `Show every year` : `Show only ${year.year}`}
          className="absolute inset-0 rounded-sm text-muted hover:bg-chip/60 hover:text-foreground aria-[current=true]:font-semibold aria-[current=true]:text-foreground"
        >
          {inner}
        </a>
      ) : (
        <span className="absolute inset-0 text-muted">{inner}</span>
      )}
    </li>
  );
}

function Legend({ series }: { series: ChartSeries[] }) {
  return (
    <ul aria-label="Legend" className="mt-3 flex flex-wrap gap-x-4 gap-y-1.5 text-sm">
      {series.map((s, i) => {
        const swatch = <span aria-hidden="true" className={`inline-block size-3 shrink-0 rounded-sm ${swatchOf(i, s.key)}`} />;
        return (
          <li key={s.key} className="flex min-w-0 items-center gap-1.5">
            {swatch}
            {s.href ? (
              <a href={s.href} aria-current={s.selected ? "true" : undefined} className="truncate text-foreground underline-offset-2 hover:text-accent hover:underline aria-[current=true]:font-semibold">
                {s.label}
              </a>
            ) : (
              <span className="truncate text-muted">{s.label}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
