// One paper in a list: title (or a clearly marked abstract excerpt when no source gave a
// title; we never invent one), authors, date, arXiv ID, categories and the abstract's start.
import type { PaperListEntry } from "@/lib/papers/queries";

export type PaperListItemProps = { paper: PaperListEntry };

const EXCERPT_WORDS = 12;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The first words of an abstract, with "…" when it goes on. */
export function abstractExcerpt(abstract: string, words = EXCERPT_WORDS): string {
  const all = abstract.trim().split(/\s+/);
  if (all.length <= words) return all.join(" ");
  return `${all.slice(0, words).join(" ").replace(/[,;:.]+$/, "")}…`;
}

/** "2023-06-12" → "12 Jun 2023", "2023-06" → "Jun 2023"; anything else as stored. */
export function formatPublishedAt(value: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return value;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

export function PaperListItem({ paper }: PaperListItemProps) {
  const headingId = `paper-${paper.id}-title`;
  const authors = paper.authors.map((a) => a.name).join(", ");

  return (
    <article
      aria-labelledby={headingId}
      className="rounded-lg border border-border bg-surface p-4 shadow-xs sm:p-5"
    >
      <h2 id={headingId} className="font-serif text-lg leading-snug font-semibold text-pretty">
        {paper.title ?? (
          <>
            <span
              title="No source gave this paper a title; this is the start of its abstract."
              className="mr-2 inline-block rounded bg-untitled px-1.5 py-0.5 align-[0.1em] font-sans text-xs font-semibold tracking-wide text-untitled-foreground uppercase"
            >
              Untitled
            </span>
            <span className="sr-only"> — </span>
            <span className="font-normal text-muted italic">
              {paper.abstract ? abstractExcerpt(paper.abstract) : "no title or abstract recorded"}
            </span>
          </>
        )}
      </h2>

      <p className="mt-1.5 text-sm">
        {authors ? (
          <>
            {authors}
            {paper.authorsTruncated ? <span className="text-muted"> et al.</span> : null}
          </>
        ) : (
          <span className="text-muted italic">Authors not recorded</span>
        )}
      </p>

      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-muted">
        {paper.publishedAt ? (
          <time dateTime={paper.publishedAt}>{formatPublishedAt(paper.publishedAt)}</time>
        ) : (
          <span className="italic">Undated</span>
        )}
        {paper.arxivId ? (
          <a
            href={`https://arxiv.org/abs/${paper.arxivId}`}
            className="font-mono text-xs text-accent underline-offset-2 hover:underline"
          >
            arXiv:{paper.arxivId}
          </a>
        ) : null}
        {paper.categories.length > 0 ? (
          <ul aria-label="Categories" className="flex flex-wrap gap-1.5">
            {paper.categories.map((category) => (
              <li
                key={category}
                className="rounded-full bg-chip px-2 py-0.5 font-mono text-xs text-chip-foreground"
              >
                {category}
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      {paper.abstract ? (
        <p className="mt-3 line-clamp-3 text-sm leading-relaxed text-muted">{paper.abstract}</p>
      ) : null}
    </article>
  );
}
