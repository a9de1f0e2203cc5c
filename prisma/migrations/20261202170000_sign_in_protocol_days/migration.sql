-- Sign-ins per UTC day and client app (protocol), legacy or not, successful or refused: the
-- charts of legacy sign-ins per day by protocol (home page, sign-ins list) read this table, a
-- few rows per tenant and day, instead of the per-user rollup. Not managed by Prisma (like
-- sign_ins). The rollup statement text gains one INSERT; the trigger calls it unchanged.
CREATE TABLE "sign_in_protocol_days" (
  "tenant_id" UUID NOT NULL REFERENCES "tenants"("id") ON DELETE CASCADE,
  "day" DATE NOT NULL,
  "client_app_used" TEXT NOT NULL,
  "is_legacy" BOOLEAN NOT NULL,
  "is_success" BOOLEAN NOT NULL,
  "count" BIGINT NOT NULL,
  PRIMARY KEY ("tenant_id", "day", "client_app_used", "is_legacy", "is_success")
);

CREATE OR REPLACE FUNCTION "posture_sign_in_rollup_sql"(source TEXT) RETURNS TEXT
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

-- Backfill from the per-user rollup (same days, same counts), not from raw rows.
INSERT INTO sign_in_protocol_days
SELECT tenant_id, day, client_app_used, is_legacy, is_success, sum(count)
  FROM sign_in_rollups
 GROUP BY 1, 2, 3, 4, 5;
