// The preview's cautions: pairs that look alike but were kept apart (possible
// duplicates), and warnings with the file and line they point at.
import type { ImportPreview } from "@/lib/import/preview";

export function PreviewDuplicates({ duplicates }: { duplicates: ImportPreview["duplicates"] }) {
  if (duplicates.length === 0) return null;
  return (
    <section aria-labelledby="preview-duplicates">
      <h3 id="preview-duplicates" className="font-serif text-lg font-semibold">
        Possible duplicates ({duplicates.length})
      </h3>
      <p className="text-sm text-muted">These look alike but not enough to merge; both are kept.</p>
      <ul className="mt-2 space-y-2 text-sm">
        {duplicates.map((d, i) => (
          <li key={i} className="rounded-lg border border-border bg-surface px-3 py-2">
            “{d.a}” and “{d.b}” <span className="text-muted">— {d.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const OPEN_UP_TO = 10;

export function PreviewWarnings({ warnings }: { warnings: ImportPreview["warnings"] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="preview-warnings">
      <details open={warnings.length <= OPEN_UP_TO}>
        <summary className="cursor-pointer">
          <h3 id="preview-warnings" className="inline font-serif text-lg font-semibold">
            Warnings ({warnings.length})
          </h3>
        </summary>
        <ul className="mt-2 divide-y divide-border rounded-lg border border-border bg-surface font-mono text-xs">
          {warnings.map((w, i) => (
            <li key={i} className="px-3 py-1.5">
              <span className="text-muted">
                {w.file}:{w.line}
              </span>{" "}
              <span className="font-sans text-sm">{w.message}</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
