// A publication date said with the precision we have: a day, a month, or a month read
// from the arXiv ID (which encodes when the paper was first submitted).
import { formatPublishedAt } from "@/lib/papers/paper-text";

export type PublishedDateProps = { publishedAt: string | null; precision: string | null };

export function PublishedDate({ publishedAt, precision }: PublishedDateProps) {
  if (!publishedAt) return <span className="text-muted italic">Not recorded</span>;
  const note =
    precision === "id-month" ? "derived from the arXiv ID" : publishedAt.length === 7 ? "month only" : null;
  return (
    <>
      <time dateTime={publishedAt}>{formatPublishedAt(publishedAt)}</time>
      {note ? <span className="text-muted"> ({note})</span> : null}
    </>
  );
}
