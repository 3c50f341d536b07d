-- TeamLedger schema 1: company, settings, city profiles, users, audit log, departments, employees,
-- labour contracts. Money is INTEGER fen, rates INTEGER parts per million, dates ISO text.

CREATE TABLE company (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    legal_name  TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    tax_id      TEXT NOT NULL DEFAULT '',
    language    TEXT NOT NULL DEFAULT 'zh_CN' CHECK (language IN ('zh_CN', 'en')),
    created_at  TEXT NOT NULL
) STRICT;

-- Company rules as key/value (pool rules, reminder offsets ... added by later modules).
CREATE TABLE settings (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    value       TEXT NOT NULL
) STRICT;

-- City profiles for social insurance, housing fund and minimum wage, effective-dated (DESIGN §5).
CREATE TABLE city_profiles (
    id                        INTEGER PRIMARY KEY,
    city                      TEXT NOT NULL,
    name                      TEXT NOT NULL,
    effective_from            TEXT NOT NULL,
    si_base_min               INTEGER NOT NULL CHECK (si_base_min >= 0),
    si_base_max               INTEGER NOT NULL CHECK (si_base_max >= si_base_min),
    pension_employee_ppm      INTEGER NOT NULL CHECK (pension_employee_ppm BETWEEN 0 AND 1000000),
    medical_employee_ppm      INTEGER NOT NULL CHECK (medical_employee_ppm BETWEEN 0 AND 1000000),
    unemployment_employee_ppm INTEGER NOT NULL CHECK (unemployment_employee_ppm BETWEEN 0 AND 1000000),
    pension_employer_ppm      INTEGER NOT NULL CHECK (pension_employer_ppm BETWEEN 0 AND 1000000),
    medical_employer_ppm      INTEGER NOT NULL CHECK (medical_employer_ppm BETWEEN 0 AND 1000000),
    unemployment_employer_ppm INTEGER NOT NULL CHECK (unemployment_employer_ppm BETWEEN 0 AND 1000000),
    injury_employer_ppm       INTEGER NOT NULL CHECK (injury_employer_ppm BETWEEN 0 AND 1000000),
    hf_base_min               INTEGER NOT NULL CHECK (hf_base_min >= 0),
    hf_base_max               INTEGER NOT NULL CHECK (hf_base_max >= hf_base_min),
    hf_rate_ppm               INTEGER NOT NULL CHECK (hf_rate_ppm BETWEEN 0 AND 1000000),
    minimum_wage              INTEGER NOT NULL CHECK (minimum_wage >= 0),
    -- rounding of each contribution: a storage key of money/Rounding.h (roundingKey)
    si_rounding               TEXT NOT NULL DEFAULT 'half_up_fen',
    hf_rounding               TEXT NOT NULL DEFAULT 'half_up_yuan',
    UNIQUE (city, effective_from)
) STRICT;

CREATE TABLE departments (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    parent_id   INTEGER REFERENCES departments(id),
    manager_id  INTEGER REFERENCES employees(id),
    created_at  TEXT NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE UNIQUE INDEX departments_parent_name ON departments (ifnull(parent_id, 0), name);

CREATE TABLE employees (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL CHECK (length(name) > 0),
    department_id INTEGER REFERENCES departments(id),
    position      TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL DEFAULT 'other'
                  CHECK (role IN ('sales', 'sales_manager', 'hr', 'finance', 'other')),
    manager_id    INTEGER REFERENCES employees(id),
    hire_date     TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'active'
                  CHECK (status IN ('active', 'probation', 'leaving', 'left')),
    leave_date    TEXT,
    id_number     TEXT NOT NULL DEFAULT '',
    gender        TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'M', 'F')),
    birth_date    TEXT,
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    bank_name     TEXT NOT NULL DEFAULT '',
    bank_account  TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (manager_id IS NULL OR manager_id <> id)
) STRICT;
CREATE INDEX employees_name ON employees (name, id);
-- Keyset paging of EmployeeQuery: (sort key, id) for code (the UNIQUE index), name, hire date, and the
-- per-department and per-status walks of the department and status sorts.
CREATE INDEX employees_department ON employees (department_id, id);
CREATE INDEX employees_status ON employees (status, id);
CREATE INDEX employees_hire ON employees (hire_date, id);
CREATE INDEX employees_manager ON employees (manager_id);
CREATE INDEX employees_id_number ON employees (id_number) WHERE id_number <> '';

CREATE TABLE employee_attachments (
    id          INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
    data        BLOB NOT NULL,
    added_at    TEXT NOT NULL
) STRICT;
CREATE INDEX employee_attachments_employee ON employee_attachments (employee_id);

-- Labour contracts (劳动合同); a renewal is a new row with the next seq.
CREATE TABLE labour_contracts (
    id            INTEGER PRIMARY KEY,
    employee_id   INTEGER NOT NULL REFERENCES employees(id),
    seq           INTEGER NOT NULL CHECK (seq >= 1),
    type          TEXT NOT NULL CHECK (type IN ('fixed', 'open_ended', 'task')),
    start_date    TEXT NOT NULL,
    end_date      TEXT,
    probation_end TEXT,
    signed_on     TEXT,
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    UNIQUE (employee_id, seq),
    CHECK (type <> 'fixed' OR end_date IS NOT NULL),
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK (probation_end IS NULL OR probation_end >= start_date)
) STRICT;
CREATE INDEX labour_contracts_end ON labour_contracts (end_date);
CREATE INDEX labour_contracts_probation ON labour_contracts (probation_end);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL
                    CHECK (role IN ('admin', 'hr', 'finance', 'sales_manager', 'sales', 'auditor')),
    employee_id     INTEGER REFERENCES employees(id),
    password_hash   TEXT NOT NULL,
    failed_logins   INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    last_login_at   TEXT
) STRICT;

-- The audit trail: append-only, hash-chained.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     INTEGER,
    username    TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER,
    label       TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_user ON audit_log (username, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
