-- AlterTable
ALTER TABLE "check_runs" ADD COLUMN     "scheduled_for" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "tenant_schedules" (
    "tenant_id" UUID NOT NULL,
    "cron" TEXT NOT NULL,
    "next_run_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tenant_schedules_pkey" PRIMARY KEY ("tenant_id")
);

-- CreateIndex
CREATE INDEX "tenant_schedules_next_run_at_idx" ON "tenant_schedules"("next_run_at");

-- CreateIndex
CREATE UNIQUE INDEX "check_runs_tenant_id_scheduled_for_key" ON "check_runs"("tenant_id", "scheduled_for");

-- AddForeignKey
ALTER TABLE "tenant_schedules" ADD CONSTRAINT "tenant_schedules_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
