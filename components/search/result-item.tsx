// One search hit: title (typeset, matched words marked) linking to the permalink,
// authors linking to their pages, date, categories and the snippet.
import { PaperTitleHtml } from "@/components/paper-title-html";
import { formatPublishedAt } from "@/lib/papers/paper-text";
import type { PresentedResult } from "@/lib/search/present";

export type ResultItemProps = { result: PresentedResult; active: boolean };

export function ResultItem({ result, active }: ResultItemProps) {
  return (
    <article
      data-active={active || undefined}
      className="rounded-lg border border-border bg-surface p-4 shadow-xs data-[active]:ring-2 data-[active]:ring-accent sm:p-5"
    >
      <h2 className="font-serif text-lg leading-snug font-semibold text-pretty">
        <a href={result.url} className="hover:text-accent hover:underline">
          <PaperTitleHtml titleHtml={result.titleHtml} abstract={result.snippet.replace(/^…/, "")} />
        </a>
      </h2>
      {result.authorRefs.length > 0 ? (
        <p className="mt-1.5 text-sm">
          {result.authorRefs.map((a, i) => (
            <span key={a.slug}>
              {i > 0 ? ", " : null}
              <a href={`/authors/${a.slug}`} className="hover:text-accent hover:underline">
                {a.name}
              </a>
            </span>
          ))}
          {result.authorsTruncated ? <span className="text-muted"> et al.</span> : null}
        </p>
      ) : null}
      <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        {result.publishedAt ? <time dateTime={result.publishedAt}>{formatPublishedAt(result.publishedAt)}</time> : <span className="italic">Undated</span>}
        {result.arxivId ? <span className="font-mono text-xs">arXiv:{result.arxivId}</span> : null}
        {result.categories.map((c) => (
          <span key={c} className="rounded bg-chip px-1.5 py-0.5 font-mono text-xs text-chip-foreground">
            {c}
          </span>
        ))}
      </div>
      {result.topics.length > 0 ? (
        <ul aria-label="Topics" className="mt-2 flex flex-wrap gap-1.5">
          {result.topics.map((t) => (
            <li key={t.slug}>
              <a href={`/topics/${t.slug}`} className="inline-block rounded-full border border-border px-2 py-0.5 text-xs text-accent hover:underline">
                {t.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {result.snippetHtml ? <p className="mt-2 text-sm leading-relaxed text-muted wrap-anywhere" dangerouslySetInnerHTML={{ __html: result.snippetHtml }} /> : null}
    </article>
  );
}
