// Old-style arXiv IDs keep arXiv's slash: /papers/math/0601001 is the paper math/0601001.
import type { Metadata } from "next";
import { GonePaper } from "@/components/paper/gone-paper";
import { PaperView } from "@/components/paper/paper-view";
import { paperMetadata, requestOrigin, requirePaper, type PaperParams } from "../../paper-route";

type PageProps = { params: Promise<Required<PaperParams>> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return paperMetadata(await params);
}

export default async function OldStylePaperPage({ params }: PageProps) {
  const required = await requirePaper(await params);
  if ("gone" in required) return <GonePaper paperKey={required.gone.key} reason={required.gone.reason} />;
  return <PaperView paper={required.paper} origin={await requestOrigin()} />;
}
