// The paper's heading: its title typeset (KaTeX for $…$), or, when no source gave one,
// a clearly marked excerpt of the abstract; never an invented title.
import { abstractExcerpt } from "@/lib/papers/paper-text";
import { richTextHtml } from "@/lib/papers/rich-text";

export type PaperTitleProps = { title: string | null; abstract: string | null; id: string };

const EXCERPT_WORDS = 15;

export function PaperTitle({ title, abstract, id }: PaperTitleProps) {
  const heading = "font-serif text-2xl leading-tight font-semibold text-pretty sm:text-3xl";
  if (title) return <h1 id={id} className={heading} dangerouslySetInnerHTML={{ __html: richTextHtml(title) }} />;
  return (
    <div>
      <h1 id={id} className={heading}>
        <span className="mr-2 inline-block rounded bg-untitled px-1.5 py-0.5 align-[0.2em] font-sans text-xs font-semibold tracking-wide text-untitled-foreground uppercase">
          Untitled
        </span>
        <span className="sr-only">: </span>
        <span className="font-normal text-muted italic">
          {abstract ? abstractExcerpt(abstract, EXCERPT_WORDS) : "no title or abstract recorded"}
        </span>
      </h1>
      <p className="mt-2 text-sm text-muted">No source gave this paper a title; above are the first words of its abstract.</p>
    </div>
  );
}
