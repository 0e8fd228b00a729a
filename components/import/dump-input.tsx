"use client";
// Where dumps come in: a large text area to paste into, a drop zone / file picker for
// .txt files (read here, in the browser), the files chosen so far, and the layout choice.
import { useRef, useState, type DragEvent } from "react";
import { formatSize, readTextFiles, type DumpSource } from "./import-sources";

export type LayoutOption = { name: string; description: string };

export type DumpInputProps = {
  paste: string;
  onPaste: (text: string) => void;
  files: DumpSource[];
  onFiles: (files: DumpSource[]) => void;
  format: string;
  onFormat: (format: string) => void;
  layouts: LayoutOption[];
  disabled: boolean;
};

export function DumpInput({ paste, onPaste, files, onFiles, format, onFormat, layouts, disabled }: DumpInputProps) {
  const [refused, setRefused] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const add = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const read = await readTextFiles(Array.from(list));
    setRefused(read.refused);
    // A file chosen again replaces its earlier copy.
    const names = new Set(read.sources.map((s) => s.name));
    onFiles([...files.filter((f) => !names.has(f.name)), ...read.sources]);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!disabled) void add(e.dataTransfer.files);
  };
  const over = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes("Files")) return;
    e.preventDefault();
    setDragging(true);
  };

  return (
    <section aria-label="Dumps to import" className="space-y-3" onDragOver={over} onDragLeave={() => setDragging(false)} onDrop={drop}>
      <div>
        <label htmlFor="dump-text" className="text-sm font-semibold">
          Paste a dump
        </label>
        <textarea
          id="dump-text"
          value={paste}
          onChange={(e) => onPaste(e.target.value)}
          disabled={disabled}
          rows={12}
          spellCheck={false}
          placeholder="Select everything on an arXiv listing, abstract page, search result or Hugging Face Papers page, copy, and paste it here. Menus and buttons are recognised and skipped."
          className="mt-1 block w-full resize-y rounded-lg border border-border bg-surface px-3 py-2 font-mono text-sm leading-relaxed shadow-xs placeholder:font-sans placeholder:text-muted/70 disabled:opacity-60"
        />
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-stretch">
        <div
          data-dragging={dragging || undefined}
          className="flex flex-1 flex-wrap items-center gap-x-2 gap-y-1 rounded-lg border-2 border-dashed border-border px-4 py-3 text-sm text-muted data-[dragging]:border-accent data-[dragging]:bg-chip"
        >
          <span>Drop .txt files here, or</span>
          <button type="button" onClick={() => picker.current?.click()} disabled={disabled} className="font-semibold text-accent underline-offset-4 hover:underline">
            choose files
          </button>
          <input
            ref={picker}
            type="file"
            accept=".txt,text/plain"
            multiple
            aria-label="Choose .txt files"
            className="sr-only"
            tabIndex={-1}
            onChange={(e) => {
              void add(e.target.files);
              e.target.value = "";
            }}
          />
        </div>
        <label className="flex items-center gap-2 text-sm sm:w-64">
          <span className="shrink-0 font-semibold">Layout</span>
          <select
            value={format}
            onChange={(e) => onFormat(e.target.value)}
            disabled={disabled}
            className="min-w-0 flex-1 rounded-lg border border-border bg-surface px-2 py-2"
          >
            <option value="">Detect automatically</option>
            {layouts.map((l) => (
              <option key={l.name} value={l.name} title={l.description}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {refused.length > 0 ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          Not read: {refused.join("; ")}.
        </p>
      ) : null}
      {files.length > 0 ? (
        <ul aria-label="Files" className="flex flex-wrap gap-2">
          {files.map((f) => (
            <li key={f.name} className="flex items-center gap-2 rounded-full border border-border bg-surface py-1 pr-1 pl-3 text-sm">
              <span className="font-mono text-xs">{f.name}</span>
              <span className="text-xs text-muted">{formatSize(f.bytes)}</span>
              <button
                type="button"
                onClick={() => onFiles(files.filter((g) => g !== f))}
                disabled={disabled}
                aria-label={`Remove ${f.name}`}
                className="rounded-full px-2 text-muted hover:bg-chip hover:text-foreground"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
