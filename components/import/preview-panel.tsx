// The preview of an import: one line saying what would happen with the button that does
// it, then the files as read, the papers, possible duplicates and warnings.
import type { ImportPreview } from "@/lib/import/preview";
import { PreviewFiles } from "./preview-files";
import { PreviewDuplicates, PreviewWarnings } from "./preview-notes";
import { PreviewPapers } from "./preview-papers";

export type PreviewPanelProps = { preview: ImportPreview; stale: boolean; importing: boolean; onImport: () => void };

const papersWord = (n: number) => (n === 1 ? "paper" : "papers");

function summaryText({ summary, papers, files }: ImportPreview): string {
  const found = `${papers.length} ${papersWord(papers.length)} in ${files.length} ${files.length === 1 ? "file" : "files"}`;
  return `${found}: ${summary.papersNew} new, ${summary.papersMerged} merged, ${summary.papersUnchanged} unchanged`;
}

export function PreviewPanel({ preview, stale, importing, onImport }: PreviewPanelProps) {
  const changing = preview.summary.papersNew + preview.summary.papersMerged;
  return (
    <section aria-labelledby="preview-heading" aria-busy={stale} className="space-y-5">
      <div className="sticky top-2 z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-border bg-surface/95 px-4 py-3 shadow-sm backdrop-blur">
        <div>
          <h2 id="preview-heading" className="font-serif text-xl font-semibold">
            Preview
          </h2>
          <p role="status" className="text-sm text-muted">
            {summaryText(preview)}
            {preview.duplicates.length > 0 ? ` · ${preview.duplicates.length} possible duplicates` : ""}
            {preview.warnings.length > 0 ? ` · ${preview.warnings.length} warnings` : ""}
            {stale ? " · updating…" : ""}
          </p>
        </div>
        <button
          type="button"
          onClick={onImport}
          disabled={changing === 0 || stale || importing}
          className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-background hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {importing ? "Importing…" : changing === 0 ? "Nothing to import" : `Import ${changing} ${papersWord(changing)}`}
        </button>
      </div>
      <div className={`space-y-6 transition-opacity ${stale ? "opacity-60" : ""}`}>
        <PreviewFiles files={preview.files} />
        <PreviewPapers papers={preview.papers} />
        <PreviewDuplicates duplicates={preview.duplicates} />
        <PreviewWarnings warnings={preview.warnings} />
      </div>
    </section>
  );
}
