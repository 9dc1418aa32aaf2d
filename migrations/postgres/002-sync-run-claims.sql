-- Which replica drives a synchronisation check, and until when (milliseconds since the epoch): a replica
-- claims a check with one conditional update and extends its claim while it drives it; a claim of a
-- replica that died lapses, and the watcher's next round takes the check up on another replica.
ALTER TABLE sync_runs ADD COLUMN driver TEXT;
ALTER TABLE sync_runs ADD COLUMN driver_until BIGINT;
