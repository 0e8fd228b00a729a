-- CreateIndex
CREATE INDEX "PaperSource_abstractVersionId_idx" ON "PaperSource"("abstractVersionId");

-- CreateIndex
CREATE INDEX "PossibleDuplicate_paperBId_idx" ON "PossibleDuplicate"("paperBId");
