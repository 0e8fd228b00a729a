-- CreateTable
CREATE TABLE "PaperAlias" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "paperId" INTEGER,
    "reason" TEXT NOT NULL,
    "batchId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ImportBatch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL DEFAULT 'import',
    "undoesBatchId" INTEGER,
    "undoneAt" DATETIME,
    "sourceNames" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "papersNew" INTEGER NOT NULL,
    "papersMerged" INTEGER NOT NULL,
    "papersUnchanged" INTEGER NOT NULL,
    "papersRemoved" INTEGER NOT NULL DEFAULT 0,
    "warnings" TEXT NOT NULL
);
INSERT INTO "new_ImportBatch" ("contentHash", "createdAt", "id", "papersMerged", "papersNew", "papersUnchanged", "sourceNames", "warnings") SELECT "contentHash", "createdAt", "id", "papersMerged", "papersNew", "papersUnchanged", "sourceNames", "warnings" FROM "ImportBatch";
DROP TABLE "ImportBatch";
ALTER TABLE "new_ImportBatch" RENAME TO "ImportBatch";
CREATE INDEX "ImportBatch_contentHash_idx" ON "ImportBatch"("contentHash");
CREATE TABLE "new_PaperSource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "paperId" INTEGER NOT NULL,
    "batchId" INTEGER NOT NULL,
    "file" TEXT NOT NULL,
    "lineStart" INTEGER NOT NULL,
    "lineEnd" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "fields" TEXT NOT NULL,
    "abstractVersionId" INTEGER,
    "record" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "PaperSource_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PaperSource_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PaperSource_abstractVersionId_fkey" FOREIGN KEY ("abstractVersionId") REFERENCES "AbstractVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_PaperSource" ("abstractVersionId", "batchId", "fields", "file", "format", "id", "lineEnd", "lineStart", "paperId") SELECT "abstractVersionId", "batchId", "fields", "file", "format", "id", "lineEnd", "lineStart", "paperId" FROM "PaperSource";
DROP TABLE "PaperSource";
ALTER TABLE "new_PaperSource" RENAME TO "PaperSource";
CREATE INDEX "PaperSource_paperId_idx" ON "PaperSource"("paperId");
CREATE INDEX "PaperSource_batchId_idx" ON "PaperSource"("batchId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
