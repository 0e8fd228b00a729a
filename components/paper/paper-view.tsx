// A paper's permalink page: what it is (title, authors, date, categories), what it says
// (the abstract, and how its versions differ), how to cite and share it, and where each
// fact came from, and how it relates to the rest of the library.
import { canonicalPaperKey, paperPath } from "@/lib/papers/paper-key";
import type { PaperDetail } from "@/lib/papers/queries";
import { AbstractVersions } from "./abstract-versions";
import { BibtexDetails } from "./bibtex-details";
import { PaperAbstract } from "./paper-abstract";
import { PaperActions } from "./paper-actions";
import { PaperByline } from "./paper-byline";
import { PaperFacts } from "./paper-facts";
import { PaperJsonLd } from "./paper-json-ld";
import { PaperNeighbours } from "./paper-neighbours";
import { PaperTitle } from "./paper-title";
import { ProvenanceTable } from "./provenance-table";

export type PaperViewProps = { paper: PaperDetail; origin: string };

export function PaperView({ paper, origin }: PaperViewProps) {
  const path = paperPath(canonicalPaperKey(paper));
  return (
    <article aria-labelledby="paper-title" className="space-y-10">
      <header className="space-y-4">
        <PaperTitle id="paper-title" title={paper.title} abstract={paper.abstract} />
        <PaperByline authors={paper.authors} truncated={paper.authorsTruncated} />
        <PaperFacts paper={paper} />
        <PaperActions arxivId={paper.arxivId} path={path} />
      </header>
      <PaperAbstract abstract={paper.abstract} />
      {paper.versions.length > 1 ? <AbstractVersions versions={paper.versions} shown={paper.abstract} /> : null}
      <PaperNeighbours paperId={paper.id} />
      <BibtexDetails paper={paper} path={path} />
      <ProvenanceTable sources={paper.sources} />
      <PaperJsonLd paper={paper} url={`${origin}${path}`} />
    </article>
  );
}
