-- A change to a credential (an API token, a session, a user) is announced on the channel
-- posture_credentials, so every API process drops the credentials it cached
-- (api/src/auth/credential-cache.ts). A use of a credential, which only moves last_used_at (once
-- a minute), is not a change. pg_notify sends at commit, and not at all on rollback.
CREATE FUNCTION "posture_notify_credential_change"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND TG_LEVEL = 'ROW'
     AND (to_jsonb(OLD) - 'last_used_at') = (to_jsonb(NEW) - 'last_used_at') THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('posture_credentials', TG_TABLE_NAME);
  RETURN NULL;
END $$;

CREATE TRIGGER "api_tokens_credential_change" AFTER UPDATE OR DELETE ON "api_tokens"
  FOR EACH ROW EXECUTE FUNCTION "posture_notify_credential_change"();
CREATE TRIGGER "api_tokens_credential_truncate" AFTER TRUNCATE ON "api_tokens"
  FOR EACH STATEMENT EXECUTE FUNCTION "posture_notify_credential_change"();
CREATE TRIGGER "sessions_credential_change" AFTER UPDATE OR DELETE ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION "posture_notify_credential_change"();
CREATE TRIGGER "sessions_credential_truncate" AFTER TRUNCATE ON "sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION "posture_notify_credential_change"();
CREATE TRIGGER "users_credential_change" AFTER UPDATE OR DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "posture_notify_credential_change"();
CREATE TRIGGER "users_credential_truncate" AFTER TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "posture_notify_credential_change"();
