// Papers (already newest first) under one heading per year, undated ones last.
import { groupByYear } from "@/lib/authors/profile";
import { PaperEntry, type PaperEntryData } from "./paper-entry";

export type PaperYearGroupsProps = {
  papers: (PaperEntryData & { year: number | null })[];
  currentAuthor?: string;
  currentTopic?: string;
};

export function PaperYearGroups({ papers, currentAuthor, currentTopic }: PaperYearGroupsProps) {
  const groups = groupByYear(papers);
  return (
    <div className="space-y-6">
      {groups.map((group) => {
        const id = `year-${group.year ?? "undated"}`;
        return (
          <section key={id} aria-labelledby={id}>
            <h3 id={id} className="mb-2 flex items-baseline gap-2 border-b border-border pb-1">
              <span className="font-serif text-lg font-semibold">{group.year ?? "Undated"}</span>
              <span className="text-sm text-muted">
                {group.papers.length} {group.papers.length === 1 ? "paper" : "papers"}
              </span>
            </h3>
            <ol className="space-y-3">
              {group.papers.map((paper) => (
                <li key={paper.id}>
                  <PaperEntry paper={paper} currentAuthor={currentAuthor} currentTopic={currentTopic} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
