-- CreateTable
CREATE TABLE "Paper" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "arxivId" TEXT,
    "arxivVersion" INTEGER,
    "title" TEXT,
    "abstract" TEXT,
    "publishedAt" TEXT,
    "datePrecision" TEXT,
    "comments" TEXT,
    "organization" TEXT,
    "authorsTruncated" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Author" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "slug" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "PaperAuthor" (
    "paperId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("paperId", "position"),
    CONSTRAINT "PaperAuthor_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PaperAuthor_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PaperCategory" (
    "paperId" INTEGER NOT NULL,
    "category" TEXT NOT NULL,

    PRIMARY KEY ("paperId", "category"),
    CONSTRAINT "PaperCategory_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AbstractVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "paperId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "batchId" INTEGER NOT NULL,
    CONSTRAINT "AbstractVersion_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AbstractVersion_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PaperSource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "paperId" INTEGER NOT NULL,
    "batchId" INTEGER NOT NULL,
    "file" TEXT NOT NULL,
    "lineStart" INTEGER NOT NULL,
    "lineEnd" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "fields" TEXT NOT NULL,
    "abstractVersionId" INTEGER,
    CONSTRAINT "PaperSource_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PaperSource_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PaperSource_abstractVersionId_fkey" FOREIGN KEY ("abstractVersionId") REFERENCES "AbstractVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MatchKey" (
    "key" TEXT NOT NULL,
    "paperId" INTEGER NOT NULL,

    PRIMARY KEY ("key", "paperId"),
    CONSTRAINT "MatchKey_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PossibleDuplicate" (
    "paperAId" INTEGER NOT NULL,
    "paperBId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "score" REAL NOT NULL,

    PRIMARY KEY ("paperAId", "paperBId"),
    CONSTRAINT "PossibleDuplicate_paperAId_fkey" FOREIGN KEY ("paperAId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PossibleDuplicate_paperBId_fkey" FOREIGN KEY ("paperBId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceNames" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "papersNew" INTEGER NOT NULL,
    "papersMerged" INTEGER NOT NULL,
    "papersUnchanged" INTEGER NOT NULL,
    "warnings" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Paper_slug_key" ON "Paper"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Paper_arxivId_key" ON "Paper"("arxivId");

-- CreateIndex
CREATE INDEX "Paper_publishedAt_idx" ON "Paper"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Author_key_key" ON "Author"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Author_slug_key" ON "Author"("slug");

-- CreateIndex
CREATE INDEX "PaperAuthor_authorId_idx" ON "PaperAuthor"("authorId");

-- CreateIndex
CREATE INDEX "PaperCategory_category_idx" ON "PaperCategory"("category");

-- CreateIndex
CREATE UNIQUE INDEX "AbstractVersion_paperId_textHash_key" ON "AbstractVersion"("paperId", "textHash");

-- CreateIndex
CREATE INDEX "PaperSource_paperId_idx" ON "PaperSource"("paperId");

-- CreateIndex
CREATE INDEX "PaperSource_batchId_idx" ON "PaperSource"("batchId");

-- CreateIndex
CREATE INDEX "MatchKey_paperId_idx" ON "MatchKey"("paperId");

-- CreateIndex
CREATE INDEX "ImportBatch_contentHash_idx" ON "ImportBatch"("contentHash");
