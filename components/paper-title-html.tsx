// A paper's title from HTML rendered on the server (KaTeX, matched words marked), or,
// when no source gave one, a clearly marked excerpt of the abstract. Safe to use in client
// components: it imports no KaTeX, so the browser never downloads it.
import { abstractExcerpt } from "@/lib/papers/paper-text";

export type PaperTitleHtmlProps = {
  /** The title as safe HTML (lib/papers/rich-text.ts), or null for an untitled paper. */
  titleHtml: string | null;
  abstract: string | null;
  excerptWords?: number;
};

export function PaperTitleHtml({ titleHtml, abstract, excerptWords = 12 }: PaperTitleHtmlProps) {
  // A pasted title may hold one long unbroken run (markup, a URL): it wraps rather than widen the page.
  if (titleHtml !== null) return <span className="wrap-anywhere" dangerouslySetInnerHTML={{ __html: titleHtml }} />;
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
