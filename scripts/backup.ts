// CLI: npm run backup -- FILE
// Writes a consistent copy of the library (DATABASE_URL) to FILE, a new file, while the app
// serves and imports run; prints its size, what it holds and SQLite's integrity check.

import { BackupError, backupLibrary, type BackupReport } from "../lib/db/backup";
import { env } from "../lib/env";

const USAGE = "usage: npm run backup -- FILE   (a new file; restore: see README, Backup and restore)";
const log = (line: string) => process.stderr.write(`${line}\n`);

function describe(r: BackupReport, ms: number): string {
  const c = r.counts;
  return `Backed up to ${r.file}: ${(r.bytes / 2 ** 20).toFixed(1)} MB (${r.bytes} bytes); ${c.papers} papers, ` +
    `${c.sources} sources, ${c.versions} abstract versions, ${c.authors} authors, ${c.batches} import batches; ` +
    `integrity ${r.integrity} (${Math.round(ms)} ms)`;
}

async function main(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0] === "--help") {
    log(USAGE);
    return args[0] === "--help" ? 0 : 2;
  }
  const started = performance.now();
  const report = await backupLibrary(env.DATABASE_URL, args[0]!);
  log(describe(report, performance.now() - started));
  return report.integrity === "ok" ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof BackupError) log(`error: ${error.message}`);
    else log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
