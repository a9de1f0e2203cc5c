-- Drift alerts (hand-written: Prisma cannot declare a partial index). At most one DRIFT alert
-- per tenant and check is OPEN: new drift of a check's settings is added to it until someone
-- acknowledges it (docs/architecture.md, "Drift alerts"). Regression alerts keep their own
-- index (alerts_one_unresolved_per_check), which leaves DRIFT out.
CREATE UNIQUE INDEX "alerts_one_open_drift_per_check" ON "alerts"("tenant_id", "check_id")
    WHERE "state" = 'OPEN' AND "kind" = 'DRIFT';
