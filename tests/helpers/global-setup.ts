// Vitest global setup: migrates one base SQLite file per run, so each test pays for a
// file copy instead of a migration.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated SQLite file that createTestDatabase copies; never written by tests. */
    baseDatabaseFile: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(tmpdir(), "abstracta-test-"));
  const baseDatabaseFile = path.join(dir, "base.db");
  await applyMigrations(baseDatabaseFile);
  project.provide("baseDatabaseFile", baseDatabaseFile);
  return () => rm(dir, { recursive: true, force: true });
}
