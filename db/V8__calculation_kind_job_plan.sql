-- Calculation history: job plans are stored as kind JOB_PLAN. A plan reads one material and one machine (their ids
-- are in material_id and machine_id) and many tools (their ids are in the stored envelope), so tool_id stays NULL.

ALTER TABLE calculation DROP CONSTRAINT calculation_kind_ck;
ALTER TABLE calculation ADD CONSTRAINT calculation_kind_ck CHECK (kind IN ('SPEED_FEED', 'OPTIMIZE', 'JOB_PLAN'));
