// The paper among the others: its topics (each a link to the topic page), up to five
// related papers with the shared terms that explain why, and possible duplicates the
// importer kept apart because the evidence was not enough to merge.
import { PaperTitleText } from "@/components/paper-title-text";
import { getPaperNeighbours, type PaperRef } from "@/lib/papers/neighbours";
import { paperPath } from "@/lib/papers/paper-key";
import { formatPublishedAt } from "@/lib/papers/paper-text";

export type PaperNeighboursProps = { paperId: number };

function PaperLink({ paper }: { paper: PaperRef }) {
  return (
    <a href={paperPath(paper.key)} className="font-serif font-semibold hover:text-accent hover:underline">
      <PaperTitleText title={paper.title} abstract={paper.abstract} />
    </a>
  );
}

export async function PaperNeighbours({ paperId }: PaperNeighboursProps) {
  const { topics, related, duplicates } = await getPaperNeighbours(paperId);
  return (
    <>
      {topics.length > 0 ? (
        <section aria-labelledby="topics-heading">
          <h2 id="topics-heading" className="mb-3 font-serif text-xl font-semibold">Topics</h2>
          <ul aria-label="Topics" className="flex flex-wrap gap-2">
            {topics.map((t) => (
              <li key={t.slug}>
                <a href={`/topics/${t.slug}`} className="inline-block rounded-full border border-border bg-chip px-3 py-1 text-sm text-chip-foreground hover:text-accent hover:underline">
                  {t.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="related-heading">
        <h2 id="related-heading" className="mb-3 font-serif text-xl font-semibold">Related papers</h2>
        {related.length === 0 ? (
          <p className="text-sm text-muted">No paper in the library is close enough in wording to list.</p>
        ) : (
          <ol className="space-y-3">
            {related.map((r) => (
              <li key={r.key} className="rounded-lg border border-border bg-surface p-3">
                <PaperLink paper={r} />
                <p className="mt-1 text-sm text-muted">
                  {r.publishedAt ? `${formatPublishedAt(r.publishedAt)} · ` : null}
                  shares <span className="text-foreground">{r.sharedTerms.join(", ")}</span>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {duplicates.length > 0 ? (
        <section aria-labelledby="duplicates-heading">
          <h2 id="duplicates-heading" className="mb-3 font-serif text-xl font-semibold">Possible duplicates</h2>
          <p className="mb-3 text-sm text-muted">These look alike but the evidence was not enough to merge them, so they are kept apart.</p>
          <ul className="space-y-2">
            {duplicates.map((d) => (
              <li key={d.key}>
                <PaperLink paper={d} /> <span className="text-sm text-muted">({d.reason})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
