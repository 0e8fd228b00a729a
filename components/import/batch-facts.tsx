// The facts of one batch: kind, time, sources, full content hash, counts and its undo
// state (undone by which batch, or which import an undo reverted).
import Link from "next/link";
import type { ReactNode } from "react";
import type { BatchDetail, BatchSummary } from "@/lib/import/history";
import { BatchTime } from "./batch-time";

export type BatchFactsProps = { batch: BatchDetail; undoneBy: BatchSummary | null };

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="text-sm font-semibold text-muted">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

export function BatchFacts({ batch, undoneBy }: BatchFactsProps) {
  const link = (id: number, label: string) => (
    <Link href={`/import/history/${id}`} className="text-accent underline underline-offset-2">
      {label}
    </Link>
  );
  return (
    <dl className="divide-y divide-border rounded-lg border border-border bg-surface px-4">
      <Fact term="When">
        <BatchTime value={batch.createdAt} />
      </Fact>
      <Fact term="Kind">{batch.kind === "undo" ? <>Undo of {batch.undoesBatchId ? link(batch.undoesBatchId, `import #${batch.undoesBatchId}`) : "an import"}</> : "Import"}</Fact>
      <Fact term={batch.sourceNames.length === 1 ? "Source" : "Sources"}>
        <ul className="font-mono text-sm break-all">
          {batch.sourceNames.map((name, i) => (
            <li key={i}>{name}</li>
          ))}
        </ul>
      </Fact>
      {batch.contentHash ? (
        <Fact term="Content hash">
          <span className="font-mono text-xs break-all">sha256:{batch.contentHash}</span>
        </Fact>
      ) : null}
      <Fact term="Papers">
        {batch.kind === "undo"
          ? `${batch.papersRemoved} removed, ${batch.papersMerged} restored to their earlier sources`
          : `${batch.papersNew} new, ${batch.papersMerged} merged, ${batch.papersUnchanged} unchanged`}
        {batch.warnings > 0 ? <span className="text-muted"> · {batch.warnings} warnings</span> : null}
      </Fact>
      {batch.kind === "import" ? (
        <Fact term="Status">
          {batch.undoneAt ? (
            <span>
              <span className="font-semibold text-red-800 dark:text-red-300">Undone</span> on <BatchTime value={batch.undoneAt} />
              {undoneBy ? <> by {link(undoneBy.id, `undo #${undoneBy.id}`)}</> : null}
            </span>
          ) : (
            "In the library"
          )}
        </Fact>
      ) : null}
    </dl>
  );
}
