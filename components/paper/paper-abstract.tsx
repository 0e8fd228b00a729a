// The abstract shown for the paper, paragraph by paragraph, formulas typeset by KaTeX.
import { richTextHtml } from "@/lib/papers/rich-text";

export type PaperAbstractProps = { abstract: string | null };

export function PaperAbstract({ abstract }: PaperAbstractProps) {
  const paragraphs = abstract?.split(/\n{2,}/).filter((p) => p.trim()) ?? [];
  return (
    <section aria-labelledby="abstract-heading" className="max-w-3xl">
      <h2 id="abstract-heading" className="font-serif text-xl font-semibold">
        Abstract
      </h2>
      {paragraphs.length === 0 ? (
        <p className="mt-3 text-muted italic">No source gave an abstract.</p>
      ) : (
        <div data-abstract className="mt-3 space-y-3 text-base leading-relaxed wrap-anywhere">
          {paragraphs.map((paragraph, i) => (
            <p key={i} dangerouslySetInnerHTML={{ __html: richTextHtml(paragraph) }} />
          ))}
        </div>
      )}
    </section>
  );
}
