-- A tenant's sign-in version: the xmin of its sign_in_freshness row, which the insert trigger
-- (20261202124036_sign_in_rollups) replaces in the transaction of every insert. A delete of
-- sign-ins (the product runs none; an operator might) replaces it too, so a page boundary
-- remembered at the old version (BrowseRepository.newestPage) is found again. The values stay as
-- they are: the freshness of a check run is when sign-ins last arrived.
CREATE FUNCTION "posture_sign_in_deletes_touch_freshness"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE sign_in_freshness f SET last_ingested_at = f.last_ingested_at
   WHERE f.tenant_id IN (SELECT DISTINCT tenant_id FROM old_sign_ins);
  RETURN NULL;
END $$;

CREATE TRIGGER "sign_ins_touch_freshness" AFTER DELETE ON "sign_ins"
  REFERENCING OLD TABLE AS "old_sign_ins"
  FOR EACH STATEMENT EXECUTE FUNCTION "posture_sign_in_deletes_touch_freshness"();
