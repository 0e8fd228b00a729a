// The words of a paper's title wherever a server component shows one: the title typeset
// (KaTeX for $…$), or, untitled, a marked excerpt of the abstract. Never an invented
// title. Client components use PaperTitleHtml with HTML the server rendered.
import { PaperTitleHtml } from "@/components/paper-title-html";
import { richTextHtml } from "@/lib/papers/rich-text";

export type PaperTitleTextProps = {
  title: string | null;
  abstract: string | null;
  excerptWords?: number;
};

export function PaperTitleText({ title, abstract, excerptWords }: PaperTitleTextProps) {
  return <PaperTitleHtml titleHtml={title ? richTextHtml(title) : null} abstract={abstract} excerptWords={excerptWords} />;
}
