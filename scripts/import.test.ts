// The import CLI's contract, run as other tools run it: a child process per call.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { seedFiles } from "../tests/fixtures/seeds";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-cli-"));
const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}` };
const tsx = path.join(__dirname, "..", "node_modules", ".bin", "tsx");
const cli = (args: string[], input?: string) => {
  const child = run(tsx, [path.join(__dirname, "import.ts"), ...args], { env, maxBuffer: 64 * 1024 * 1024 });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return child.then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
};

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run import", () => {
  it("--dry-run --json prints only the merged papers as JSON on stdout and writes nothing", async () => {
    const { code, stdout, stderr } = await cli(["--dry-run", "--json", ...seedFiles()]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.papers).toHaveLength(148);
    expect(doc.papers[0]).toEqual(
      expect.objectContaining({ arxivId: expect.anything(), title: expect.anything(), authors: expect.any(Array), sources: expect.any(Array) }),
    );
    expect(doc.warnings).toEqual([]);
    expect(stderr).toMatch(/alphaxiv-feed, 19 records/);
    expect(fs.existsSync(path.join(dir, "cli.db"))).toBe(false);
  });

  it("imports the files as one batch, then says that importing them again changes nothing", { timeout: 30_000 }, async () => {
    const first = await cli(seedFiles());
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/Imported batch #1: 168 records as papers 148 new, 0 merged, 0 unchanged/);
    const again = await cli(seedFiles());
    expect(again.stderr).toMatch(/Nothing to change: all 148 papers are already in the library/);
  });

  it("reads a dump from stdin with -", async () => {
    const { code, stdout } = await cli(["--dry-run", "--json", "-"], "Abstract: We prove a bound on something that matters a great deal to learning theory.\n");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).papers[0].sources[0]).toEqual({ file: "<stdin>", line: 1, format: "abstract-lines" });
  });

  it("fails naming the file for an unreadable file, and the file and line for text in no known layout", async () => {
    const missing = await cli(["--dry-run", "--json", path.join(dir, "missing.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/missing\.txt: cannot read the file \(ENOENT\)/);
    const notes = path.join(dir, "notes.txt");
    fs.writeFileSync(notes, "\nshopping list\neggs\n");
    const unknown = await cli([notes]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/notes\.txt:2: text in no known layout/);
  });
});
