// The export formats a search can be downloaded in: each one's request name, file
// extension, content type and renderer, so the route handler only picks one.

import { z } from "zod";
import type { SearchDocument } from "../search/documents";
import type { SearchParams } from "../search/params";
import { papersBibtex } from "./bibtex";
import { papersCsv } from "./csv";
import { exportFilename } from "./filename";
import { papersJson } from "./json";

export const EXPORT_FORMATS = ["bibtex", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { message: `format is one of ${EXPORT_FORMATS.join(", ")}` }),
});

type Format = { extension: string; contentType: string; render: (params: SearchParams, papers: SearchDocument[], origin: string) => string };

const FORMATS: Record<ExportFormat, Format> = {
  bibtex: { extension: "bib", contentType: "application/x-bibtex; charset=utf-8", render: (_, papers) => papersBibtex(papers) },
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8", render: (_, papers, origin) => papersCsv(papers, origin) },
  json: { extension: "json", contentType: "application/json", render: (params, papers, origin) => `${JSON.stringify(papersJson(params, papers, origin), null, 2)}\n` },
};

export type ExportFile = { body: string; contentType: string; filename: string };

/** `papers` are every result of the search, in result order. */
export function exportSearch(format: ExportFormat, params: SearchParams, papers: SearchDocument[], origin: string): ExportFile {
  const { extension, contentType, render } = FORMATS[format];
  return { body: render(params, papers, origin), contentType, filename: exportFilename(params.q, extension) };
}
