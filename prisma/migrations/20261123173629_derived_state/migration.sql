-- AlterTable
ALTER TABLE "ImportBatch" ADD COLUMN "derivedAt" DATETIME;
