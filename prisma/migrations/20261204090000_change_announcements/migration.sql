-- Changes are announced on one channel, posture_changes, with the changed table's name: to
-- credentials (api_tokens, sessions, users) as before, and now to tenants (a new, changed or
-- deleted tenant; its settings hold the sign-in retention every list applies). Each API process
-- drops what it read from that table (api/src/auth/change-cache.ts). A use of a credential,
-- which only moves last_used_at (once a minute), is not a change. pg_notify sends at commit, and
-- not at all on rollback.
DROP TRIGGER "api_tokens_credential_change" ON "api_tokens";
DROP TRIGGER "api_tokens_credential_truncate" ON "api_tokens";
DROP TRIGGER "sessions_credential_change" ON "sessions";
DROP TRIGGER "sessions_credential_truncate" ON "sessions";
DROP TRIGGER "users_credential_change" ON "users";
DROP TRIGGER "users_credential_truncate" ON "users";
DROP FUNCTION "posture_notify_credential_change"();

CREATE FUNCTION "posture_notify_change"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND TG_LEVEL = 'ROW'
     AND (to_jsonb(OLD) - 'last_used_at') = (to_jsonb(NEW) - 'last_used_at') THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('posture_changes', TG_TABLE_NAME);
  -- API processes started before this migration listen on the old channel until they restart:
  -- they must still hear every credential change (a revocation) meanwhile.
  IF TG_TABLE_NAME <> 'tenants' THEN
    PERFORM pg_notify('posture_credentials', TG_TABLE_NAME);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "api_tokens_change" AFTER UPDATE OR DELETE ON "api_tokens"
  FOR EACH ROW EXECUTE FUNCTION "posture_notify_change"();
CREATE TRIGGER "api_tokens_truncate" AFTER TRUNCATE ON "api_tokens"
  FOR EACH STATEMENT EXECUTE FUNCTION "posture_notify_change"();
CREATE TRIGGER "sessions_change" AFTER UPDATE OR DELETE ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION "posture_notify_change"();
CREATE TRIGGER "sessions_truncate" AFTER TRUNCATE ON "sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION "posture_notify_change"();
CREATE TRIGGER "users_change" AFTER UPDATE OR DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "posture_notify_change"();
CREATE TRIGGER "users_truncate" AFTER TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "posture_notify_change"();
-- A new tenant too: a list across every tenant reads it.
CREATE TRIGGER "tenants_change" AFTER INSERT OR UPDATE OR DELETE ON "tenants"
  FOR EACH ROW EXECUTE FUNCTION "posture_notify_change"();
CREATE TRIGGER "tenants_truncate" AFTER TRUNCATE ON "tenants"
  FOR EACH STATEMENT EXECUTE FUNCTION "posture_notify_change"();
