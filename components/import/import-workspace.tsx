"use client";
// The import screen once signed in: dumps in, live preview of what would happen, and the
// one button that writes ("Import N papers"), then the result. Nothing is written before.
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import type { ApiFailure } from "./api-error";
import { apiFailure, networkFailure } from "./api-error";
import { DumpInput, type LayoutOption } from "./dump-input";
import { ImportResult, type ImportOutcome } from "./import-result";
import { importFormData, importUrl, pastedSource, type DumpSource } from "./import-sources";
import { PreviewPanel } from "./preview-panel";
import { useImportPreview } from "./use-import-preview";

export type ImportWorkspaceProps = { layouts: LayoutOption[] };

type Submission = { status: "idle" } | { status: "importing" } | { status: "done"; result: ImportOutcome } | { status: "failed"; failure: ApiFailure };

export function ImportWorkspace({ layouts }: ImportWorkspaceProps) {
  const router = useRouter();
  const [paste, setPaste] = useState("");
  const [files, setFiles] = useState<DumpSource[]>([]);
  const [format, setFormat] = useState("");
  const [submission, setSubmission] = useState<Submission>({ status: "idle" });
  const sources = useMemo(() => {
    const pasted = pastedSource(paste);
    return pasted ? [pasted, ...files] : files;
  }, [paste, files]);
  const preview = useImportPreview(sources, format);
  const importing = submission.status === "importing";

  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    if (submission.status !== "idle") setSubmission({ status: "idle" });
  };

  const runImport = async () => {
    setSubmission({ status: "importing" });
    try {
      const response = await fetch(importUrl(false, format), { method: "POST", body: importFormData(sources) });
      if (!response.ok) return setSubmission({ status: "failed", failure: await apiFailure(response) });
      setSubmission({ status: "done", result: (await response.json()) as ImportOutcome });
      setPaste("");
      setFiles([]);
    } catch {
      setSubmission({ status: "failed", failure: networkFailure });
    }
  };

  return (
    <div className="space-y-6">
      {submission.status === "done" ? <ImportResult result={submission.result} /> : null}
      <DumpInput
        paste={paste}
        onPaste={edit(setPaste)}
        files={files}
        onFiles={edit(setFiles)}
        format={format}
        onFormat={edit(setFormat)}
        layouts={layouts}
        disabled={importing}
      />
      {submission.status === "failed" ? (
        <Failure failure={submission.failure} onSignIn={() => router.refresh()} prefix="The import failed" />
      ) : null}
      {preview.status === "failed" ? <Failure failure={preview.failure} onSignIn={() => router.refresh()} prefix="No preview" /> : null}
      {preview.status === "too-large" ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          Too large to import: {preview.message}. Split it into smaller pastes or files.
        </p>
      ) : null}
      {preview.status === "ready" || (preview.status === "loading" && preview.preview) ? (
        <PreviewPanel
          preview={preview.status === "ready" ? preview.preview : preview.preview!}
          stale={preview.status === "loading"}
          importing={importing}
          onImport={runImport}
        />
      ) : preview.status === "loading" ? (
        <p role="status" className="text-sm text-muted">
          Reading the dump…
        </p>
      ) : null}
    </div>
  );
}

function Failure({ failure, onSignIn, prefix }: { failure: ApiFailure; onSignIn: () => void; prefix: string }) {
  const signedOut = failure.status === 401;
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
      <p>
        {prefix}: {failure.message}.
      </p>
      {signedOut ? (
        <button type="button" onClick={onSignIn} className="mt-2 font-semibold underline underline-offset-4">
          Sign in again
        </button>
      ) : null}
    </div>
  );
}
