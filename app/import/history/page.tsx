// /import/history: every import and undo, newest first. Public: it shows only file
// names, content hashes and counts.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { BatchList } from "@/components/import/batch-list";
import { listBatches } from "@/lib/import/history";
import { libraryDb } from "@/lib/http/library-db";

export const metadata: Metadata = { title: "Import history" };

export default async function ImportHistoryPage() {
  await connection();
  const batches = listBatches(libraryDb());
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div>
          <h1 className="font-serif text-3xl font-semibold tracking-tight">Import history</h1>
          <p className="mt-1 max-w-2xl text-muted">
            Every batch that changed the library, newest first. Open one to see the papers it changed, or to undo it.
          </p>
        </div>
        <Link href="/import" className="text-sm font-medium text-accent underline-offset-4 hover:underline">
          Import papers
        </Link>
      </header>
      <BatchList batches={batches} />
    </div>
  );
}
