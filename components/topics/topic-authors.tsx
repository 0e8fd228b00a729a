// Who writes most about a topic: authors by number of papers on it, linked to their pages.
import type { AuthorRef, Count } from "@/lib/authors/profile";

export type TopicAuthorsProps = { authors: Count<AuthorRef>[] };

const SHOWN = 15;

export function TopicAuthors({ authors }: TopicAuthorsProps) {
  return (
    <section aria-labelledby="topic-authors-heading">
      <h2 id="topic-authors-heading" className="mb-2 text-sm font-semibold tracking-wide text-muted uppercase">
        Authors
      </h2>
      {authors.length === 0 ? (
        <p className="text-sm text-muted italic">No authors recorded for these papers.</p>
      ) : (
        <ul className="divide-y divide-border text-sm">
          {authors.slice(0, SHOWN).map((a) => (
            <li key={a.slug} className="flex items-baseline justify-between gap-3 py-1">
              <a href={`/authors/${encodeURIComponent(a.slug)}`} className="min-w-0 break-words hover:text-accent hover:underline">
                {a.name}
              </a>
              <span className="shrink-0 font-mono text-xs text-muted tabular-nums">
                {a.count}
                <span className="sr-only"> {a.count === 1 ? "paper" : "papers"}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {authors.length > SHOWN ? <p className="mt-1 text-xs text-muted">and {authors.length - SHOWN} more</p> : null}
    </section>
  );
}
