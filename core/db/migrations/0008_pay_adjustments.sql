-- Pay adjustments (DESIGN §2.7: "corrections are a new adjustment in a later run"): an amount added to
-- (补发) or taken from (补扣) one employee's pay of one month, with its reason and the earlier month it
-- corrects, if any. Taxable with the month's wage. The run of the month includes them; once that run is
-- approved or locked they cannot change, even from the sqlite3 shell.
CREATE TABLE pay_adjustments (
    id          INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    period      TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    amount      INTEGER NOT NULL CHECK (amount <> 0), -- fen; negative = 补扣
    reason      TEXT NOT NULL CHECK (length(reason) > 0),
    corrects    TEXT CHECK (corrects IS NULL OR (corrects GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
                                                 AND corrects < period)),
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES users(id)
) STRICT;
CREATE INDEX pay_adjustments_period ON pay_adjustments (period, employee_id);

CREATE TRIGGER pay_adjustments_closed_insert BEFORE INSERT ON pay_adjustments
WHEN (SELECT status FROM payroll_runs WHERE period = NEW.period) IN ('approved', 'locked')
BEGIN
    SELECT RAISE(ABORT, 'the payroll of that month is approved or locked: adjust a later month');
END;
CREATE TRIGGER pay_adjustments_closed_update BEFORE UPDATE ON pay_adjustments
WHEN (SELECT status FROM payroll_runs WHERE period = OLD.period) IN ('approved', 'locked')
  OR (SELECT status FROM payroll_runs WHERE period = NEW.period) IN ('approved', 'locked')
BEGIN
    SELECT RAISE(ABORT, 'the payroll of that month is approved or locked: adjust a later month');
END;
CREATE TRIGGER pay_adjustments_closed_delete BEFORE DELETE ON pay_adjustments
WHEN (SELECT status FROM payroll_runs WHERE period = OLD.period) IN ('approved', 'locked')
BEGIN
    SELECT RAISE(ABORT, 'the payroll of that month is approved or locked: adjust a later month');
END;
