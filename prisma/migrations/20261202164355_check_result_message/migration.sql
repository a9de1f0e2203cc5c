-- AlterTable
ALTER TABLE "check_results" ADD COLUMN     "message" JSONB;
