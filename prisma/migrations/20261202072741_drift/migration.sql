-- CreateEnum
CREATE TYPE "DriftKind" AS ENUM ('ADDED', 'REMOVED', 'CHANGED');

-- DropIndex
DROP INDEX "drift_events_tenant_id_detected_at_idx";

-- AlterTable
ALTER TABLE "drift_events" DROP COLUMN "previous_snapshot_id",
DROP COLUMN "setting",
DROP COLUMN "snapshot_id",
ADD COLUMN     "captured_at" TIMESTAMPTZ(3) NOT NULL,
ADD COLUMN     "check_ids" TEXT[],
ADD COLUMN     "from_snapshot_id" UUID NOT NULL,
ADD COLUMN     "kind" "DriftKind" NOT NULL,
ADD COLUMN     "path" TEXT NOT NULL,
ADD COLUMN     "summary" TEXT NOT NULL,
ADD COLUMN     "to_snapshot_id" UUID NOT NULL;

-- CreateIndex
CREATE INDEX "drift_events_tenant_id_captured_at_idx" ON "drift_events"("tenant_id", "captured_at" DESC);

-- CreateIndex
CREATE INDEX "drift_events_tenant_id_to_snapshot_id_idx" ON "drift_events"("tenant_id", "to_snapshot_id");

-- CreateIndex
CREATE INDEX "drift_events_tenant_id_from_snapshot_id_idx" ON "drift_events"("tenant_id", "from_snapshot_id");

-- AddForeignKey
ALTER TABLE "drift_events" ADD CONSTRAINT "drift_events_tenant_id_from_snapshot_id_fkey" FOREIGN KEY ("tenant_id", "from_snapshot_id") REFERENCES "snapshots"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drift_events" ADD CONSTRAINT "drift_events_tenant_id_to_snapshot_id_fkey" FOREIGN KEY ("tenant_id", "to_snapshot_id") REFERENCES "snapshots"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
