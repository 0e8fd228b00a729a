// Applies and diffs prisma/migrations with the WebAssembly schema engine, because the
// Prisma CLI cannot fetch its native engine here. Rows land in `_prisma_migrations`
// just as `prisma migrate deploy` would write them, so both tools share one history.
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlDriverAdapter,
} from "@prisma/driver-adapter-utils";
import { MIGRATIONS_DIR, readMigrationList, SCHEMA_FILE } from "./migrations-folder";
import { loadSchemaEngine, type SchemaEngine } from "./schema-engine";
import { SqliteAdapterFactory } from "./sqlite-adapter";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export type MigrationPaths = { migrationsDir?: string; schemaFile?: string };

/** Brings the SQLite file up to date with the migrations folder; returns the folder
 * names it applied (none when the file was already current). */
export async function applyMigrations(
  databaseFile: string,
  paths: MigrationPaths = {},
): Promise<{ applied: string[] }> {
  const file = path.resolve(databaseFile);
  await mkdir(path.dirname(file), { recursive: true });
  const migrationsList = await readMigrationList(paths.migrationsDir ?? MIGRATIONS_DIR);
  return withSchemaEngine(`file:${file}`, paths, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: NO_FILTERS,
    });
    return { applied: appliedMigrationNames };
  });
}

/** The SQL that takes a database built from the migrations folder to the schema's
 * datamodel; "" when they already agree. */
export async function createMigrationSql(paths: MigrationPaths = {}): Promise<string> {
  const schemaFile = paths.schemaFile ?? SCHEMA_FILE;
  const files = [{ path: schemaFile, content: await readFile(schemaFile, "utf8") }];
  const migrationsList = await readMigrationList(paths.migrationsDir ?? MIGRATIONS_DIR);
  // The engine's own route (diff `from: migrations`) replays the folder on a shadow
  // connection with single-statement calls and fails on any real migration.sql, so we
  // replay it ourselves on a scratch file and diff that live database instead.
  const scratch = await mkdtemp(path.join(tmpdir(), "abstracta-diff-"));
  try {
    return await withSchemaEngine(`file:${path.join(scratch, "diff.db")}`, paths, async (engine) => {
      await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      const { stdout } = await engine.diff({
        from: { tag: "schemaDatasource", files, configDir: path.dirname(schemaFile) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      // No difference comes back as a comment-only script ("-- This is an empty migration.").
      const sql = stdout ?? "";
      return /^\s*(--[^\n]*\n?\s*)*$/.test(sql) ? "" : sql;
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Runs `work` with an engine over `databaseUrl`, then closes every connection the
 * engine opened: a WAL file left open would hold data a plain file copy misses. */
async function withSchemaEngine<T>(
  databaseUrl: string,
  paths: MigrationPaths,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const SchemaEngineClass = await loadSchemaEngine();
  const factory = new ClosableAdapterFactory(databaseUrl);
  const schemaFile = paths.schemaFile ?? SCHEMA_FILE;
  const datamodel = await readFile(schemaFile, "utf8");
  const logs: string[] = [];
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await SchemaEngineClass.new(
    { datamodels: [[schemaFile, datamodel]] },
    (line: string) => logs.push(line),
    bound,
  );
  try {
    return await work(engine);
  } catch (error) {
    throw explainEngineError(error, bound.errorRegistry, logs);
  } finally {
    engine.free();
    await factory.closeAll();
  }
}

/** Our adapter factory, remembering its connections: the engine never closes them. */
class ClosableAdapterFactory extends SqliteAdapterFactory {
  readonly #opened: SqlDriverAdapter[] = [];

  override async connect(): Promise<SqlDriverAdapter> {
    return this.#remember(await super.connect());
  }

  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#remember(await super.connectToShadowDb());
  }

  async closeAll(): Promise<void> {
    const opened = this.#opened.splice(0);
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => undefined)));
  }

  #remember(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.#opened.push(adapter);
    return adapter;
  }
}

/** The engine reports driver failures as "External error id#N", the real error being
 * parked in the adapter's registry; put it back in the message, with the log tail. */
function explainEngineError(error: unknown, registry: ErrorRegistry, logs: string[]): Error {
  let message = error instanceof Error ? error.message : JSON.stringify(error);
  message = message.replace(/External error id#(\d+)/g, (text, id: string) => {
    const record = registry.consumeError(Number(id));
    return record ? `${text}: ${describe(record.error)}` : text;
  });
  const tail = logs.slice(-3).join("\n");
  return new Error(tail ? `${message}\n--- schema engine log ---\n${tail}` : message, {
    cause: error,
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return JSON.stringify(error);
}
