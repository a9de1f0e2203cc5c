-- Sign-in list filters added for the dashboard (jobs/src/browse/browse.repository.ts), each an
-- index range per tenant like those of 20261202120000_signin_browse. Not managed by Prisma.
--   user prefix (case-insensitive; UPNs are stored lower-case) -> sign_ins_browse_user_prefix_idx
--   app prefix (appDisplayName, case-insensitive)              -> sign_ins_browse_app_prefix_idx
--   several protocols                                          -> sign_ins_browse_client_app_idx (= ANY)
-- text_pattern_ops: LIKE 'prefix%' is a range of the index whatever the database's collation.
CREATE INDEX "sign_ins_browse_user_prefix_idx" ON "sign_ins" ("tenant_id", (coalesce("user_principal_name", '')) text_pattern_ops, "created_at", "id");
CREATE INDEX "sign_ins_browse_app_prefix_idx" ON "sign_ins" ("tenant_id", (lower(coalesce("app_display_name", ''))) text_pattern_ops, "created_at", "id");
