// The papers a batch added or merged into, as they are now, each linking to its page.
import Link from "next/link";
import { PaperTitleText } from "@/components/paper-title-text";
import type { BatchDetail } from "@/lib/import/history";
import { paperPath } from "@/lib/papers/paper-key";
import { ChangeBadge } from "./change-badge";

export type BatchPapersProps = { papers: BatchDetail["papers"]; undone: boolean };

export function BatchPapers({ papers, undone }: BatchPapersProps) {
  return (
    <section aria-labelledby="batch-papers">
      <h2 id="batch-papers" className="font-serif text-xl font-semibold">
        Papers it changed ({papers.length})
      </h2>
      {papers.length === 0 ? (
        <p className="mt-2 text-muted">{undone ? "Undone: the papers it added were removed, those it merged into restored." : "None."}</p>
      ) : (
        <ul className="mt-3 divide-y divide-border rounded-lg border border-border bg-surface">
          {papers.map((p) => (
            <li key={p.key} className="flex items-baseline gap-3 px-4 py-2.5">
              <ChangeBadge change={p.change} />
              <Link href={paperPath(p.key)} className="font-serif leading-snug hover:text-accent hover:underline">
                <PaperTitleText title={p.title} abstract={null} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
