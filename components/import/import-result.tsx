// What an import did: the counts, and the batch page that lists (and can undo) it.
import Link from "next/link";
import type { ImportSummary } from "@/lib/import/store";

export type ImportOutcome = ImportSummary & { batchUrl: string | null };

export function ImportResult({ result }: { result: ImportOutcome }) {
  return (
    <section role="status" aria-labelledby="import-done" className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-900 dark:bg-emerald-950/40">
      <h2 id="import-done" className="font-serif text-lg font-semibold">
        {result.batchId === null ? "Nothing changed" : `Imported as batch #${result.batchId}`}
      </h2>
      <p className="mt-1">
        {result.papersNew} new, {result.papersMerged} merged, {result.papersUnchanged} unchanged
        {result.duplicates > 0 ? `; ${result.duplicates} possible duplicates noted` : ""}.
        {result.batchId === null ? " Every paper was already in the library as it is." : " The new papers are searchable now."}
      </p>
      {result.batchUrl ? (
        <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
          <Link href={result.batchUrl} className="font-semibold text-accent underline-offset-4 hover:underline">
            See what batch #{result.batchId} changed
          </Link>
          <Link href="/import/history" className="text-accent underline-offset-4 hover:underline">
            Import history
          </Link>
        </p>
      ) : null}
    </section>
  );
}
