// What a reader does next: open the paper on arXiv (abstract page, PDF), copy its
// permalink, or fetch its BibTeX entry.
import { CopyLinkButton } from "./copy-link-button";

export type PaperActionsProps = { arxivId: string | null; path: string };

const ACTION =
  "inline-flex items-center gap-1 rounded-md border border-border bg-surface px-3 py-1.5 text-sm font-medium hover:border-accent hover:text-accent";

export function PaperActions({ arxivId, path }: PaperActionsProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      {arxivId ? (
        <>
          <a href={`https://arxiv.org/abs/${arxivId}`} className={ACTION}>
            arXiv abstract
          </a>
          <a href={`https://arxiv.org/pdf/${arxivId}`} className={ACTION}>
            PDF
          </a>
        </>
      ) : null}
      <CopyLinkButton path={path} className={`${ACTION} cursor-pointer`} />
      <a href={`${path}/bibtex`} className={ACTION}>
        BibTeX
      </a>
    </div>
  );
}
