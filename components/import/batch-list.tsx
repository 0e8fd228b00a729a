// The import history: every batch, newest first, with when, what it read (names and a
// short content hash), what it did and whether it was undone. A table on wide screens;
// below that the same facts as one card per batch.
import Link from "next/link";
import type { BatchSummary } from "@/lib/import/history";
import { fileName } from "@/components/paper/source-label";
import { BatchTime } from "./batch-time";

export type BatchListProps = { batches: BatchSummary[] };

const shortHash = (hash: string) => hash.slice(0, 10);

export function batchTitle(b: Pick<BatchSummary, "id" | "kind">): string {
  return b.kind === "undo" ? `Undo #${b.id}` : `Import #${b.id}`;
}

function Counts({ b }: { b: BatchSummary }) {
  if (b.kind === "undo") return <>{b.papersRemoved} removed, {b.papersMerged} restored</>;
  return <>{b.papersNew} new, {b.papersMerged} merged, {b.papersUnchanged} unchanged</>;
}

/** File names, full paths on hover: the CLI stores the paths it was given. */
function Sources({ names }: { names: string[] }) {
  return (
    <ul className="font-mono text-xs">
      {names.map((name, i) => (
        <li key={i} title={name} className="max-w-64 truncate">
          {fileName(name)}
        </li>
      ))}
    </ul>
  );
}

function Status({ b, batches }: { b: BatchSummary; batches: BatchSummary[] }) {
  if (b.kind === "undo") {
    return b.undoesBatchId ? (
      <span>
        undoes{" "}
        <Link href={`/import/history/${b.undoesBatchId}`} className="text-accent underline underline-offset-2">
          #{b.undoesBatchId}
        </Link>
      </span>
    ) : null;
  }
  if (!b.undoneAt) return <span className="text-muted">in the library</span>;
  const undo = batches.find((u) => u.undoesBatchId === b.id);
  return (
    <span className="font-semibold text-red-800 dark:text-red-300">
      undone{undo ? <> by <Link href={`/import/history/${undo.id}`} className="text-accent underline underline-offset-2">#{undo.id}</Link></> : null}
    </span>
  );
}

function BatchLink({ b }: { b: BatchSummary }) {
  return (
    <Link href={`/import/history/${b.id}`} className="font-semibold text-accent underline-offset-4 hover:underline">
      {batchTitle(b)}
    </Link>
  );
}

export function BatchList({ batches }: BatchListProps) {
  if (batches.length === 0) return <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted">No imports yet.</p>;
  return (
    <>
      <table className="hidden w-full border-separate border-spacing-0 overflow-hidden rounded-lg border border-border text-left text-sm lg:table">
        <thead className="bg-chip text-chip-foreground">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">Batch</th>
            <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">Time</th>
            <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">Sources</th>
            <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">Content hash</th>
            <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">Papers</th>
            <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">Status</th>
          </tr>
        </thead>
        <tbody className="bg-surface">
          {batches.map((b) => (
            <tr key={b.id} className="align-baseline">
              <td className="border-t border-border px-3 py-2 whitespace-nowrap"><BatchLink b={b} /></td>
              <td className="border-t border-border px-3 py-2 whitespace-nowrap"><BatchTime value={b.createdAt} /></td>
              <td className="border-t border-border px-3 py-2"><Sources names={b.sourceNames} /></td>
              <td className="border-t border-border px-3 py-2 font-mono text-xs" title={b.contentHash || undefined}>{b.contentHash ? shortHash(b.contentHash) : "—"}</td>
              <td className="border-t border-border px-3 py-2"><Counts b={b} /></td>
              <td className="border-t border-border px-3 py-2 whitespace-nowrap"><Status b={b} batches={batches} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="space-y-3 lg:hidden">
        {batches.map((b) => (
          <li key={b.id} className="rounded-lg border border-border bg-surface p-4 text-sm shadow-xs">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <BatchLink b={b} />
              <Status b={b} batches={batches} />
            </div>
            <p className="mt-1 text-muted"><BatchTime value={b.createdAt} /></p>
            <div className="mt-1"><Sources names={b.sourceNames} /></div>
            <p className="mt-1"><Counts b={b} /></p>
            {b.contentHash ? <p className="mt-1 font-mono text-xs text-muted">sha256 {shortHash(b.contentHash)}</p> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
