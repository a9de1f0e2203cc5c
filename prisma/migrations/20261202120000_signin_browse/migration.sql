-- The sign-in list reads one tenant's rows in index order for every filter and sort the
-- dashboard offers (jobs/src/browse/browse.repository.ts): each index leads with tenant_id, then
-- the filter or sort key, and ends with (created_at, id), so a page is one range of one index and
-- a page boundary one keyset seek. Not managed by Prisma (sign_ins is raw SQL, 20261122040000_signins).
--   no filter, by time                -> primary key (tenant_id, created_at, id)
--   legacy only (± outcome)           -> sign_ins_browse_legacy_idx
--   outcome (success / failure)       -> sign_ins_browse_success_idx
--   user, or sorted by user           -> sign_ins_browse_user_idx
--   protocol, or sorted by protocol   -> sign_ins_browse_client_app_idx
-- sign_ins_tenant_user_idx stays: the rollout readiness query joins on user_principal_name.
DROP INDEX IF EXISTS "sign_ins_tenant_legacy_idx";
CREATE INDEX "sign_ins_browse_legacy_idx" ON "sign_ins" ("tenant_id", "is_legacy", "created_at", "id");
CREATE INDEX "sign_ins_browse_success_idx" ON "sign_ins" ("tenant_id", "is_success", "created_at", "id");
CREATE INDEX "sign_ins_browse_user_idx" ON "sign_ins" ("tenant_id", (coalesce("user_principal_name", '')), "created_at", "id");
CREATE INDEX "sign_ins_browse_client_app_idx" ON "sign_ins" ("tenant_id", (lower(coalesce("client_app_used", ''))), "created_at", "id");
