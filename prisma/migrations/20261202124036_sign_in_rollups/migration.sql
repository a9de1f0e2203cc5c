-- CreateTable
CREATE TABLE "sign_in_freshness" (
    "tenant_id" UUID NOT NULL,
    "last_ingested_at" TIMESTAMPTZ(6) NOT NULL,
    "last_created_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "sign_in_freshness_pkey" PRIMARY KEY ("tenant_id")
);

-- AddForeignKey
ALTER TABLE "sign_in_freshness" ADD CONSTRAINT "sign_in_freshness_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Sign-in rollups (issue 12): every check and chart reads these, never raw sign_ins; raw rows
-- serve the drill-down lists only. Not managed by Prisma (like sign_ins).
--
-- sign_in_rollups: per tenant, UTC day, user (UPN lower-cased, as the checks compare it),
-- clientAppUsed (as spelled), app, OS, MFA requirement, CA status and the classification flags,
-- with count, first and last seen and up to 3 sample event ids. Device id and user agent are kept
-- only for legacy-protocol sign-ins (the ActiveSync evidence and rollout readiness name devices);
-- for every other sign-in they are '' so a browser's changing user agent does not multiply rows.
-- Text dimensions hold '' for a missing value (readers turn it back into null): the key is a real
-- primary key, tenant_id first.
CREATE TABLE "sign_in_rollups" (
  "tenant_id" UUID NOT NULL REFERENCES "tenants"("id") ON DELETE CASCADE,
  "day" DATE NOT NULL,
  "user_principal_name" TEXT NOT NULL,
  "client_app_used" TEXT NOT NULL,
  "app_id" TEXT NOT NULL,
  "app_display_name" TEXT NOT NULL,
  "operating_system" TEXT NOT NULL,
  "device_id" TEXT NOT NULL,
  "user_agent" TEXT NOT NULL,
  "authentication_requirement" TEXT NOT NULL,
  "conditional_access_status" TEXT NOT NULL,
  "is_legacy" BOOLEAN NOT NULL,
  "is_exchange" BOOLEAN NOT NULL,
  "is_success" BOOLEAN NOT NULL,
  "is_mobile" BOOLEAN NOT NULL,
  "is_interactive" BOOLEAN NOT NULL,
  "count" BIGINT NOT NULL,
  "first_seen" TIMESTAMPTZ NOT NULL,
  "last_seen" TIMESTAMPTZ NOT NULL,
  "sample_ids" TEXT[] NOT NULL,
  PRIMARY KEY ("tenant_id", "day", "user_principal_name", "client_app_used", "app_id", "app_display_name",
               "operating_system", "device_id", "user_agent", "authentication_requirement",
               "conditional_access_status", "is_legacy", "is_exchange", "is_success", "is_mobile", "is_interactive")
);
-- The checks' selective subsets (legacy sign-ins; successful Exchange Online sign-ins) and the
-- per-user joins of waves and readiness.
CREATE INDEX "sign_in_rollups_legacy_idx" ON "sign_in_rollups" ("tenant_id", "day") WHERE "is_legacy";
CREATE INDEX "sign_in_rollups_exchange_idx" ON "sign_in_rollups" ("tenant_id", "day") WHERE "is_exchange" AND "is_success";
CREATE INDEX "sign_in_rollups_user_idx" ON "sign_in_rollups" ("tenant_id", "user_principal_name", "day");

-- sign_in_daily_counts: per tenant and UTC day, no user: the totals the checks need whatever the
-- number of users (all events, failed legacy attempts, MFA on Exchange Online, CA not applied).
CREATE TABLE "sign_in_daily_counts" (
  "tenant_id" UUID NOT NULL REFERENCES "tenants"("id") ON DELETE CASCADE,
  "day" DATE NOT NULL,
  "authentication_requirement" TEXT NOT NULL,
  "conditional_access_status" TEXT NOT NULL,
  "is_legacy" BOOLEAN NOT NULL,
  "is_exchange" BOOLEAN NOT NULL,
  "is_success" BOOLEAN NOT NULL,
  "is_interactive" BOOLEAN NOT NULL,
  "count" BIGINT NOT NULL,
  PRIMARY KEY ("tenant_id", "day", "authentication_requirement", "conditional_access_status",
               "is_legacy", "is_exchange", "is_success", "is_interactive")
);

-- The statements that roll rows of `source` (sign_ins for the backfill, the trigger's transition
-- table of newly inserted rows otherwise) up into the three tables. One text, so the backfill and
-- the trigger cannot disagree. Keys are processed in key order, so two concurrent batches lock
-- shared rollup rows in the same order (no deadlock).
CREATE FUNCTION "posture_sign_in_rollup_sql"(source TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $fn$
SELECT format($q$
  INSERT INTO sign_in_rollups AS r
  SELECT tenant_id, (created_at AT TIME ZONE 'UTC')::date, lower(coalesce(user_principal_name, '')),
         coalesce(client_app_used, ''), coalesce(app_id, ''), coalesce(app_display_name, ''),
         coalesce(operating_system, ''),
         CASE WHEN is_legacy THEN coalesce(device_id, '') ELSE '' END,
         CASE WHEN is_legacy THEN coalesce(user_agent, '') ELSE '' END,
         coalesce(authentication_requirement, ''), coalesce(conditional_access_status, ''),
         is_legacy, is_exchange, is_success, is_mobile, coalesce(is_interactive, false),
         count(*), min(created_at), max(created_at), (array_agg(id ORDER BY created_at DESC))[1:3]
    FROM %1$I
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16
  ON CONFLICT ("tenant_id", "day", "user_principal_name", "client_app_used", "app_id", "app_display_name",
               "operating_system", "device_id", "user_agent", "authentication_requirement",
               "conditional_access_status", "is_legacy", "is_exchange", "is_success", "is_mobile", "is_interactive")
  DO UPDATE SET "count" = r."count" + excluded."count",
                "first_seen" = least(r."first_seen", excluded."first_seen"),
                "last_seen" = greatest(r."last_seen", excluded."last_seen"),
                "sample_ids" = CASE WHEN excluded."last_seen" >= r."last_seen"
                                    THEN (excluded."sample_ids" || r."sample_ids")[1:3]
                                    ELSE (r."sample_ids" || excluded."sample_ids")[1:3] END;
  INSERT INTO sign_in_daily_counts AS d
  SELECT tenant_id, (created_at AT TIME ZONE 'UTC')::date,
         coalesce(authentication_requirement, ''), coalesce(conditional_access_status, ''),
         is_legacy, is_exchange, is_success, coalesce(is_interactive, false), count(*)
    FROM %1$I
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ("tenant_id", "day", "authentication_requirement", "conditional_access_status",
               "is_legacy", "is_exchange", "is_success", "is_interactive")
  DO UPDATE SET "count" = d."count" + excluded."count";
  INSERT INTO sign_in_freshness AS f (tenant_id, last_ingested_at, last_created_at)
  SELECT tenant_id, max(ingested_at), max(created_at) FROM %1$I GROUP BY 1 ORDER BY 1
  ON CONFLICT ("tenant_id")
  DO UPDATE SET "last_ingested_at" = greatest(f."last_ingested_at", excluded."last_ingested_at"),
                "last_created_at" = greatest(f."last_created_at", excluded."last_created_at");
$q$, source)
$fn$;

-- Maintained in the transaction of every insert into sign_ins, from the rows that statement
-- really inserted (the transition table holds no row skipped by ON CONFLICT DO NOTHING), so a
-- duplicate or a re-pushed batch is never counted twice, whichever writer inserted.
CREATE FUNCTION "posture_roll_up_sign_ins"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE posture_sign_in_rollup_sql('new_sign_ins');
  RETURN NULL;
END;
$$;

CREATE TRIGGER "sign_ins_roll_up" AFTER INSERT ON "sign_ins"
  REFERENCING NEW TABLE AS "new_sign_ins"
  FOR EACH STATEMENT EXECUTE FUNCTION "posture_roll_up_sign_ins"();

-- Backfill: the sign-ins stored before this migration, once.
DO $$ BEGIN EXECUTE posture_sign_in_rollup_sql('sign_ins'); END $$;
