// Home: every paper in the library, newest first. A placeholder until the faceted search
// page replaces it; it reads the database on each request.
import { connection } from "next/server";
import { PaperListItem } from "@/components/paper-list-item";
import { listPapers } from "@/lib/papers/queries";

export default async function HomePage() {
  // The SQLite driver is synchronous, so without this the read would run at build time.
  await connection();
  const papers = await listPapers();
  const count = `${papers.length} ${papers.length === 1 ? "paper" : "papers"}`;

  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="font-serif text-3xl font-semibold tracking-tight">Library</h1>
        <p className="text-sm text-muted">
          <span className="font-semibold text-foreground">{count}</span>, newest first
        </p>
      </div>

      {papers.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted">
          No papers yet. Import a listing with{" "}
          <code className="font-mono text-sm text-foreground">npm run import -- seeds/*.txt</code>.
        </p>
      ) : (
        <ol aria-label="Papers" className="space-y-4">
          {papers.map((paper) => (
            <li key={paper.id}>
              <PaperListItem paper={paper} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
