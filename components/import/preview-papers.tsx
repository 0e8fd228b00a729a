// The papers an import would bring, grouped by what happens to them: new ones first,
// then those merging into stored papers; the unchanged ones folded away.
import type { PreviewPaper as Paper } from "@/lib/import/preview";
import { PreviewPaper } from "./preview-paper";

function Group({ id, title, papers }: { id: string; title: string; papers: Paper[] }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="font-serif text-lg font-semibold">
        {title} ({papers.length})
      </h3>
      <ol className="mt-2 space-y-3">
        {papers.map((p, i) => (
          <li key={`${p.sources[0]?.file}:${p.sources[0]?.line}:${i}`}>
            <PreviewPaper paper={p} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function PreviewPapers({ papers }: { papers: Paper[] }) {
  const of = (kind: Paper["kind"]) => papers.filter((p) => p.kind === kind);
  const [fresh, merged, unchanged] = [of("new"), of("merged"), of("unchanged")];
  return (
    <div className="space-y-6">
      {fresh.length > 0 ? <Group id="preview-new" title="New papers" papers={fresh} /> : null}
      {merged.length > 0 ? <Group id="preview-merged" title="Merging with stored papers" papers={merged} /> : null}
      {unchanged.length > 0 ? (
        <details open={fresh.length + merged.length === 0}>
          <summary className="cursor-pointer font-serif text-lg font-semibold">Already in the library, unchanged ({unchanged.length})</summary>
          <ol className="mt-2 space-y-3">
            {unchanged.map((p, i) => (
              <li key={`${p.sources[0]?.file}:${p.sources[0]?.line}:${i}`}>
                <PreviewPaper paper={p} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
