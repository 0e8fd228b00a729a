// The paper's heading: its title typeset (KaTeX for $…$), or, when no source gave one,
// a clearly marked excerpt of the abstract; never an invented title.
import { PaperTitleText } from "@/components/paper-title-text";

export type PaperTitleProps = { title: string | null; abstract: string | null; id: string };

const EXCERPT_WORDS = 15;

export function PaperTitle({ title, abstract, id }: PaperTitleProps) {
  const heading = "font-serif text-2xl leading-tight font-semibold text-pretty sm:text-3xl";
  const h1 = (
    <h1 id={id} className={heading}>
      <PaperTitleText title={title} abstract={abstract} excerptWords={EXCERPT_WORDS} />
    </h1>
  );
  if (title) return h1;
  return (
    <div>
      {h1}
      <p className="mt-2 text-sm text-muted">No source gave this paper a title; above are the first words of its abstract.</p>
    </div>
  );
}
