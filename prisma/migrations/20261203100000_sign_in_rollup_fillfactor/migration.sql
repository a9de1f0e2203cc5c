-- Room on every page of the sign-in rollups for the next version of its rows (issue 12).
--
-- Each pushed or pulled batch adds to the counts of the rollup rows it touches (an UPDATE of the
-- row: a new version of it). On full pages (the default fillfactor of 100) the new version goes
-- to another page, so every index of the table gets a new entry and the old version stays until
-- a VACUUM: at a million sign-ins pushed in batches of 5,000, the rollups held ~20 dead versions
-- per live row and a check run, reading them by index, took 2.5 times as long as at 100,000.
-- With free space on the page the update is HOT (no updated column is indexed): no new index
-- entry, and the old versions are pruned from the page whenever it is read, without VACUUM.
-- A new setting applies to pages written from now on; an existing installation's tables get it
-- as they are rewritten (VACUUM FULL, or in time).
ALTER TABLE "sign_in_legacy_user_days" SET (fillfactor = 50);
ALTER TABLE "sign_in_legacy_clients" SET (fillfactor = 50);
ALTER TABLE "sign_in_exchange_user_days" SET (fillfactor = 50);
ALTER TABLE "sign_in_mobile_app_days" SET (fillfactor = 50);
ALTER TABLE "sign_in_daily_counts" SET (fillfactor = 50);
ALTER TABLE "sign_in_protocol_days" SET (fillfactor = 50);
ALTER TABLE "sign_in_freshness" SET (fillfactor = 50);
