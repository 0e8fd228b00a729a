// "Where each fact came from": every dump record merged into this paper, with its file,
// lines, layout, the fields it contributed and the import batch that brought it. A table
// from tablet width up; on a phone the same facts as one card per source.
import { formatPublishedAt } from "@/lib/papers/paper-text";
import type { PaperSourceDetail } from "@/lib/papers/queries";
import { fileName, lineRange } from "./source-label";

export type ProvenanceTableProps = { sources: PaperSourceDetail[] };

const FIELD_LABELS: Record<string, string> = { arxivId: "arXiv ID", publishedAt: "date", organization: "organisation" };

const contributed = (source: PaperSourceDetail) => source.fields.map((f) => FIELD_LABELS[f] ?? f).join(", ") || "—";

function Imported({ source }: { source: PaperSourceDetail }) {
  return (
    <>
      batch {source.batchId},{" "}
      <time dateTime={source.importedAt}>{formatPublishedAt(source.importedAt.slice(0, 10))}</time>
    </>
  );
}

export function ProvenanceTable({ sources }: ProvenanceTableProps) {
  return (
    <section aria-labelledby="provenance-heading">
      <h2 id="provenance-heading" className="font-serif text-xl font-semibold">
        Where each fact came from
      </h2>
      <p className="mt-2 max-w-3xl text-sm text-muted">
        {sources.length === 1 ? "One pasted record was" : `${sources.length} pasted records were`} merged into this page.
        Where sources disagree, a complete value beats a cut one, and every abstract is kept.
      </p>

      <table className="mt-3 hidden w-full border-separate border-spacing-0 overflow-hidden rounded-lg border border-border text-left text-sm sm:table">
        <thead className="bg-chip text-chip-foreground">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Source</th>
            <th scope="col" className="px-3 py-2 font-semibold">Layout</th>
            <th scope="col" className="px-3 py-2 font-semibold">Contributed</th>
            <th scope="col" className="px-3 py-2 font-semibold">Imported</th>
          </tr>
        </thead>
        <tbody className="bg-surface">
          {sources.map((source) => (
            <tr key={source.id} className="align-baseline">
              <td className="border-t border-border px-3 py-2">
                <span title={source.file} className="font-mono text-xs">{fileName(source.file)}</span>{" "}
                <span className="whitespace-nowrap text-muted">{lineRange(source.lineStart, source.lineEnd)}</span>
              </td>
              <td className="border-t border-border px-3 py-2 font-mono text-xs whitespace-nowrap">{source.format}</td>
              <td className="border-t border-border px-3 py-2">{contributed(source)}</td>
              <td className="border-t border-border px-3 py-2 whitespace-nowrap">
                <Imported source={source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <ol className="mt-3 space-y-3 sm:hidden">
        {sources.map((source) => (
          <li key={source.id} className="rounded-lg border border-border bg-surface p-3 text-sm">
            <p>
              <span title={source.file} className="font-mono text-xs break-all">{fileName(source.file)}</span>{" "}
              <span className="whitespace-nowrap text-muted">{lineRange(source.lineStart, source.lineEnd)}</span>
            </p>
            <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1">
              <dt className="text-muted">Layout</dt>
              <dd className="font-mono text-xs leading-5">{source.format}</dd>
              <dt className="text-muted">Contributed</dt>
              <dd>{contributed(source)}</dd>
              <dt className="text-muted">Imported</dt>
              <dd>
                <Imported source={source} />
              </dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
