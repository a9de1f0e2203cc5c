-- CreateEnum
CREATE TYPE "IngestionKind" AS ENUM ('SIGNINS', 'SNAPSHOT');

-- CreateTable
CREATE TABLE "connector_settings" (
    "tenant_id" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "directory_id" TEXT NOT NULL,
    "client_id" TEXT NOT NULL,
    "secret_encrypted" TEXT,
    "login_base_url" TEXT NOT NULL DEFAULT 'https://login.microsoftonline.com',
    "graph_base_url" TEXT NOT NULL DEFAULT 'https://graph.microsoft.com',
    "exchange_base_url" TEXT NOT NULL DEFAULT 'https://outlook.office365.com',
    "overlap_minutes" INTEGER NOT NULL DEFAULT 30,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "connector_settings_pkey" PRIMARY KEY ("tenant_id")
);

-- CreateTable
CREATE TABLE "sign_in_cursors" (
    "tenant_id" UUID NOT NULL,
    "covered_from" TIMESTAMPTZ(3) NOT NULL,
    "synced_until" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_cursors_pkey" PRIMARY KEY ("tenant_id")
);

-- CreateTable
CREATE TABLE "ingestion_runs" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "IngestionKind" NOT NULL,
    "trigger" "RunTrigger" NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'RUNNING',
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "duration_ms" INTEGER,
    "pages" INTEGER NOT NULL DEFAULT 0,
    "received" INTEGER NOT NULL DEFAULT 0,
    "inserted" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "retries" INTEGER NOT NULL DEFAULT 0,
    "progress" TEXT,
    "window_from" TIMESTAMPTZ(3),
    "window_to" TIMESTAMPTZ(3),
    "snapshot_id" UUID,
    "error" TEXT,

    CONSTRAINT "ingestion_runs_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "ingestion_runs_tenant_id_started_at_idx" ON "ingestion_runs"("tenant_id", "started_at" DESC);

-- AddForeignKey
ALTER TABLE "connector_settings" ADD CONSTRAINT "connector_settings_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sign_in_cursors" ADD CONSTRAINT "sign_in_cursors_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ingestion_runs" ADD CONSTRAINT "ingestion_runs_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
