// The dumps the import page sends: the pasted text and the files read in the browser,
// measured in UTF-8 bytes (the server's limit) and packed as multipart `file` parts.
import { formatMegabytes, IMPORT_LIMIT_BYTES, PASTED_TEXT } from "@/lib/http/import-limits";

export type DumpSource = { name: string; text: string; bytes: number };

/** UTF-8 length without encoding a copy of a 5 MB string on every keystroke. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function pastedSource(text: string): DumpSource | null {
  return text.trim() ? { name: PASTED_TEXT, text, bytes: utf8Length(text) } : null;
}

export const totalBytes = (sources: DumpSource[]) => sources.reduce((sum, s) => sum + s.bytes, 0);

export function importUrl(dryRun: boolean, format: string): string {
  const params = new URLSearchParams();
  if (dryRun) params.set("dryRun", "1");
  if (format) params.set("format", format);
  const qs = params.toString();
  return `/api/import${qs ? `?${qs}` : ""}`;
}

export function importFormData(sources: DumpSource[]): FormData {
  const form = new FormData();
  for (const s of sources) form.append("file", new Blob([s.text], { type: "text/plain;charset=utf-8" }), s.name);
  return form;
}

export type ReadFiles = { sources: DumpSource[]; refused: string[] };

/** Reads dropped or chosen .txt files; others, and files over the limit, are refused by name. */
export async function readTextFiles(files: Iterable<File>): Promise<ReadFiles> {
  const result: ReadFiles = { sources: [], refused: [] };
  for (const file of files) {
    if (!/\.txt$/i.test(file.name) && !file.type.startsWith("text/")) result.refused.push(`${file.name} is not a .txt file`);
    else if (file.size > IMPORT_LIMIT_BYTES) result.refused.push(`${file.name} is ${formatMegabytes(file.size)}; the limit is 5 MB`);
    else {
      const text = await file.text();
      result.sources.push({ name: file.name, text, bytes: utf8Length(text) });
    }
  }
  return result;
}

/** "7.7 KB", "1.2 MB": a file's size in the file list. */
export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(0.1, bytes / 1024).toFixed(1)} KB` : formatMegabytes(bytes);
}
