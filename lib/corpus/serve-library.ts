// Starts the production build (`next start`) on a library file for the HTTP benchmarks
// and the load test, and tells how long it took to answer its first search.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The benchmarks' own build; the smoke run (`npm test`) reuses the browser tests' `.next`. */
export const BENCH_DIST_DIR = ".next-bench";

export type ServedLibrary = {
  baseUrl: string;
  server: ChildProcess;
  /** From spawning `next start` to the first 200 from /api/search. */
  firstSearchMs: number;
  stop: () => Promise<void>;
};

/** Builds the app into `distDir` unless a build is there (or `rebuild`). */
export function ensureBenchBuild(log: (line: string) => void, options: { rebuild?: boolean; distDir?: string } = {}): void {
  const distDir = options.distDir ?? BENCH_DIST_DIR;
  if (!options.rebuild && fs.existsSync(path.join(distDir, "BUILD_ID"))) return;
  log(`building the app into ${distDir} (next build)…`);
  const built = spawnSync("npx", ["next", "build"], { env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "inherit" });
  if (built.status !== 0) throw new Error("next build failed");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function serveLibrary(libraryFile: string, port: number, distDir = BENCH_DIST_DIR): Promise<ServedLibrary> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: `file:${libraryFile}`, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  };
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}):\n${output.slice(-2000)}`);
    if (performance.now() - started > 120_000) {
      await stop();
      throw new Error(`no answer from ${baseUrl} within 120 s:\n${output.slice(-2000)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/search?q=learning`);
      if (response.ok) {
        await response.arrayBuffer();
        return { baseUrl, server, firstSearchMs: performance.now() - started, stop };
      }
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
}

/** Resident memory of a process and its children, from /proc (Linux). */
export function residentBytes(pid: number): number {
  const rss = (p: number) => {
    const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  };
  const children = (p: number): number[] => {
    try {
      return fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop()!;
    try {
      total += rss(p);
    } catch {
      continue;
    }
    queue.push(...children(p));
  }
  return total;
}
