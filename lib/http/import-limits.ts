// How much one import may carry, how a refusal says so, and what an unnamed paste is
// called. Plain constants, shared by the route handler and the import page (which
// checks the size before sending).

const MB = 1024 * 1024;

/** The source name of text pasted rather than read from a named file. */
export const PASTED_TEXT = "pasted text";

export const IMPORT_LIMIT_BYTES = 5 * MB;

/** "6.0 MB" */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** "the paste is 6.0 MB; the limit is 5 MB" (bytes null: a streamed body cut off at the limit). */
export function tooLargeMessage(bytes: number | null): string {
  const size = bytes === null ? "over 5 MB" : formatMegabytes(bytes);
  return `the paste is ${size}; the limit is ${IMPORT_LIMIT_BYTES / MB} MB`;
}
