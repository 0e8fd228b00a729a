// The label of what an import does (or did) to a paper: new, merged into a stored one,
// unchanged. Used by the preview and the batch page.
export type Change = "new" | "merged" | "unchanged";

const STYLES: Record<Change, string> = {
  new: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  merged: "bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-200",
  unchanged: "bg-chip text-chip-foreground",
};

const LABELS: Record<Change, string> = { new: "New", merged: "Merged", unchanged: "Unchanged" };

export function ChangeBadge({ change }: { change: Change }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold tracking-wide uppercase ${STYLES[change]}`}>{LABELS[change]}</span>;
}
