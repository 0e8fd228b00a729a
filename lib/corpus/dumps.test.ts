import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus, MANIFEST, writeCorpus } from "./dumps";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-corpus-test-"));
  dirs.push(dir);
  return dir;
};
const read = (dir: string) => Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]));

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("writing a synthetic corpus", () => {
  it("the same seed writes the same files", () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    writeCorpus(a, buildCorpus({ papers: 300, seed: 7 }));
    writeCorpus(b, buildCorpus({ papers: 300, seed: 7 }));
    writeCorpus(c, buildCorpus({ papers: 300, seed: 8 }));
    expect(Object.keys(read(a))).toContain(MANIFEST);
    expect(read(b)).toEqual(read(a));
    expect(read(c)).not.toEqual(read(a));
  });

  it("writes at most the given number of papers a file, every layout in its own files", () => {
    const corpus = buildCorpus({ papers: 600, maxPerFile: 100 });
    expect(Math.max(...corpus.dumps.map((d) => d.entries.length))).toBeLessThanOrEqual(100);
    expect(new Set(corpus.dumps.map((d) => d.layout))).toEqual(new Set(["alphaxiv-feed", "arxiv-list", "abstract-id-list", "hf-search", "abstract-lines"]));
    for (const d of corpus.dumps) expect(d.file).toMatch(new RegExp(`^\\d{3}_${d.layout}\\.txt$`));
  });

  it("replaces an earlier corpus in the folder and leaves other files alone", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "notes.md"), "mine");
    writeCorpus(dir, buildCorpus({ papers: 600, maxPerFile: 100 }));
    writeCorpus(dir, buildCorpus({ papers: 50 }));
    expect(fs.readdirSync(dir).sort()).toEqual([
      "000_alphaxiv-feed.txt", "001_arxiv-list.txt", "002_abstract-id-list.txt", "003_hf-search.txt", "004_abstract-lines.txt", MANIFEST, "notes.md",
    ]);
  });
});
