-- The newest result of each check (the home page's "latest" results) is one entry of this
-- index: the order the read asks for, evaluated_at DESC then id, is the index's own, so a
-- LIMIT 1 per check stops at its first entry instead of sorting every stored result of the check.

-- DropIndex
DROP INDEX "check_results_tenant_id_check_id_evaluated_at_idx";

-- CreateIndex
CREATE INDEX "check_results_tenant_id_check_id_evaluated_at_id_idx" ON "check_results"("tenant_id", "check_id", "evaluated_at" DESC, "id");
