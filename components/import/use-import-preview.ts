// The live preview: ~400 ms after the dumps stop changing, POST /api/import?dryRun=1 and
// keep the answer; a newer edit aborts the request in flight. Too-large dumps are refused
// here, before sending.
import { useEffect, useState } from "react";
import { IMPORT_LIMIT_BYTES, tooLargeMessage } from "@/lib/http/import-limits";
import type { ImportPreview } from "@/lib/import/preview";
import { apiFailure, networkFailure, type ApiFailure } from "./api-error";
import { importFormData, importUrl, totalBytes, type DumpSource } from "./import-sources";

export type PreviewState =
  | { status: "empty" }
  | { status: "too-large"; message: string }
  | { status: "loading"; preview: ImportPreview | null }
  | { status: "ready"; preview: ImportPreview }
  | { status: "failed"; failure: ApiFailure };

const DEBOUNCE_MS = 400;

async function fetchPreview(sources: DumpSource[], format: string, signal: AbortSignal): Promise<PreviewState> {
  try {
    const response = await fetch(importUrl(true, format), { method: "POST", body: importFormData(sources), signal });
    if (!response.ok) return { status: "failed", failure: await apiFailure(response) };
    return { status: "ready", preview: (await response.json()) as ImportPreview };
  } catch {
    return { status: "failed", failure: networkFailure };
  }
}

export function useImportPreview(sources: DumpSource[], format: string): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: "empty" });

  useEffect(() => {
    if (sources.length === 0) return setState({ status: "empty" });
    const bytes = totalBytes(sources);
    if (bytes > IMPORT_LIMIT_BYTES) return setState({ status: "too-large", message: tooLargeMessage(bytes) });
    // Keep showing the last preview, dimmed, while the next one is computed.
    setState((s) => ({ status: "loading", preview: s.status === "ready" || s.status === "loading" ? s.preview : null }));
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const next = await fetchPreview(sources, format, controller.signal);
      if (!controller.signal.aborted) setState(next);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [sources, format]);

  return state;
}
