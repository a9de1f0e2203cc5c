-- AlterTable
ALTER TABLE "drift_events" ADD COLUMN     "message" JSONB;
