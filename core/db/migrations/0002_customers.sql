-- TeamLedger schema 2: customers and the customer pool (DESIGN §2.2), follow-ups, field check-ins,
-- opportunities. Coordinates are INTEGER micro-degrees (WGS-84 × 1,000,000); money INTEGER fen.

CREATE TABLE customers (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL CHECK (length(name) > 0),
    type            TEXT NOT NULL DEFAULT 'sme'
                    CHECK (type IN ('key_account', 'sme', 'individual', 'channel', 'other')),
    level           TEXT NOT NULL DEFAULT 'C' CHECK (level IN ('A', 'B', 'C')),
    industry        TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    latitude_e6     INTEGER CHECK (latitude_e6 BETWEEN -90000000 AND 90000000),
    longitude_e6    INTEGER CHECK (longitude_e6 BETWEEN -180000000 AND 180000000),
    credit_limit    INTEGER NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    payment_days    INTEGER NOT NULL DEFAULT 30 CHECK (payment_days >= 0),
    owner_id        INTEGER REFERENCES employees(id),  -- NULL = in the pool (公海)
    owned_since     TEXT,                              -- start of the current ownership (date)
    pool_since      TEXT,                              -- when it last entered the pool (date)
    created_on      TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    -- Derived (kept by the follow-up service; not part of the audited snapshot): the time of the last
    -- follow-up by the current owner since owned_since.
    last_owner_followup_at TEXT,
    CHECK ((owner_id IS NULL) = (owned_since IS NULL)),
    CHECK ((latitude_e6 IS NULL) = (longitude_e6 IS NULL))
) STRICT;
CREATE INDEX customers_owner ON customers (owner_id, code);
CREATE INDEX customers_name ON customers (name, id);
CREATE INDEX customers_level ON customers (level, code);
CREATE INDEX customers_pool ON customers (pool_since, id) WHERE owner_id IS NULL;

CREATE TABLE customer_contacts (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    title       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    wechat      TEXT NOT NULL DEFAULT '',
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1))
) STRICT;
CREATE INDEX customer_contacts_customer ON customer_contacts (customer_id);

-- Every change of owner (DESIGN §2.2): from, to, when, why. Append-only.
CREATE TABLE customer_ownership (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers(id),
    from_owner_id INTEGER REFERENCES employees(id),
    to_owner_id   INTEGER REFERENCES employees(id),
    at            TEXT NOT NULL,   -- date-time
    reason        TEXT NOT NULL CHECK (reason IN ('created', 'claimed', 'assigned', 'reclaimed_no_follow_up',
                                                  'reclaimed_no_deal', 'released', 'handover', 'manual')),
    note          TEXT NOT NULL DEFAULT '',
    user_id       INTEGER
) STRICT;
CREATE INDEX customer_ownership_customer ON customer_ownership (customer_id, at, id);
CREATE INDEX customer_ownership_from ON customer_ownership (from_owner_id, at);
CREATE INDEX customer_ownership_to ON customer_ownership (to_owner_id, reason, at);
CREATE TRIGGER customer_ownership_no_update BEFORE UPDATE ON customer_ownership
BEGIN
    SELECT RAISE(ABORT, 'customer_ownership is append-only');
END;
CREATE TRIGGER customer_ownership_no_delete BEFORE DELETE ON customer_ownership
BEGIN
    SELECT RAISE(ABORT, 'customer_ownership is append-only');
END;

-- 跟进记录
CREATE TABLE followups (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    at          TEXT NOT NULL,   -- date-time
    method      TEXT NOT NULL CHECK (method IN ('phone', 'visit', 'wechat', 'email', 'other')),
    content     TEXT NOT NULL DEFAULT '',
    next_on     TEXT,            -- next follow-up date
    promised_payment_on TEXT     -- 承诺回款日 (used by receivables)
) STRICT;
CREATE INDEX followups_customer ON followups (customer_id, at, id);
CREATE INDEX followups_employee ON followups (employee_id, at);
CREATE INDEX followups_next ON followups (next_on) WHERE next_on IS NOT NULL;

-- 外勤签到, with the result of effective-visit matching.
CREATE TABLE checkins (
    id            INTEGER PRIMARY KEY,
    employee_id   INTEGER NOT NULL REFERENCES employees(id),
    at            TEXT NOT NULL,
    latitude_e6   INTEGER NOT NULL CHECK (latitude_e6 BETWEEN -90000000 AND 90000000),
    longitude_e6  INTEGER NOT NULL CHECK (longitude_e6 BETWEEN -180000000 AND 180000000),
    address       TEXT NOT NULL DEFAULT '',
    customer_id   INTEGER REFERENCES customers(id),   -- nearest matching customer, if any
    distance_m    INTEGER,
    effective     INTEGER NOT NULL DEFAULT 0 CHECK (effective IN (0, 1)),
    reason        TEXT NOT NULL DEFAULT ''            -- why (not) effective: a key, e.g. 'too_far'
) STRICT;
CREATE INDEX checkins_employee ON checkins (employee_id, at);
CREATE INDEX checkins_customer ON checkins (customer_id, at);
CREATE INDEX checkins_at ON checkins (at);            -- month counts and re-matching by period
-- Check-in matching: bounding-box prefilter on the coordinates (DESIGN §2.1), only located customers.
CREATE INDEX customers_location ON customers (latitude_e6, longitude_e6) WHERE latitude_e6 IS NOT NULL;

-- 商机
CREATE TABLE opportunities (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customers(id),
    owner_id          INTEGER NOT NULL REFERENCES employees(id),
    name              TEXT NOT NULL CHECK (length(name) > 0),
    amount            INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    stage             TEXT NOT NULL DEFAULT 'contact'
                      CHECK (stage IN ('contact', 'research', 'proposal', 'negotiation', 'won', 'lost')),
    expected_close_on TEXT,
    created_on        TEXT NOT NULL,
    closed_on         TEXT,
    note              TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX opportunities_customer ON opportunities (customer_id);
CREATE INDEX opportunities_owner ON opportunities (owner_id, stage);
CREATE INDEX opportunities_created ON opportunities (created_on); -- the funnel's period

CREATE TABLE opportunity_stages (
    id             INTEGER PRIMARY KEY,
    opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
    from_stage     TEXT,
    to_stage       TEXT NOT NULL,
    at             TEXT NOT NULL,
    user_id        INTEGER,
    note           TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX opportunity_stages_opportunity ON opportunity_stages (opportunity_id, at);
CREATE INDEX opportunity_stages_at ON opportunity_stages (at, to_stage);

-- Pool rules per customer level, effective-dated (DESIGN §2.2, §5 defaults).
CREATE TABLE pool_rules (
    id                 INTEGER PRIMARY KEY,
    effective_from     TEXT NOT NULL,
    level              TEXT NOT NULL CHECK (level IN ('A', 'B', 'C')),
    no_follow_up_days  INTEGER NOT NULL CHECK (no_follow_up_days > 0),
    no_deal_days       INTEGER NOT NULL CHECK (no_deal_days > 0),
    warn_days          INTEGER NOT NULL CHECK (warn_days >= 0),
    exempt_open_receivables INTEGER NOT NULL DEFAULT 1 CHECK (exempt_open_receivables IN (0, 1)),
    UNIQUE (effective_from, level)
) STRICT;

-- Claim limits per employee role (sales, sales_manager, ...), effective-dated.
CREATE TABLE pool_limits (
    id                   INTEGER PRIMARY KEY,
    effective_from       TEXT NOT NULL,
    employee_role        TEXT NOT NULL,
    owned_cap            INTEGER NOT NULL CHECK (owned_cap >= 0),
    deal_customers_count INTEGER NOT NULL DEFAULT 0 CHECK (deal_customers_count IN (0, 1)),
    claims_per_day       INTEGER NOT NULL CHECK (claims_per_day >= 0),
    cooldown_days        INTEGER NOT NULL CHECK (cooldown_days >= 0),
    UNIQUE (effective_from, employee_role)
) STRICT;

-- The sweep's own log: one row per real (not dry) run, for "once a day" and the reminder centre.
CREATE TABLE pool_sweeps (
    id        INTEGER PRIMARY KEY,
    as_of     TEXT NOT NULL,
    ran_at    TEXT NOT NULL,
    moved     INTEGER NOT NULL,
    warned    INTEGER NOT NULL,
    exempt    INTEGER NOT NULL,
    user_id   INTEGER
) STRICT;
