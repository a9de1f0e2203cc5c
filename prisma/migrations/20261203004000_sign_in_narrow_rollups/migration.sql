-- Narrow sign-in rollups (issue 12): one table per question the checks and rollout readiness
-- ask, each keyed by only the dimensions that question reads, so a check run reads a number of
-- rows that follows users × days (× protocols or clients for legacy sign-ins), never the variety
-- of the other fields. They replace the wide per-user rollup sign_in_rollups (sixteen key
-- columns: its rows grew nearly as fast as raw sign-ins when apps, OS and CA statuses varied).
-- Not managed by Prisma (like sign_ins). Maintained by the same statement trigger as before,
-- in the transaction of every insert into sign_ins, from the rows that statement inserted.
-- Text dimensions hold '' for a missing value (readers turn it back into null).
--
-- sign_in_legacy_user_days: legacy-protocol sign-ins per user, protocol and outcome (legacy
-- success and failure evidence, unknown protocols, readiness counts), with first and last seen
-- and up to 3 sample event ids, newest first.
CREATE TABLE "sign_in_legacy_user_days" (
  "tenant_id" UUID NOT NULL REFERENCES "tenants"("id") ON DELETE CASCADE,
  "day" DATE NOT NULL,
  "user_principal_name" TEXT NOT NULL,
  "client_app_used" TEXT NOT NULL,
  "is_success" BOOLEAN NOT NULL,
  "count" BIGINT NOT NULL,
  "first_seen" TIMESTAMPTZ NOT NULL,
  "last_seen" TIMESTAMPTZ NOT NULL,
  "sample_ids" TEXT[] NOT NULL,
  PRIMARY KEY ("tenant_id", "day", "user_principal_name", "client_app_used", "is_success")
);

-- Per user: the evidence's newest samples of each listed user and protocol, rollout readiness's
-- join on wave members (without it, each listed user re-reads the whole window).
CREATE INDEX "sign_in_legacy_user_days_user_idx" ON "sign_in_legacy_user_days" ("tenant_id", "user_principal_name", "client_app_used", "day");

-- sign_in_legacy_clients: successful legacy-protocol sign-ins per user, protocol and client
-- (app, OS, device, user agent): the ActiveSync device evidence and readiness's client list.
CREATE TABLE "sign_in_legacy_clients" (
  "tenant_id" UUID NOT NULL REFERENCES "tenants"("id") ON DELETE CASCADE,
  "day" DATE NOT NULL,
  "user_principal_name" TEXT NOT NULL,
  "client_app_used" TEXT NOT NULL,
  "app_display_name" TEXT NOT NULL,
  "operating_system" TEXT NOT NULL,
  "device_id" TEXT NOT NULL,
  "user_agent" TEXT NOT NULL,
  "count" BIGINT NOT NULL,
  PRIMARY KEY ("tenant_id", "day", "user_principal_name", "client_app_used", "app_display_name",
               "operating_system", "device_id", "user_agent")
);

-- Per user: readiness's client list of each ranked member.
CREATE INDEX "sign_in_legacy_clients_user_idx" ON "sign_in_legacy_clients" ("tenant_id", "user_principal_name", "day");

-- sign_in_exchange_user_days: successful Exchange Online sign-ins per user and day, as counts:
-- interactive ones with an MFA requirement stated (considered) and with MFA required, and those
-- Conditional Access did not apply to. One row per user and day.
CREATE TABLE "sign_in_exchange_user_days" (
  "tenant_id" UUID NOT NULL REFERENCES "tenants"("id") ON DELETE CASCADE,
  "day" DATE NOT NULL,
  "user_principal_name" TEXT NOT NULL,
  "mfa_considered" BIGINT NOT NULL,
  "mfa_required" BIGINT NOT NULL,
  "ca_not_applied" BIGINT NOT NULL,
  PRIMARY KEY ("tenant_id", "day", "user_principal_name")
);

-- sign_in_mobile_app_days: successful modern (not legacy) Exchange Online sign-ins from iOS and
-- Android per user and app: the unapproved mobile apps evidence.
CREATE TABLE "sign_in_mobile_app_days" (
  "tenant_id" UUID NOT NULL REFERENCES "tenants"("id") ON DELETE CASCADE,
  "day" DATE NOT NULL,
  "user_principal_name" TEXT NOT NULL,
  "app_id" TEXT NOT NULL,
  "app_display_name" TEXT NOT NULL,
  "operating_system" TEXT NOT NULL,
  "count" BIGINT NOT NULL,
  PRIMARY KEY ("tenant_id", "day", "user_principal_name", "app_id", "app_display_name", "operating_system")
);

-- The statement text, rewritten: the wide rollup's INSERT becomes the four narrow ones; the
-- daily counts, protocol days and freshness stay as they were. Keys in key order (no deadlock
-- between concurrent batches). Rows that a table does not count are filtered before grouping.
CREATE OR REPLACE FUNCTION "posture_sign_in_rollup_sql"(source TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $fn$
SELECT format($q$
  INSERT INTO sign_in_legacy_user_days AS r
  SELECT tenant_id, (created_at AT TIME ZONE 'UTC')::date, lower(coalesce(user_principal_name, '')),
         coalesce(client_app_used, ''), is_success,
         count(*), min(created_at), max(created_at), (array_agg(id ORDER BY created_at DESC, id))[1:3]
    FROM %1$I WHERE is_legacy
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("tenant_id", "day", "user_principal_name", "client_app_used", "is_success")
  DO UPDATE SET "count" = r."count" + excluded."count",
                "first_seen" = least(r."first_seen", excluded."first_seen"),
                "last_seen" = greatest(r."last_seen", excluded."last_seen"),
                "sample_ids" = CASE WHEN excluded."last_seen" >= r."last_seen"
                                    THEN (excluded."sample_ids" || r."sample_ids")[1:3]
                                    ELSE (r."sample_ids" || excluded."sample_ids")[1:3] END;
  INSERT INTO sign_in_legacy_clients AS c
  SELECT tenant_id, (created_at AT TIME ZONE 'UTC')::date, lower(coalesce(user_principal_name, '')),
         coalesce(client_app_used, ''), coalesce(app_display_name, ''), coalesce(operating_system, ''),
         coalesce(device_id, ''), coalesce(user_agent, ''), count(*)
    FROM %1$I WHERE is_legacy AND is_success
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ("tenant_id", "day", "user_principal_name", "client_app_used", "app_display_name",
               "operating_system", "device_id", "user_agent")
  DO UPDATE SET "count" = c."count" + excluded."count";
  INSERT INTO sign_in_exchange_user_days AS x
  SELECT tenant_id, (created_at AT TIME ZONE 'UTC')::date, lower(coalesce(user_principal_name, '')),
         count(*) FILTER (WHERE coalesce(is_interactive, false) AND coalesce(authentication_requirement, '') <> ''),
         count(*) FILTER (WHERE coalesce(is_interactive, false) AND authentication_requirement = 'multiFactorAuthentication'),
         count(*) FILTER (WHERE conditional_access_status = 'notApplied')
    FROM %1$I WHERE is_success AND is_exchange
   GROUP BY 1, 2, 3
   ORDER BY 1, 2, 3
  ON CONFLICT ("tenant_id", "day", "user_principal_name")
  DO UPDATE SET "mfa_considered" = x."mfa_considered" + excluded."mfa_considered",
                "mfa_required" = x."mfa_required" + excluded."mfa_required",
                "ca_not_applied" = x."ca_not_applied" + excluded."ca_not_applied";
  INSERT INTO sign_in_mobile_app_days AS m
  SELECT tenant_id, (created_at AT TIME ZONE 'UTC')::date, lower(coalesce(user_principal_name, '')),
         coalesce(app_id, ''), coalesce(app_display_name, ''), coalesce(operating_system, ''), count(*)
    FROM %1$I WHERE is_success AND is_exchange AND NOT is_legacy AND is_mobile
   GROUP BY 1, 2, 3, 4, 5, 6
   ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("tenant_id", "day", "user_principal_name", "app_id", "app_display_name", "operating_system")
  DO UPDATE SET "count" = m."count" + excluded."count";
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
  INSERT INTO sign_in_protocol_days AS pd
  SELECT tenant_id, (created_at AT TIME ZONE 'UTC')::date, coalesce(client_app_used, ''),
         is_legacy, is_success, count(*)
    FROM %1$I
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("tenant_id", "day", "client_app_used", "is_legacy", "is_success")
  DO UPDATE SET "count" = pd."count" + excluded."count";
  INSERT INTO sign_in_freshness AS f (tenant_id, last_ingested_at, last_created_at)
  SELECT tenant_id, max(ingested_at), max(created_at) FROM %1$I GROUP BY 1 ORDER BY 1
  ON CONFLICT ("tenant_id")
  DO UPDATE SET "last_ingested_at" = greatest(f."last_ingested_at", excluded."last_ingested_at"),
                "last_created_at" = greatest(f."last_created_at", excluded."last_created_at");
$q$, source)
$fn$;

-- Backfill the narrow tables once from the sign-ins already stored (the daily counts, protocol
-- days and freshness are already complete).
DO $$
DECLARE
  stmt TEXT := posture_sign_in_rollup_sql('sign_ins');
BEGIN
  -- Only the first four statements: the new tables.
  EXECUTE array_to_string((string_to_array(stmt, ';'))[1:4], ';');
END $$;

DROP TABLE "sign_in_rollups";
