// GET /papers/<archive>/<number>/bibtex: BibTeX for an old-style arXiv ID (math/0601001).
import { bibtexResponse } from "../../../bibtex-response";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string; number: string }> }): Promise<Response> {
  const { key, number } = await params;
  return bibtexResponse([key, number]);
}
