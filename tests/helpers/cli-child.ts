// Runs one of the project's CLIs (scripts/*.ts) in a child process, as a user would, and
// lets a test wait for a line of its stderr instead of sleeping. The child is node itself
// with the tsx loader (not the tsx wrapper), so a signal reaches the process doing the work.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

export type CliChild = {
  process: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first stderr line matching `pattern`; rejects if the child exits first. */
  waitForLine: (pattern: RegExp) => Promise<string>;
  /** Resolves when the child has exited, with its code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export function startCli(script: string, args: string[], databaseUrl: string): CliChild {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const check = () => {
    const lines = err.split("\n").slice(0, -1);
    for (const waiter of waiters.splice(0)) {
      const line = lines.find((l) => waiter.pattern.test(l));
      if (line === undefined) waiters.push(waiter);
      else waiter.resolve(line);
    }
  };
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
    check();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  const waitForLine = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      waiters.push({ pattern, resolve });
      check();
      void exited.then(({ code, signal }) =>
        reject(new Error(`${script} exited (${code ?? signal}) before printing ${pattern}:\n${err}`)),
      );
    });
  return { process: child, stdout: () => out, stderr: () => err, waitForLine, exited };
}

/** The import CLI on `files`, as one batch. */
export const startImportCli = (databaseUrl: string, files: string[]) => startCli("import.ts", files, databaseUrl);

/** The progress line the importer prints once it holds the write lock and has planned the
 * batch: from here until its commit, the batch's rows are being written. */
export const INSIDE_IMPORT_TRANSACTION = /merged into \d+ papers/;
