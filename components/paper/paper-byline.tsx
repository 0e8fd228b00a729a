// The authors in their listed order, each linking to their page, and an honest "et al."
// when every source cut the list short.
import type { PaperAuthorRef } from "@/lib/papers/queries";

export type PaperBylineProps = { authors: PaperAuthorRef[]; truncated: boolean };

export function PaperByline({ authors, truncated }: PaperBylineProps) {
  if (authors.length === 0) return <p className="text-muted italic">Authors not recorded</p>;
  return (
    <p className="text-base leading-relaxed sm:text-lg">
      {authors.map((author, i) => (
        <span key={author.slug}>
          {i > 0 ? ", " : null}
          <a href={`/authors/${author.slug}`} className="font-medium underline decoration-border underline-offset-4 hover:text-accent hover:decoration-accent">
            {author.name}
          </a>
        </span>
      ))}
      {truncated ? (
        <>
          {" "}
          <span className="text-muted">et al.</span>{" "}
          <span className="text-sm text-muted">(author list incomplete in every source)</span>
        </>
      ) : null}
    </p>
  );
}
