-- A unit created by a reorganisation (a new commune from 1 July 2025) is expected only from its
-- first month on (YYYY-MM), as a merged unit stops being expected from `retired_from`.
ALTER TABLE units ADD COLUMN active_from TEXT;
