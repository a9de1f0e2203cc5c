-- Ingestion progress and errors as messages (code + params) the dashboard translates.
ALTER TABLE "ingestion_runs" ADD COLUMN     "progress_message" JSONB,
ADD COLUMN     "error_message" JSONB;
