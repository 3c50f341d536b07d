-- TeamLedger schema 7: payroll (DESIGN §2.7) and attendance (DESIGN §2.1): salary profiles, attendance
-- records and leave requests, loss-deduction claims (工资支付暂行规定 Art. 16), year-to-date openings for a
-- mid-year go-live, payroll runs with their payslips and lines, and the loss recoveries a locked run made.
-- Money INTEGER fen, rates INTEGER parts per million, dates ISO text.
--
-- A run goes draft -> calculated -> approved -> locked. Payslips and their lines are append-only: a
-- recalculation (allowed until approval) writes a new calculation (payroll_runs.calc_no) and the run points
-- to it; the superseded payslips stay as history. Once a run is locked the triggers below refuse any change
-- of the run and any row added to it, even from the sqlite3 shell; a correction is an adjustment in a later
-- run.

-- 薪资档案, effective-dated: the profile in force for a month is the latest whose effective_from is on or
-- before the month's last day (a change mid-year applies from its month).
CREATE TABLE salary_profiles (
    id                 INTEGER PRIMARY KEY,
    employee_id        INTEGER NOT NULL REFERENCES employees(id),
    effective_from     TEXT NOT NULL,
    base_salary        INTEGER NOT NULL CHECK (base_salary >= 0),
    performance_salary INTEGER NOT NULL DEFAULT 0 CHECK (performance_salary >= 0), -- 绩效工资基数
    allowance          INTEGER NOT NULL DEFAULT 0 CHECK (allowance >= 0),          -- fixed monthly allowances
    si_base            INTEGER NOT NULL CHECK (si_base >= 0), -- declared social-insurance base
    hf_base            INTEGER NOT NULL CHECK (hf_base >= 0), -- declared housing-fund base
    -- the employee's housing-fund rate (employee and employer each), 5%..12%; 0 = the city profile's
    hf_rate_ppm        INTEGER NOT NULL DEFAULT 0
                       CHECK (hf_rate_ppm = 0 OR hf_rate_ppm BETWEEN 50000 AND 120000),
    special_deduction  INTEGER NOT NULL DEFAULT 0 CHECK (special_deduction >= 0), -- 专项附加扣除 a month
    commission_plan    TEXT NOT NULL DEFAULT '',
    -- Income-tax flags (domain-facts §1.5, §1.6). first_job and low_earner hold for the tax year of
    -- effective_from only: they are facts about one year, set again by a profile of the next year.
    first_job          INTEGER NOT NULL DEFAULT 0 CHECK (first_job IN (0, 1)),
    low_earner         INTEGER NOT NULL DEFAULT 0 CHECK (low_earner IN (0, 1)),
    bonus_separately   INTEGER NOT NULL DEFAULT 1 CHECK (bonus_separately IN (0, 1)),
    note               TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (employee_id, effective_from)
) STRICT;
CREATE INDEX salary_profiles_from ON salary_profiles (effective_from, employee_id);

-- Leave requests with approval (approver_id: the user who decided). half_days: the length in half days;
-- an odd number means the last day is a half day.
CREATE TABLE leave_requests (
    id            INTEGER PRIMARY KEY,
    employee_id   INTEGER NOT NULL REFERENCES employees(id),
    kind          TEXT NOT NULL CHECK (kind IN ('annual_leave', 'sick_leave', 'personal_leave')),
    from_date     TEXT NOT NULL,
    to_date       TEXT NOT NULL,
    half_days     INTEGER NOT NULL CHECK (half_days > 0),
    reason        TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'rejected')),
    requested_at  TEXT NOT NULL,
    requested_by  INTEGER REFERENCES users(id),
    approver_id   INTEGER REFERENCES users(id),
    decided_at    TEXT,
    decision_note TEXT NOT NULL DEFAULT '',
    CHECK (to_date >= from_date)
) STRICT;
CREATE INDEX leave_requests_employee ON leave_requests (employee_id, from_date);
CREATE INDEX leave_requests_status ON leave_requests (status, id);

-- 考勤: one record per employee and day. half_day = 1: the status covers half of the day, the other half
-- was worked. An approved leave request writes the records of its working days (leave_request_id).
CREATE TABLE attendance (
    id               INTEGER PRIMARY KEY,
    employee_id      INTEGER NOT NULL REFERENCES employees(id),
    date             TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('present', 'late', 'absent', 'annual_leave',
                                                     'sick_leave', 'personal_leave')),
    half_day         INTEGER NOT NULL DEFAULT 0 CHECK (half_day IN (0, 1)),
    leave_request_id INTEGER REFERENCES leave_requests(id),
    note             TEXT NOT NULL DEFAULT '',
    UNIQUE (employee_id, date)
) STRICT;
CREATE INDEX attendance_date ON attendance (date, employee_id);

-- Loss-deduction claims (工资支付暂行规定 Art. 16): deducted from wages at most 20% a month and never
-- below the minimum wage, oldest claim first. recovered: the sum of its loss_recoveries (written when a
-- run is locked); settled once recovered = amount.
CREATE TABLE loss_claims (
    id            INTEGER PRIMARY KEY,
    employee_id   INTEGER NOT NULL REFERENCES employees(id),
    amount        INTEGER NOT NULL CHECK (amount > 0),
    reason        TEXT NOT NULL CHECK (length(reason) > 0),
    evidence_name TEXT NOT NULL DEFAULT '',
    evidence_mime TEXT NOT NULL DEFAULT '',
    evidence      BLOB,
    write_off_id  INTEGER REFERENCES write_offs(id), -- the written-off receivable it comes from, if any
    status        TEXT NOT NULL DEFAULT 'requested'
                  CHECK (status IN ('requested', 'approved', 'rejected', 'settled')),
    requested_at  TEXT NOT NULL,
    requested_by  INTEGER REFERENCES users(id),
    approver_id   INTEGER REFERENCES users(id),
    decided_at    TEXT,
    decision_note TEXT NOT NULL DEFAULT '',
    recovered     INTEGER NOT NULL DEFAULT 0 CHECK (recovered >= 0 AND recovered <= amount),
    CHECK (status <> 'settled' OR recovered = amount)
) STRICT;
CREATE INDEX loss_claims_employee ON loss_claims (employee_id, status);

-- Year-to-date figures with this employer before the first run in the application (mid-year go-live):
-- added to the employee's locked payslips of the same year.
CREATE TABLE ytd_openings (
    id                 INTEGER PRIMARY KEY,
    employee_id        INTEGER NOT NULL REFERENCES employees(id),
    year               INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    months_employed    INTEGER NOT NULL CHECK (months_employed BETWEEN 0 AND 12),
    income             INTEGER NOT NULL DEFAULT 0 CHECK (income >= 0),
    special_deduction  INTEGER NOT NULL DEFAULT 0 CHECK (special_deduction >= 0),
    special_additional INTEGER NOT NULL DEFAULT 0 CHECK (special_additional >= 0),
    withheld           INTEGER NOT NULL DEFAULT 0 CHECK (withheld >= 0),
    note               TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (employee_id, year)
) STRICT;

-- One run per month. calc_no: the current calculation (0 = none yet); the totals are those of its payslips.
CREATE TABLE payroll_runs (
    id             INTEGER PRIMARY KEY,
    period         TEXT NOT NULL UNIQUE CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    status         TEXT NOT NULL DEFAULT 'draft'
                   CHECK (status IN ('draft', 'calculated', 'approved', 'locked')),
    calc_no        INTEGER NOT NULL DEFAULT 0 CHECK (calc_no >= 0),
    payslip_count  INTEGER NOT NULL DEFAULT 0,
    gross_total    INTEGER NOT NULL DEFAULT 0,
    net_total      INTEGER NOT NULL DEFAULT 0,
    iit_total      INTEGER NOT NULL DEFAULT 0,
    employer_total INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    created_by     INTEGER REFERENCES users(id),
    calculated_at  TEXT,
    calculated_by  INTEGER REFERENCES users(id),
    approved_at    TEXT,
    approved_by    INTEGER REFERENCES users(id),
    locked_at      TEXT,
    locked_by      INTEGER REFERENCES users(id)
) STRICT;
CREATE TRIGGER payroll_runs_locked_no_update BEFORE UPDATE ON payroll_runs WHEN OLD.status = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'the payroll run is locked: correct it with an adjustment in a later run');
END;
CREATE TRIGGER payroll_runs_locked_no_delete BEFORE DELETE ON payroll_runs WHEN OLD.status = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'the payroll run is locked: correct it with an adjustment in a later run');
END;

-- One payslip per employee and calculation. The month's figures feed the year-to-date of later months
-- (sums over locked runs); the ytd_* columns are the cumulative figures after this month. inputs: JSON of
-- everything the calculation used (salary and city profile figures, attendance, year to date before, pay
-- components, loss claims and the part of each deducted).
CREATE TABLE payslips (
    id                     INTEGER PRIMARY KEY,
    run_id                 INTEGER NOT NULL REFERENCES payroll_runs(id),
    calc_no                INTEGER NOT NULL CHECK (calc_no >= 1),
    employee_id            INTEGER NOT NULL REFERENCES employees(id),
    department_id          INTEGER, -- at the time of the calculation (history, no reference)
    city                   TEXT NOT NULL,
    gross                  INTEGER NOT NULL,
    employee_contributions INTEGER NOT NULL, -- 专项扣除 of the month
    taxable_income         INTEGER NOT NULL, -- income of the month for cumulative withholding
    special_additional     INTEGER NOT NULL, -- 专项附加扣除 of the month
    iit                    INTEGER NOT NULL, -- cumulative withholding of the month
    bonus_tax              INTEGER NOT NULL, -- tax on the annual bonus taxed separately
    loss_deducted          INTEGER NOT NULL,
    net                    INTEGER NOT NULL,
    employer_cost          INTEGER NOT NULL,
    months_employed        INTEGER NOT NULL,
    ytd_income             INTEGER NOT NULL,
    ytd_special_deduction  INTEGER NOT NULL,
    ytd_special_additional INTEGER NOT NULL,
    ytd_withheld           INTEGER NOT NULL,
    inputs                 TEXT NOT NULL,
    UNIQUE (run_id, calc_no, employee_id)
) STRICT;
CREATE INDEX payslips_employee ON payslips (employee_id, run_id);

CREATE TABLE payslip_lines (
    id          INTEGER PRIMARY KEY,
    payslip_id  INTEGER NOT NULL REFERENCES payslips(id),
    seq         INTEGER NOT NULL,
    code        TEXT NOT NULL, -- DESIGN §4 line codes
    amount      INTEGER NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    employer    INTEGER NOT NULL DEFAULT 0 CHECK (employer IN (0, 1)),
    UNIQUE (payslip_id, seq)
) STRICT;

-- What a locked run deducted for each loss claim.
CREATE TABLE loss_recoveries (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES loss_claims(id),
    payslip_id INTEGER NOT NULL REFERENCES payslips(id),
    amount     INTEGER NOT NULL CHECK (amount > 0),
    UNIQUE (claim_id, payslip_id)
) STRICT;
CREATE INDEX loss_recoveries_payslip ON loss_recoveries (payslip_id);

CREATE TRIGGER payslips_no_update BEFORE UPDATE ON payslips
BEGIN
    SELECT RAISE(ABORT, 'payslips are never changed: recalculate the run, or correct a locked run in a later run');
END;
CREATE TRIGGER payslips_no_delete BEFORE DELETE ON payslips
BEGIN
    SELECT RAISE(ABORT, 'payslips are never deleted: recalculate the run, or correct a locked run in a later run');
END;
CREATE TRIGGER payslips_closed_run BEFORE INSERT ON payslips
WHEN (SELECT status FROM payroll_runs WHERE id = NEW.run_id) IN ('approved', 'locked')
BEGIN
    SELECT RAISE(ABORT, 'the payroll run is approved or locked: no payslip can be added to it');
END;

CREATE TRIGGER payslip_lines_no_update BEFORE UPDATE ON payslip_lines
BEGIN
    SELECT RAISE(ABORT, 'payslip lines are never changed');
END;
CREATE TRIGGER payslip_lines_no_delete BEFORE DELETE ON payslip_lines
BEGIN
    SELECT RAISE(ABORT, 'payslip lines are never deleted');
END;
CREATE TRIGGER payslip_lines_closed_run BEFORE INSERT ON payslip_lines
WHEN (SELECT r.status FROM payslips p JOIN payroll_runs r ON r.id = p.run_id WHERE p.id = NEW.payslip_id)
     IN ('approved', 'locked')
BEGIN
    SELECT RAISE(ABORT, 'the payroll run is approved or locked: no payslip line can be added to it');
END;

CREATE TRIGGER loss_recoveries_no_update BEFORE UPDATE ON loss_recoveries
BEGIN
    SELECT RAISE(ABORT, 'loss recoveries are never changed');
END;
CREATE TRIGGER loss_recoveries_no_delete BEFORE DELETE ON loss_recoveries
BEGIN
    SELECT RAISE(ABORT, 'loss recoveries are never deleted');
END;
CREATE TRIGGER loss_recoveries_locked_run BEFORE INSERT ON loss_recoveries
WHEN (SELECT r.status FROM payslips p JOIN payroll_runs r ON r.id = p.run_id WHERE p.id = NEW.payslip_id)
     = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'the payroll run is locked: no loss recovery can be added to it');
END;
