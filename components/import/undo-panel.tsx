// Undoing an import from its page, in two steps without script: "Undo this import…"
// opens a confirmation (?confirm=undo) whose form posts to the undo route. Without the
// import session it says how to get one; a refusal comes back as ?refused=<status>.
import Link from "next/link";
import type { BatchDetail } from "@/lib/import/history";

export type UndoPanelProps = { batch: BatchDetail; canWrite: boolean; importEnabled: boolean; confirming: boolean; refused: string | undefined };

const REFUSALS: Record<string, string> = {
  "401": "The undo needs the import token: sign in on the import page, then try again.",
  "403": "The undo was refused: it came from another site, or importing from the browser is off.",
  "404": "There is no such batch.",
  "409": "This batch cannot be undone: it was already undone, or it is an undo itself.",
  "429": "Too many undos from here in the last minute. Wait a minute, then try again.",
};

function Refusal({ status }: { status: string }) {
  return (
    <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
      {REFUSALS[status] ?? `The undo failed (${status}).`}
    </p>
  );
}

function Explanation({ batch }: { batch: BatchDetail }) {
  return (
    <p className="text-sm text-muted">
      Undoing removes the {batch.papersNew} {batch.papersNew === 1 ? "paper" : "papers"} this import added and takes its sources out of the{" "}
      {batch.papersMerged} it merged into, which are rebuilt from their other sources. Removed papers&apos; links then say they were removed. The undo
      is recorded as a batch of its own.
    </p>
  );
}

export function UndoPanel({ batch, canWrite, importEnabled, confirming, refused }: UndoPanelProps) {
  if (batch.kind !== "import" || batch.undoneAt) return refused ? <Refusal status={refused} /> : null;
  const path = `/import/history/${batch.id}`;
  return (
    <section aria-labelledby="undo-heading" className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 id="undo-heading" className="font-serif text-xl font-semibold">
        Undo
      </h2>
      {refused ? <Refusal status={refused} /> : null}
      <Explanation batch={batch} />
      {!importEnabled ? (
        <p className="text-sm">Importing and undoing from the browser are off on this server (IMPORT_TOKEN is not set).</p>
      ) : !canWrite ? (
        <p className="text-sm">
          Undoing needs the import token:{" "}
          <Link href="/import" className="font-semibold text-accent underline underline-offset-2">
            sign in on the import page
          </Link>
          , then come back.
        </p>
      ) : confirming ? (
        <form method="post" action={`/api/import/batches/${batch.id}/undo`} className="flex flex-wrap items-center gap-3 rounded-lg bg-chip p-3">
          <span className="font-semibold">Undo import #{batch.id}?</span>
          <button type="submit" className="rounded-lg bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800">
            Yes, undo import #{batch.id}
          </button>
          <Link href={path} className="text-sm text-muted underline-offset-4 hover:text-foreground hover:underline">
            Cancel
          </Link>
        </form>
      ) : (
        <Link href={`${path}?confirm=undo`} className="inline-block rounded-lg border border-border px-4 py-2 text-sm font-semibold hover:border-accent hover:text-accent">
          Undo this import…
        </Link>
      )}
    </section>
  );
}
