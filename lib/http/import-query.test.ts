import { describe, expect, it } from "vitest";
import { batchParamsSchema } from "../../app/api/import/batches/[id]/batch-id";
import { importQuerySchema } from "./import-request";

function problems(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("import route parameters: every one bounded, every bound named", () => {
  it("dryRun is 1, 0, true or false", () => {
    expect(importQuerySchema.parse({ dryRun: "true" })).toEqual({ dryRun: true });
    expect(problems(importQuerySchema, { dryRun: "yes" })).toEqual(["dryRun: dryRun is 1, 0, true or false"]);
  });

  it("format names a known layout", () => {
    expect(problems(importQuerySchema, { format: "arxiv-list" })).toEqual([]);
    expect(problems(importQuerySchema, { format: "pdf" })).toEqual([expect.stringMatching(/^format: format is one of abstract-lines, .*hf-daily$/)]);
  });

  it("name is 1 to 200 characters", () => {
    expect(problems(importQuerySchema, { name: "n".repeat(200) })).toEqual([]);
    expect(problems(importQuerySchema, { name: "n".repeat(201) })).toEqual(["name: a source name is at most 200 characters"]);
    expect(problems(importQuerySchema, { name: "  " })).toEqual(["name: a source name cannot be empty"]);
  });

  it("a batch id is a positive whole number of at most 10 digits", () => {
    expect(batchParamsSchema.parse({ id: "42" })).toEqual({ id: 42 });
    for (const id of ["0", "-1", "1.5", "12345678901", "x"]) {
      expect(problems(batchParamsSchema, { id })).toEqual(["id: a batch id is a positive whole number of at most 10 digits"]);
    }
  });
});
