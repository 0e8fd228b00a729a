// The whole import as one call, for the CLI, the first-start seeding and tests:
// read the files, parse each with its layout, import them as one batch.

import type { SqliteDatabase } from "../db/sqlite";
import { parseDump, type ParsedDump } from "./parse-dump";
import { readInputs, type DumpInput } from "./read-inputs";
import { importDumps, type ImportOptions, type ImportSummary } from "./store";

export type ImportFilesOptions = ImportOptions & { format?: string; onParsed?: (dump: ParsedDump) => void };

/** Parses every input with its detected (or the named) layout. */
export function parseInputs(inputs: DumpInput[], options: Pick<ImportFilesOptions, "format" | "onParsed"> = {}): ParsedDump[] {
  return inputs.map((input) => {
    const dump = parseDump(input.text, input.file, options.format);
    options.onParsed?.(dump);
    return dump;
  });
}

export async function importFiles(db: SqliteDatabase, paths: string[], options: ImportFilesOptions = {}): Promise<ImportSummary> {
  const inputs = await readInputs(paths);
  return importDumps(db, parseInputs(inputs, options), inputs.map((i) => i.text), options);
}
