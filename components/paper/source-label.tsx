// One source named the way a reader can find it again: the dump's file name (full path
// on hover), its line range and the layout it was read as.
export type SourceLabelProps = { file: string; lineStart: number; lineEnd: number };

/** "004_2bac….txt" from a stored path, whichever separator it used. */
export const fileName = (file: string) => file.split(/[\\/]/).at(-1) || file;

/** "line 7" or "lines 1–3". */
export const lineRange = (start: number, end: number) => (start === end ? `line ${start}` : `lines ${start}–${end}`);

export function SourceLabel({ file, lineStart, lineEnd }: SourceLabelProps) {
  return (
    <>
      <span title={file} className="font-mono text-xs break-all">
        {fileName(file)}
      </span>{" "}
      <span className="whitespace-nowrap">{lineRange(lineStart, lineEnd)}</span>
    </>
  );
}
