// One paper in an author's or a topic's list: typeset title linking to its permalink,
// linked authors (the page's own author in bold), date, role, categories and topic chips.
import { PaperTitleText } from "@/components/paper-title-text";
import { formatPublishedAt } from "@/lib/papers/paper-text";
import type { AuthorRef, AuthorRole, TopicRef } from "@/lib/authors/profile";
import { richTextHtml } from "@/lib/papers/rich-text";
import { paperPath } from "@/lib/papers/paper-key";

export type PaperEntryData = {
  id: number;
  key: string;
  arxivId: string | null;
  title: string | null;
  abstract: string | null;
  publishedAt: string | null;
  authors: AuthorRef[];
  authorsTruncated: boolean;
  categories: string[];
  topics: TopicRef[];
  role?: AuthorRole;
};

/** The page's own author (shown in bold, not linked) and topic (its chip filled). */
export type PaperEntryProps = { paper: PaperEntryData; currentAuthor?: string; currentTopic?: string };

const ROLE_LABELS: Record<AuthorRole, string | null> = { first: "First author", last: "Last author", solo: "Sole author", middle: null };
const MAX_TOPICS = 5;

export function PaperEntry({ paper, currentAuthor, currentTopic }: PaperEntryProps) {
  const role = paper.role ? ROLE_LABELS[paper.role] : null;
  return (
    <article className="rounded-lg border border-border bg-surface p-4 shadow-xs">
      <h4 className="font-serif text-base leading-snug font-semibold text-pretty sm:text-lg">
        <a href={paperPath(paper.key)} className="hover:text-accent hover:underline">
          <PaperTitleText title={paper.title} abstract={paper.abstract} />
        </a>
      </h4>
      <AuthorLine paper={paper} currentAuthor={currentAuthor} />
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-muted">
        {paper.publishedAt ? <time dateTime={paper.publishedAt}>{formatPublishedAt(paper.publishedAt)}</time> : <span className="italic">Undated</span>}
        {paper.arxivId ? <span className="font-mono text-xs">arXiv:{paper.arxivId}</span> : null}
        {role ? <span className="rounded border border-border px-1.5 py-0.5 text-xs">{role}</span> : null}
        {paper.categories.length > 0 ? (
          <ul aria-label="Categories" className="flex flex-wrap gap-1.5">
            {paper.categories.map((c) => (
              <li key={c} className="rounded bg-chip px-1.5 py-0.5 font-mono text-xs text-chip-foreground">
                {c}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {paper.topics.length > 0 ? (
        <ul aria-label="Topics" className="mt-2 flex flex-wrap gap-1.5">
          {paper.topics.slice(0, MAX_TOPICS).map((t) => (
            <li key={t.slug}>
              <a
                href={`/topics/${encodeURIComponent(t.slug)}`}
                aria-current={t.slug === currentTopic ? "page" : undefined}
                className="inline-block rounded-full border border-border px-2 py-0.5 text-xs text-accent hover:border-accent aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-background"
              >
                {t.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

function AuthorLine({ paper, currentAuthor }: PaperEntryProps) {
  if (paper.authors.length === 0) return <p className="mt-1.5 text-sm text-muted italic">Authors not recorded</p>;
  return (
    <p className="mt-1.5 text-sm">
      {paper.authors.map((a, i) => (
        <span key={`${a.slug}-${i}`}>
          {i > 0 ? ", " : null}
          {a.slug === currentAuthor ? (
            <strong className="font-semibold">{a.name}</strong>
          ) : (
            <a href={`/authors/${encodeURIComponent(a.slug)}`} className="hover:text-accent hover:underline">
              {a.name}
            </a>
          )}
        </span>
      ))}
      {paper.authorsTruncated ? (
        <>
          <span className="text-muted"> et al.</span>{" "}
          <span className="ml-1 inline-block rounded bg-untitled px-1.5 py-0.5 align-[0.1em] text-xs text-untitled-foreground">author list cut</span>
        </>
      ) : null}
    </p>
  );
}
