// The side column of an author page: coauthors by shared papers (links to their pages),
// the author's most frequent topics (links that filter the list) and categories.
import type { ReactNode } from "react";
import { filterHref } from "@/lib/authors/filters";
import type { AuthorProfile } from "@/lib/authors/queries";

export type AuthorFactsProps = { profile: AuthorProfile; path: string };

const SHOWN = 12;
// A prolific author has hundreds of coauthors and topics: past this many the page would
// carry hundreds of kilobytes of links nobody scrolls to (667 kB for 301 papers).
const DISCLOSED = 100;

export function AuthorFacts({ profile, path }: AuthorFactsProps) {
  const { coauthors, topics, categories, filters } = profile;
  return (
    <div className="space-y-8">
      <FactSection title="Coauthors" empty="No coauthors recorded." count={coauthors.length}>
        <CountList
          items={coauthors.map((c) => ({ key: c.slug, label: c.name, href: `/authors/${encodeURIComponent(c.slug)}`, count: c.count, title: `${c.count} shared ${c.count === 1 ? "paper" : "papers"}` }))}
        />
      </FactSection>
      <FactSection title="Frequent topics" empty="No topics computed yet." count={topics.length}>
        <CountList
          items={topics.map((t) => ({
            key: t.slug,
            label: t.label,
            href: filterHref(path, filters, { topic: filters.topic === t.slug ? undefined : t.slug }),
            current: filters.topic === t.slug,
            count: t.count,
            title: `Show only papers on ${t.label}`,
          }))}
        />
      </FactSection>
      <FactSection title="Categories" empty="No categories recorded." count={categories.length}>
        <ul className="flex flex-wrap gap-1.5">
          {categories.map((c) => (
            <li key={c.category} className="rounded bg-chip px-2 py-0.5 font-mono text-xs text-chip-foreground">
              {c.category} <span className="sr-only">:</span>
              <span className="ml-1 opacity-80">{c.count}</span>
            </li>
          ))}
        </ul>
      </FactSection>
    </div>
  );
}

function FactSection({ title, empty, count, children }: { title: string; empty: string; count: number; children: ReactNode }) {
  const id = `facts-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-sm font-semibold tracking-wide text-muted uppercase">
        {title}
      </h2>
      {count === 0 ? <p className="text-sm text-muted italic">{empty}</p> : children}
    </section>
  );
}

type CountItem = { key: string; label: string; href: string; count: number; title: string; current?: boolean };

/** The first SHOWN items, the rest behind a disclosure (works without JavaScript);
 * a short list is shown whole rather than hide two or three names. */
function CountList({ items }: { items: CountItem[] }) {
  const shown = items.length <= SHOWN + 3 ? items.length : SHOWN;
  const row = (item: CountItem) => (
    <li key={item.key} className="flex items-baseline justify-between gap-3 py-1">
      <a href={item.href} title={item.title} aria-current={item.current ? "true" : undefined} className="min-w-0 break-words hover:text-accent hover:underline aria-[current=true]:font-semibold aria-[current=true]:text-accent">
        {item.label}
      </a>
      <span className="shrink-0 font-mono text-xs text-muted tabular-nums">
        {item.count}
        <span className="sr-only"> {item.count === 1 ? "paper" : "papers"}</span>
      </span>
    </li>
  );
  return (
    <>
      <ul className="divide-y divide-border text-sm">{items.slice(0, shown).map(row)}</ul>
      {items.length > shown ? (
        <details className="text-sm">
          <summary className="cursor-pointer py-1 text-accent">{items.length - shown} more</summary>
          <ul className="divide-y divide-border">{items.slice(shown, DISCLOSED).map(row)}</ul>
          {items.length > DISCLOSED ? <p className="py-1 text-muted">… and {items.length - DISCLOSED} with fewer papers</p> : null}
        </details>
      ) : null}
    </>
  );
}
