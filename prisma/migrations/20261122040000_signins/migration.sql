-- Sign-ins: Graph signIn events, time-partitioned by month, written with COPY through a staging
-- table (jobs/src/ingest/signins.repository.ts). Not managed by Prisma.
-- The classification columns are generated here so every reader agrees on what "legacy",
-- "Exchange Online", "successful" and "mobile" mean (docs/CHECKS.md, "Which sign-ins each check reads").

CREATE TABLE "sign_ins" (
  "tenant_id" UUID NOT NULL REFERENCES "tenants"("id") ON DELETE CASCADE,
  "created_at" TIMESTAMPTZ NOT NULL,
  "id" TEXT NOT NULL,
  "user_id" TEXT,
  "user_principal_name" TEXT,
  "app_id" TEXT,
  "app_display_name" TEXT,
  "resource_id" TEXT,
  "resource_display_name" TEXT,
  "client_app_used" TEXT,
  "error_code" INTEGER,
  "is_interactive" BOOLEAN,
  "authentication_requirement" TEXT,
  "conditional_access_status" TEXT,
  "operating_system" TEXT,
  "browser" TEXT,
  "device_id" TEXT,
  "user_agent" TEXT,
  "ip_address" TEXT,
  "event" JSONB NOT NULL,
  "ingested_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "is_legacy" BOOLEAN GENERATED ALWAYS AS (
    lower(coalesce("client_app_used", '')) NOT IN ('browser', 'mobile apps and desktop clients')
  ) STORED,
  "is_exchange" BOOLEAN GENERATED ALWAYS AS (
    coalesce("resource_id" = '00000002-0000-0ff1-ce00-000000000000', false)
    OR coalesce("app_id" = '00000002-0000-0ff1-ce00-000000000000', false)
    OR coalesce(lower("resource_display_name") = 'office 365 exchange online', false)
  ) STORED,
  "is_success" BOOLEAN GENERATED ALWAYS AS (coalesce("error_code" = 0, false)) STORED,
  "is_mobile" BOOLEAN GENERATED ALWAYS AS (
    lower(coalesce("operating_system", '')) LIKE 'ios%' OR lower(coalesce("operating_system", '')) LIKE 'android%'
  ) STORED,
  PRIMARY KEY ("tenant_id", "created_at", "id")
) PARTITION BY RANGE ("created_at");

CREATE INDEX "sign_ins_tenant_legacy_idx" ON "sign_ins" ("tenant_id", "is_legacy", "created_at");
CREATE INDEX "sign_ins_tenant_user_idx" ON "sign_ins" ("tenant_id", "user_principal_name", "created_at");

-- Creates the month partition holding ts (idempotent; safe when two ingesters race).
CREATE FUNCTION "posture_ensure_sign_in_partition"(ts TIMESTAMPTZ) RETURNS TEXT
LANGUAGE plpgsql AS $$
DECLARE
  month_start TIMESTAMPTZ := date_trunc('month', ts AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
  name TEXT := 'sign_ins_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('posture_sign_in_partitions'));
  IF to_regclass(quote_ident(name)) IS NULL THEN
    EXECUTE format(
      'CREATE TABLE %I PARTITION OF "sign_ins" FOR VALUES FROM (%L) TO (%L)',
      name, month_start, month_start + INTERVAL '1 month'
    );
  END IF;
  RETURN name;
END;
$$;

-- One open (or acknowledged) alert per tenant and check: a still-failing check opens no other.
CREATE UNIQUE INDEX "alerts_one_unresolved_per_check" ON "alerts" ("tenant_id", "check_id") WHERE "state" <> 'RESOLVED';
