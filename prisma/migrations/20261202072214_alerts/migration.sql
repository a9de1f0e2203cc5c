-- AlterTable
ALTER TABLE "alerts" DROP COLUMN "result_id",
ADD COLUMN     "acknowledge_comment" TEXT,
ADD COLUMN     "after_metric" DOUBLE PRECISION,
ADD COLUMN     "after_status" "CheckStatus",
ADD COLUMN     "auto_resolved" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "before_metric" DOUBLE PRECISION,
ADD COLUMN     "before_status" "CheckStatus",
ADD COLUMN     "first_result_id" UUID,
ADD COLUMN     "first_run_id" UUID,
ADD COLUMN     "items" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "latest_result_id" UUID,
ADD COLUMN     "latest_run_id" UUID,
ADD COLUMN     "latest_status" "CheckStatus",
ADD COLUMN     "previous_result_id" UUID,
ADD COLUMN     "resolve_comment" TEXT,
ADD COLUMN     "resolved_by" TEXT,
ADD COLUMN     "severity" "Severity" NOT NULL,
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "alerts_tenant_id_check_id_opened_at_idx" ON "alerts"("tenant_id", "check_id", "opened_at" DESC);

-- CreateIndex
CREATE INDEX "alerts_tenant_id_first_result_id_idx" ON "alerts"("tenant_id", "first_result_id");

-- CreateIndex
CREATE INDEX "alerts_tenant_id_latest_result_id_idx" ON "alerts"("tenant_id", "latest_result_id");

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_tenant_id_first_result_id_fkey" FOREIGN KEY ("tenant_id", "first_result_id") REFERENCES "check_results"("tenant_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_tenant_id_latest_result_id_fkey" FOREIGN KEY ("tenant_id", "latest_result_id") REFERENCES "check_results"("tenant_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- Dedupe (hand-written: Prisma cannot declare a partial index). At most one alert per tenant
-- and check is not RESOLVED, so concurrent runs cannot open two for the same regression. The
-- index of the signins migration is narrowed to leave DRIFT alerts out: a drift alert must never
-- hold back the regression alert of its check.
DROP INDEX "alerts_one_unresolved_per_check";
CREATE UNIQUE INDEX "alerts_one_unresolved_per_check" ON "alerts"("tenant_id", "check_id")
    WHERE "state" <> 'RESOLVED' AND "kind" <> 'DRIFT';
