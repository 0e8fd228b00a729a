// The author's list filters as plain links (they work without JavaScript): authorship
// position, and the active year/topic/position filters, each with a link that clears it.
import { filterHref, hasFilters, type AuthorFilters, type PositionFilter } from "@/lib/authors/filters";

export type AuthorFilterBarProps = { path: string; filters: AuthorFilters; topicLabel: (slug: string) => string };

const POSITION_LINKS: { value: PositionFilter | undefined; label: string }[] = [
  { value: undefined, label: "All" },
  { value: "first", label: "First author" },
  { value: "last", label: "Last author" },
  { value: "solo", label: "Sole author" },
];
const POSITION_NAMES: Record<PositionFilter, string> = { first: "first author", last: "last author", solo: "sole author" };

export function AuthorFilterBar({ path, filters, topicLabel }: AuthorFilterBarProps) {
  const active = [
    filters.year !== undefined ? { name: "year", text: `Year: ${filters.year}`, clear: { year: undefined } } : null,
    filters.topic !== undefined ? { name: "topic", text: `Topic: ${topicLabel(filters.topic)}`, clear: { topic: undefined } } : null,
    filters.position !== undefined ? { name: "position", text: `Position: ${POSITION_NAMES[filters.position]}`, clear: { position: undefined } } : null,
  ].filter((f) => f !== null);

  return (
    <div className="space-y-3">
      <nav aria-label="Authorship position" className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-muted">Position:</span>
        {POSITION_LINKS.map(({ value, label }) => (
          <a
            key={label}
            href={filterHref(path, filters, { position: value })}
            aria-current={filters.position === value ? "page" : undefined}
            className="rounded-full border border-border px-3 py-1 hover:border-accent hover:text-accent aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-background"
          >
            {label}
          </a>
        ))}
      </nav>
      {hasFilters(filters) ? (
        <div className="flex flex-wrap items-center gap-2 text-sm" aria-label="Active filters" role="group">
          <span className="text-muted">Filtered by</span>
          {active.map((f) => (
            <span key={f.name} className="inline-flex items-center gap-1 rounded-full bg-chip py-0.5 pr-1 pl-3 text-chip-foreground">
              {f.text}
              <a href={filterHref(path, filters, f.clear)} className="rounded-full px-1.5 leading-tight hover:bg-border hover:text-foreground" aria-label={`Clear ${f.text}`}>
                ×
              </a>
            </span>
          ))}
          <a href={path} className="text-accent underline-offset-2 hover:underline">
            Clear all
          </a>
        </div>
      ) : null}
    </div>
  );
}
