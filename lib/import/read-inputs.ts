// Reads the dumps an import names: files by path, "-" for standard input. An unreadable
// file is an ImportError that names it; nothing is parsed until every file is read.

import { readFile } from "node:fs/promises";
import { ImportError } from "./types";

export type DumpInput = { file: string; text: string };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function readInputs(paths: string[]): Promise<DumpInput[]> {
  const inputs: DumpInput[] = [];
  for (const file of paths) {
    try {
      inputs.push({ file: file === "-" ? "<stdin>" : file, text: file === "-" ? await readStdin() : await readFile(file, "utf8") });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new ImportError(file, 0, `cannot read the file (${reason})`);
    }
  }
  return inputs;
}
