// GET /papers/<arXiv ID or slug>/bibtex: the paper's BibTeX entry, as arXiv writes it.
import { bibtexResponse } from "../../bibtex-response";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const { key } = await params;
  return bibtexResponse([key]);
}
