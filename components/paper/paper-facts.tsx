// The paper's facts as a definition list: date, arXiv ID, categories (each a search),
// organisation and comments, each shown only when a source gave it.
import type { ReactNode } from "react";
import type { PaperDetail } from "@/lib/papers/queries";
import { PublishedDate } from "./published-date";

export type PaperFactsProps = { paper: PaperDetail };

export function PaperFacts({ paper }: PaperFactsProps) {
  const facts: [string, ReactNode][] = [["Date", <PublishedDate key="d" publishedAt={paper.publishedAt} precision={paper.datePrecision} />]];
  if (paper.arxivId) facts.push(["arXiv", <span key="a" className="font-mono text-sm">{paper.arxivId}</span>]);
  if (paper.categories.length > 0) {
    facts.push([
      "Categories",
      <ul key="c" className="flex flex-wrap gap-1.5">
        {paper.categories.map((category) => (
          <li key={category}>
            <a
              href={`/?category=${encodeURIComponent(category)}`}
              className="inline-block rounded-full bg-chip px-2.5 py-0.5 font-mono text-xs text-chip-foreground hover:text-accent hover:underline"
            >
              {category}
            </a>
          </li>
        ))}
      </ul>,
    ]);
  }
  if (paper.organization) facts.push(["Organisation", paper.organization]);
  if (paper.comments) facts.push(["Comments", paper.comments]);

  return (
    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] items-baseline gap-x-4 gap-y-2 text-sm">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted">{term}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
