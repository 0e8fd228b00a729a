// /import/history/<id>: one batch — its facts, the papers it changed (linking to them)
// and, for an import still in the library, the undo (import session needed).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { batchTitle } from "@/components/import/batch-list";
import { BatchFacts } from "@/components/import/batch-facts";
import { BatchPapers } from "@/components/import/batch-papers";
import { UndoPanel } from "@/components/import/undo-panel";
import { env } from "@/lib/env";
import { getBatch, listBatches } from "@/lib/import/history";
import { libraryDb } from "@/lib/http/library-db";
import { hasImportSession } from "../../import-session";

type PageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const batchId = (raw: string) => (/^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const id = batchId((await params).id);
  const batch = id === null ? null : getBatch(libraryDb(), id);
  return { title: batch ? batchTitle(batch) : "Batch not found" };
}

export default async function BatchPage({ params, searchParams }: PageProps) {
  await connection();
  const id = batchId((await params).id);
  const batch = id === null ? null : getBatch(libraryDb(), id);
  if (!batch) notFound();
  const { confirm, refused } = await searchParams;
  const undoneBy = batch.undoneAt ? (listBatches(libraryDb()).find((b) => b.undoesBatchId === batch.id) ?? null) : null;
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link href="/import/history" className="text-accent underline-offset-4 hover:underline">
            ← Import history
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-semibold tracking-tight">{batchTitle(batch)}</h1>
      </header>
      <BatchFacts batch={batch} undoneBy={undoneBy} />
      <UndoPanel
        batch={batch}
        canWrite={await hasImportSession()}
        importEnabled={!!env.IMPORT_TOKEN}
        confirming={confirm === "undo"}
        refused={typeof refused === "string" ? refused : undefined}
      />
      {batch.kind === "import" ? <BatchPapers papers={batch.papers} undone={!!batch.undoneAt} /> : null}
    </div>
  );
}
