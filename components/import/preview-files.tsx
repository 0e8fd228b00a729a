// The preview's per-file facts: the layout each file was read as, and how its lines
// were accounted for (records, recognised page chrome, warnings).
import type { ImportPreview } from "@/lib/import/preview";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function PreviewFiles({ files }: { files: ImportPreview["files"] }) {
  return (
    <ul aria-label="Files read" className="divide-y divide-border rounded-lg border border-border bg-surface text-sm">
      {files.map((f, i) => (
        <li key={`${f.file}-${i}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2">
          <span className="font-mono text-xs">{f.file}</span>{" "}
          <span>
            read as <span className="rounded bg-chip px-1.5 py-0.5 font-mono text-xs text-chip-foreground">{f.format}</span>
          </span>{" "}
          <span className="text-muted">
            {plural(f.records, "record")}, {plural(f.chromeLines, "line")} of page chrome skipped
            {f.warnings > 0 ? `, ${plural(f.warnings, "warning")}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
