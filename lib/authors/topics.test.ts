// Topics on the author pages and the topic pages' reads (lib/topics/queries.ts), over
// the seeds with a few hand-made Topic rows: the real ones are derived after an import.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqlite } from "../db/sqlite";
import { importFiles } from "../import/import-files";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-db";
import { seedFiles } from "../../tests/fixtures/seeds";
import { getTopic, listTopics } from "../topics/queries";
import { getAuthorProfile } from "./queries";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  const sqlite = openSqlite(db.url);
  await importFiles(sqlite, seedFiles());
  // Start from no topics whether or not the import derived some.
  sqlite.exec('DELETE FROM "PaperTopic"; DELETE FROM "Topic";');
  sqlite.close();
});
afterAll(async () => {
  await db.cleanup();
});

/** Tags the papers whose title contains `phrase` with a topic of that name. */
async function tagTopic(slug: string, label: string, phrase: string) {
  const topic = await db.prisma.topic.create({ data: { slug, label } });
  const papers = await db.prisma.paper.findMany({ where: { title: { contains: phrase } }, select: { id: true } });
  for (const p of papers) await db.prisma.paperTopic.create({ data: { paperId: p.id, topicId: topic.id, score: 1 } });
  return papers.length;
}

describe("topics", () => {
  it("an empty Topic table gives no topics and no error", async () => {
    expect(await listTopics(db.prisma)).toEqual([]);
    expect(await getTopic("anything", {}, db.prisma)).toBeNull();
    const profile = (await getAuthorProfile("enric-boix-adsera", { topic: "anything" }, db.prisma))!;
    expect(profile.topics).toEqual([]);
    expect(profile.papers).toEqual([]);
  });

  it("a topic lists its papers newest first with their authors, and counts its years", async () => {
    const n = await tagTopic("wasserstein-barycenters", "Wasserstein barycenters", "Wasserstein barycenters");
    await tagTopic("transformers", "transformers", "ransformers");
    expect(n).toBe(2);
    const topic = (await getTopic("wasserstein-barycenters", {}, db.prisma))!;
    expect(topic.papers.map((p) => p.publishedAt)).toEqual(["2021-01-04", "2020-06-14"]);
    expect(topic.years).toEqual([{ year: 2020, count: 1 }, { year: 2021, count: 1 }]);
    expect(topic.authors.map((a) => a.slug)).toEqual(["enric-boix-adsera", "jason-m-altschuler"]);
    expect((await getTopic("wasserstein-barycenters", { year: 2021 }, db.prisma))!.papers).toHaveLength(1);
    expect((await listTopics(db.prisma)).map((t) => t.slug)[0]).toBe("transformers");
  });

  it("an author's topics are counted and filter the list", async () => {
    const profile = (await getAuthorProfile("enric-boix-adsera", { topic: "wasserstein-barycenters" }, db.prisma))!;
    expect(profile.topics).toContainEqual({ slug: "wasserstein-barycenters", label: "Wasserstein barycenters", count: 2 });
    expect(profile.papers.map((p) => p.year)).toEqual([2021, 2020]);
  });
});
