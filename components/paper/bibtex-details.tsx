// The BibTeX entry on the page, folded away until asked for, with the link to the
// plain-text entry that reference managers can fetch.
import { paperBibtex, type BibtexPaper } from "@/lib/papers/bibtex";

export type BibtexDetailsProps = { paper: BibtexPaper; path: string };

export function BibtexDetails({ paper, path }: BibtexDetailsProps) {
  return (
    <details className="group rounded-lg border border-border bg-surface">
      <summary className="cursor-pointer px-4 py-3 font-serif text-lg font-semibold">Cite as BibTeX</summary>
      <div className="border-t border-border px-4 py-3">
        <pre className="font-mono text-xs leading-relaxed break-words whitespace-pre-wrap">
          <code>{paperBibtex(paper)}</code>
        </pre>
        <p className="mt-2 text-sm">
          <a href={`${path}/bibtex`} className="text-accent underline underline-offset-4">
            Plain-text entry
          </a>{" "}
          <span className="text-muted">for reference managers</span>
        </p>
      </div>
    </details>
  );
}
