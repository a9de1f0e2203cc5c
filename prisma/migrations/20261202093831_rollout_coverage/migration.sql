-- CreateEnum
CREATE TYPE "MailboxLocation" AS ENUM ('ONLINE', 'ON_PREMISES', 'NONE');

-- CreateEnum
CREATE TYPE "ProjectionState" AS ENUM ('PROJECTED', 'NO_PROGRESS', 'COMPLETE', 'INSUFFICIENT_DATA');

-- CreateTable
CREATE TABLE "rollout_coverage_points" (
    "tenant_id" UUID NOT NULL,
    "wave_key" TEXT NOT NULL,
    "captured_at" TIMESTAMPTZ(3) NOT NULL,
    "snapshot_id" UUID,
    "run_id" UUID,
    "wave_name" TEXT,
    "wave_order" INTEGER,
    "members" INTEGER NOT NULL,
    "covered" INTEGER NOT NULL,
    "without_mailbox" INTEGER NOT NULL,
    "coverage" DOUBLE PRECISION,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rollout_coverage_points_pkey" PRIMARY KEY ("tenant_id","wave_key","captured_at")
);

-- AddForeignKey
ALTER TABLE "rollout_coverage_points" ADD CONSTRAINT "rollout_coverage_points_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
