-- Calculation history: the optimizer's runs are stored as kind OPTIMIZE beside SPEED_FEED. The check constraint of
-- V6 is replaced rather than edited, so databases migrated before keep a valid history.

ALTER TABLE calculation DROP CONSTRAINT calculation_kind_ck;
ALTER TABLE calculation ADD CONSTRAINT calculation_kind_ck CHECK (kind IN ('SPEED_FEED', 'OPTIMIZE'));
