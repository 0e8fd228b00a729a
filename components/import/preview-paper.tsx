// One paper in the import preview: what would happen to it, its fields as parsed, the
// stored paper it merges with (and why) or already is, and the lines it came from.
import Link from "next/link";
import { paperPath } from "@/lib/papers/paper-key";
import { abstractExcerpt, formatPublishedAt } from "@/lib/papers/paper-text";
import type { PreviewPaper as Paper } from "@/lib/import/preview";
import { ChangeBadge } from "./change-badge";

const MAX_AUTHORS = 12;

function Authors({ authors, truncated }: { authors: string[]; truncated: boolean }) {
  if (authors.length === 0) return <p className="mt-1 text-sm text-muted italic">No authors listed</p>;
  const shown = authors.slice(0, MAX_AUTHORS);
  const more = authors.length - shown.length;
  return (
    <p className="mt-1 text-sm">
      {shown.join(", ")}
      {more > 0 ? <span className="text-muted"> and {more} more</span> : null}
      {truncated ? <span className="text-muted"> et al.</span> : null}
    </p>
  );
}

function StoredLink({ paper }: { paper: Paper }) {
  if (!paper.key) return null;
  const link = (
    <Link href={paperPath(paper.key)} className="font-medium text-accent underline underline-offset-2">
      {paper.mergesWith?.title ?? paper.title ?? paper.key}
    </Link>
  );
  if (paper.kind === "merged") {
    return (
      <p className="mt-2 text-sm">
        Merges with {link}
        {paper.mergesWith ? <span className="text-muted"> — {paper.mergesWith.reason}</span> : null}
      </p>
    );
  }
  return (
    <p className="mt-2 text-sm text-muted">
      Already in the library as {link}
      {paper.mergesWith ? <> — {paper.mergesWith.reason}</> : null}
    </p>
  );
}

export function PreviewPaper({ paper }: { paper: Paper }) {
  return (
    <article className="rounded-lg border border-border bg-surface p-4 shadow-xs">
      <div className="flex items-start gap-2">
        <ChangeBadge change={paper.kind} />
        <h4 className="font-serif text-base leading-snug font-semibold text-pretty">
          {paper.title ?? (
            <>
              <span className="mr-1 rounded bg-untitled px-1.5 py-0.5 font-sans text-xs font-semibold text-untitled-foreground uppercase">Untitled</span>
              <span className="font-normal text-muted italic">{abstractExcerpt(paper.abstract) || "no title or abstract"}</span>
            </>
          )}
        </h4>
      </div>
      <Authors authors={paper.authors} truncated={paper.authorsTruncated} />
      <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        {paper.publishedAt ? <time dateTime={paper.publishedAt}>{formatPublishedAt(paper.publishedAt)}</time> : <span className="italic">Undated</span>}
        {paper.arxivId ? <span className="font-mono text-xs">arXiv:{paper.arxivId}</span> : <span className="text-xs italic">no arXiv ID</span>}
        {paper.categories.map((c) => (
          <span key={c} className="rounded bg-chip px-1.5 py-0.5 font-mono text-xs text-chip-foreground">
            {c}
          </span>
        ))}
      </div>
      {paper.abstract ? <p className="mt-2 line-clamp-3 text-sm leading-relaxed text-muted">{paper.abstract}</p> : null}
      <StoredLink paper={paper} />
      <p className="mt-2 font-mono text-xs text-muted">
        {paper.sources.map((s, i) => (
          <span key={`${s.file}:${s.line}`}>
            {i > 0 ? " · " : null}
            {s.file}:{s.line} ({s.format})
          </span>
        ))}
      </p>
    </article>
  );
}
