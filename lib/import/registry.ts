// The known dump layouts, and the choice of one for a file: the most confident
// detector wins, unless the caller names a format.

import { abstractIdListLayout } from "./layouts/abstract-id-list";
import { abstractLinesLayout } from "./layouts/abstract-lines";
import { alphaxivFeedLayout } from "./layouts/alphaxiv-feed";
import { arxivAbsLayout } from "./layouts/arxiv-abs";
import { arxivListLayout } from "./layouts/arxiv-list";
import { arxivSearchLayout } from "./layouts/arxiv-search";
import { hfDailyLayout } from "./layouts/hf-daily";
import { hfPaperLayout } from "./layouts/hf-paper";
import { hfSearchLayout } from "./layouts/hf-search";
import { ImportError, type LayoutParser, type Line } from "./types";

export const LAYOUTS: readonly LayoutParser[] = [
  abstractLinesLayout,
  abstractIdListLayout,
  hfSearchLayout,
  alphaxivFeedLayout,
  arxivAbsLayout,
  arxivListLayout,
  arxivSearchLayout,
  hfPaperLayout,
  hfDailyLayout,
];

/** Below this confidence a file is "in no known layout". */
export const MIN_CONFIDENCE = 0.3;

/** The layout `--format` names; an unknown name fails like any bad input, naming the file. */
export function findLayout(name: string, file: string): LayoutParser {
  const layout = LAYOUTS.find((l) => l.name === name);
  if (!layout) throw new ImportError(file, 0, `unknown format "${name}"; known: ${LAYOUTS.map((l) => l.name).join(", ")}`);
  return layout;
}

export function detectLayout(lines: Line[], file: string): LayoutParser {
  if (lines.length === 0) throw new ImportError(file, 1, "the file is empty");
  const scored = LAYOUTS.map((layout) => ({ layout, score: layout.detect(lines) })).sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  if (best.score < MIN_CONFIDENCE) {
    throw new ImportError(
      file,
      lines[0]!.no,
      `text in no known layout (closest: ${best.layout.name} at ${Math.round(best.score * 100)}%); use --format to force one of: ${LAYOUTS.map((l) => l.name).join(", ")}`,
    );
  }
  return best.layout;
}
