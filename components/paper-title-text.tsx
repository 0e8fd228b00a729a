// The words of a paper's title wherever one is shown: the title typeset (KaTeX for $…$,
// matched words marked), or, when no source gave one, a clearly marked excerpt of the
// abstract. Never an invented title.
import { abstractExcerpt } from "@/lib/papers/paper-text";
import { richTextHtml } from "@/lib/papers/rich-text";

export type PaperTitleTextProps = {
  title: string | null;
  abstract: string | null;
  /** Pre-rendered title HTML (search results mark matched words on the server). */
  titleHtml?: string | null;
  excerptWords?: number;
};

export function PaperTitleText({ title, abstract, titleHtml, excerptWords = 12 }: PaperTitleTextProps) {
  // A pasted title may hold one long unbroken run (markup, a URL): it wraps rather than widen the page.
  if (title) return <span className="wrap-anywhere" dangerouslySetInnerHTML={{ __html: titleHtml ?? richTextHtml(title) }} />;
  return (
    <>
      <span className="mr-2 inline-block rounded bg-untitled px-1.5 py-0.5 align-[0.15em] font-sans text-xs font-semibold tracking-wide text-untitled-foreground uppercase">
        Untitled
      </span>
      <span className="sr-only">: </span>
      <span className="font-normal text-muted italic">{abstract ? abstractExcerpt(abstract, excerptWords) : "no title or abstract recorded"}</span>
    </>
  );
}
