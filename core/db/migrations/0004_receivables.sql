-- TeamLedger schema 4: sales contracts, instalments (receivables), payments and their allocation,
-- disputes, write-offs, promises and demands, late-interest settlements, reconciliation letters
-- (DESIGN §2.3, §2.4). Money INTEGER fen, rates INTEGER parts per million, dates ISO text.
--
-- Posted documents are never edited: a payment is reversed (payment_reversals + negative allocations),
-- allocations, collector changes and letter items are append-only. The *_total / last_paid_on columns are
-- caches of the ledger kept by the services in the same transaction (derived columns, not audited).

CREATE TABLE contracts (
    id                INTEGER PRIMARY KEY,
    contract_no       TEXT NOT NULL UNIQUE CHECK (length(contract_no) > 0),
    customer_id       INTEGER NOT NULL REFERENCES customers(id),
    salesperson_id    INTEGER NOT NULL REFERENCES employees(id),  -- credited salesperson
    signed_on         TEXT NOT NULL,
    amount            INTEGER NOT NULL CHECK (amount > 0),
    kind              TEXT NOT NULL CHECK (kind IN ('new', 'renewal', 'addon')),
    -- draft: not yet signed, creates no receivable; active: signed, receivables open; closed: fully
    -- settled or ended; cancelled: void (only while nothing was paid).
    status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'closed', 'cancelled')),
    interest_rate_ppm INTEGER CHECK (interest_rate_ppm BETWEEN 0 AND 1000000), -- annual; NULL = default
    title             TEXT NOT NULL DEFAULT '',
    note              TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL
) STRICT;
CREATE INDEX contracts_customer ON contracts (customer_id, signed_on);
CREATE INDEX contracts_salesperson ON contracts (salesperson_id, signed_on);
CREATE INDEX contracts_signed ON contracts (signed_on, id);

CREATE TABLE contract_attachments (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts(id),
    file_name   TEXT NOT NULL,
    mime        TEXT NOT NULL DEFAULT '',
    content     BLOB NOT NULL,
    added_at    TEXT NOT NULL,
    user_id     INTEGER
) STRICT;
CREATE INDEX contract_attachments_contract ON contract_attachments (contract_id);

-- 分期应收: one receivable per instalment. customer_id repeats the contract's (never changes) so that
-- lists filter by customer on an index. collector_id: the responsible collector now (history below).
CREATE TABLE installments (
    id                INTEGER PRIMARY KEY,
    contract_id       INTEGER NOT NULL REFERENCES contracts(id),
    customer_id       INTEGER NOT NULL REFERENCES customers(id),
    seq               INTEGER NOT NULL CHECK (seq > 0),
    due_on            TEXT NOT NULL,
    amount            INTEGER NOT NULL CHECK (amount > 0),
    collector_id      INTEGER NOT NULL REFERENCES employees(id),
    -- caches of the ledger (allocations, approved write-offs), derived:
    paid_total        INTEGER NOT NULL DEFAULT 0 CHECK (paid_total >= 0),
    written_off_total INTEGER NOT NULL DEFAULT 0 CHECK (written_off_total >= 0),
    last_paid_on      TEXT,
    CHECK (paid_total + written_off_total <= amount),
    UNIQUE (contract_id, seq)
) STRICT;
CREATE INDEX installments_collector ON installments (collector_id, due_on, id);
CREATE INDEX installments_customer ON installments (customer_id, due_on, id);
CREATE INDEX installments_due ON installments (due_on, id);
CREATE INDEX installments_open ON installments (due_on, id) WHERE paid_total + written_off_total < amount;

CREATE TABLE installment_collectors (
    id             INTEGER PRIMARY KEY,
    installment_id INTEGER NOT NULL REFERENCES installments(id),
    collector_id   INTEGER NOT NULL REFERENCES employees(id),
    from_on        TEXT NOT NULL,  -- date the collector took over
    at             TEXT NOT NULL,
    reason         TEXT NOT NULL CHECK (reason IN ('contract', 'import', 'handover', 'manual')),
    note           TEXT NOT NULL DEFAULT '',
    user_id        INTEGER
) STRICT;
CREATE INDEX installment_collectors_installment ON installment_collectors (installment_id, id);
CREATE TRIGGER installment_collectors_no_update BEFORE UPDATE ON installment_collectors
BEGIN
    SELECT RAISE(ABORT, 'installment_collectors is append-only');
END;
CREATE TRIGGER installment_collectors_no_delete BEFORE DELETE ON installment_collectors
BEGIN
    SELECT RAISE(ABORT, 'installment_collectors is append-only');
END;

-- 回款. Never edited: corrected by a reversal. allocated_total is a cache of its allocations (derived).
CREATE TABLE payments (
    id              INTEGER PRIMARY KEY,
    payment_no      TEXT NOT NULL UNIQUE CHECK (length(payment_no) > 0),
    customer_id     INTEGER NOT NULL REFERENCES customers(id),
    received_on     TEXT NOT NULL,
    amount          INTEGER NOT NULL CHECK (amount > 0),
    method          TEXT NOT NULL DEFAULT 'bank_transfer'
                    CHECK (method IN ('bank_transfer', 'cash', 'cheque', 'acceptance_bill', 'online', 'other')),
    reference       TEXT NOT NULL DEFAULT '',
    contract_id     INTEGER REFERENCES contracts(id),  -- named target contract, if any
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    user_id         INTEGER,
    allocated_total INTEGER NOT NULL DEFAULT 0 CHECK (allocated_total >= 0),
    CHECK (allocated_total <= amount)
) STRICT;
CREATE INDEX payments_customer ON payments (customer_id, received_on, id);
CREATE INDEX payments_received ON payments (received_on, id);
CREATE INDEX payments_contract ON payments (contract_id) WHERE contract_id IS NOT NULL;
CREATE INDEX payments_unallocated ON payments (customer_id, received_on, id) WHERE allocated_total < amount;
CREATE TRIGGER payments_posted BEFORE UPDATE OF payment_no, customer_id, received_on, amount, method,
    reference, contract_id, created_at, user_id ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments are never edited: reverse the payment instead');
END;
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments are never deleted: reverse the payment instead');
END;

CREATE TABLE payment_reversals (
    id          INTEGER PRIMARY KEY,
    payment_id  INTEGER NOT NULL UNIQUE REFERENCES payments(id),
    reversed_on TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (length(reason) > 0),
    at          TEXT NOT NULL,
    user_id     INTEGER
) STRICT;
CREATE TRIGGER payment_reversals_no_update BEFORE UPDATE ON payment_reversals
BEGIN
    SELECT RAISE(ABORT, 'payment_reversals is append-only');
END;
CREATE TRIGGER payment_reversals_no_delete BEFORE DELETE ON payment_reversals
BEGIN
    SELECT RAISE(ABORT, 'payment_reversals is append-only');
END;

-- The allocation ledger: signed amounts dated by when they take effect (a payment's allocation on its
-- received date or when credit is applied later; negative rows undo them on a reversal or a manual
-- re-allocation). An instalment's balance as of D = amount - allocations on or before D - write-offs
-- approved on or before D.
CREATE TABLE allocations (
    id             INTEGER PRIMARY KEY,
    payment_id     INTEGER NOT NULL REFERENCES payments(id),
    installment_id INTEGER NOT NULL REFERENCES installments(id),
    amount         INTEGER NOT NULL CHECK (amount <> 0),
    on_date        TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('auto', 'manual', 'reversal', 'unallocate')),
    at             TEXT NOT NULL,
    user_id        INTEGER
) STRICT;
CREATE INDEX allocations_installment ON allocations (installment_id, on_date);
CREATE INDEX allocations_payment ON allocations (payment_id);
CREATE TRIGGER allocations_no_update BEFORE UPDATE ON allocations
BEGIN
    SELECT RAISE(ABORT, 'allocations is append-only');
END;
CREATE TRIGGER allocations_no_delete BEFORE DELETE ON allocations
BEGIN
    SELECT RAISE(ABORT, 'allocations is append-only');
END;

-- 争议: an amount of an instalment locked as disputed (no reminders, no automatic moves) until resolved.
CREATE TABLE disputes (
    id             INTEGER PRIMARY KEY,
    installment_id INTEGER NOT NULL REFERENCES installments(id),
    amount         INTEGER NOT NULL CHECK (amount > 0),
    reason         TEXT NOT NULL CHECK (length(reason) > 0),
    opened_on      TEXT NOT NULL,
    opened_by      INTEGER,
    letter_id      INTEGER REFERENCES letters(id),  -- opened by a letter confirmed with a difference
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolved_on    TEXT,
    resolution     TEXT CHECK (resolution IN ('customer_pays', 'written_off', 'credited', 'withdrawn')),
    resolution_note TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'open') = (resolved_on IS NULL))
) STRICT;
CREATE INDEX disputes_installment ON disputes (installment_id, status);
CREATE INDEX disputes_open ON disputes (installment_id) WHERE status = 'open';

-- 坏账核销: requested with reason and evidence, approved by another user; counts only once approved.
CREATE TABLE write_offs (
    id             INTEGER PRIMARY KEY,
    installment_id INTEGER NOT NULL REFERENCES installments(id),
    amount         INTEGER NOT NULL CHECK (amount > 0),
    reason         TEXT NOT NULL CHECK (length(reason) > 0),
    evidence_name  TEXT NOT NULL DEFAULT '',
    evidence_mime  TEXT NOT NULL DEFAULT '',
    evidence       BLOB,
    requested_on   TEXT NOT NULL,
    requested_by   INTEGER,
    status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_on     TEXT,
    decided_by     INTEGER,
    decision_note  TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'pending') = (decided_on IS NULL))
) STRICT;
CREATE INDEX write_offs_installment ON write_offs (installment_id, status);
CREATE INDEX write_offs_pending ON write_offs (requested_on) WHERE status = 'pending';

-- 承诺回款: a promised payment date, usually recorded with a follow-up. Broken = the date passed and the
-- customer paid less than promised between made_on and promised_on (computed, not stored).
CREATE TABLE payment_promises (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers(id),
    installment_id INTEGER REFERENCES installments(id),
    followup_id    INTEGER REFERENCES followups(id),
    made_on        TEXT NOT NULL,
    promised_on    TEXT NOT NULL,
    amount         INTEGER NOT NULL CHECK (amount > 0),
    employee_id    INTEGER REFERENCES employees(id),
    note           TEXT NOT NULL DEFAULT '',
    CHECK (promised_on >= made_on)
) STRICT;
CREATE INDEX payment_promises_customer ON payment_promises (customer_id, promised_on);
CREATE INDEX payment_promises_promised ON payment_promises (promised_on);

-- Documented acts that interrupt the limitation period (民法典 Art. 195): a payment demand (催款),
-- a repayment plan, a lawsuit or arbitration. contract_id NULL = all of the customer's receivables.
CREATE TABLE payment_demands (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers(id),
    contract_id   INTEGER REFERENCES contracts(id),
    kind          TEXT NOT NULL CHECK (kind IN ('demand', 'dunning_letter', 'repayment_plan', 'lawsuit')),
    on_date       TEXT NOT NULL,
    method        TEXT NOT NULL DEFAULT '',  -- EMS, e-mail, in person...
    note          TEXT NOT NULL DEFAULT '',
    evidence_name TEXT NOT NULL DEFAULT '',
    evidence_mime TEXT NOT NULL DEFAULT '',
    evidence      BLOB,
    at            TEXT NOT NULL,
    user_id       INTEGER
) STRICT;
CREATE INDEX payment_demands_customer ON payment_demands (customer_id, on_date);

-- Late interest collected or waived (interest stays reported after the principal is paid until settled).
CREATE TABLE interest_settlements (
    id             INTEGER PRIMARY KEY,
    installment_id INTEGER NOT NULL REFERENCES installments(id),
    on_date        TEXT NOT NULL,
    amount         INTEGER NOT NULL CHECK (amount > 0),
    kind           TEXT NOT NULL CHECK (kind IN ('paid', 'waived')),
    note           TEXT NOT NULL DEFAULT '',
    at             TEXT NOT NULL,
    user_id        INTEGER
) STRICT;
CREATE INDEX interest_settlements_installment ON interest_settlements (installment_id);

-- 对账函. balance and items are the snapshot printed on the letter.
CREATE TABLE letters (
    id                INTEGER PRIMARY KEY,
    letter_no         TEXT NOT NULL UNIQUE,
    customer_id       INTEGER NOT NULL REFERENCES customers(id),
    salesperson_id    INTEGER REFERENCES employees(id),  -- the collector it was generated for, if any
    as_of             TEXT NOT NULL,
    balance           INTEGER NOT NULL,                  -- owed by the customer as of as_of (fen)
    pay_by            TEXT NOT NULL,                     -- payment demanded by this date
    reply_by          TEXT NOT NULL,                     -- reply deadline
    status            TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'sent', 'confirmed', 'difference', 'no_reply', 'cancelled')),
    created_at        TEXT NOT NULL,
    created_by        INTEGER,
    sent_on           TEXT,
    sent_method       TEXT NOT NULL DEFAULT '',          -- ems, express, email, in_person, fax
    tracking_no       TEXT NOT NULL DEFAULT '',
    confirmed_on      TEXT,
    confirmed_balance INTEGER,
    difference_amount INTEGER,
    difference_note   TEXT NOT NULL DEFAULT '',
    scan_name         TEXT NOT NULL DEFAULT '',
    scan_mime         TEXT NOT NULL DEFAULT '',
    scan              BLOB,
    note              TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX letters_customer ON letters (customer_id, as_of);
CREATE INDEX letters_salesperson ON letters (salesperson_id, as_of);
CREATE INDEX letters_status ON letters (status, reply_by);

CREATE TABLE letter_items (
    id             INTEGER PRIMARY KEY,
    letter_id      INTEGER NOT NULL REFERENCES letters(id),
    installment_id INTEGER NOT NULL REFERENCES installments(id),
    contract_no    TEXT NOT NULL,
    seq            INTEGER NOT NULL,
    due_on         TEXT NOT NULL,
    amount         INTEGER NOT NULL,
    paid           INTEGER NOT NULL,
    balance        INTEGER NOT NULL
) STRICT;
CREATE INDEX letter_items_letter ON letter_items (letter_id);
CREATE INDEX letter_items_installment ON letter_items (installment_id);
CREATE TRIGGER letter_items_no_update BEFORE UPDATE ON letter_items
BEGIN
    SELECT RAISE(ABORT, 'letter_items is append-only');
END;

-- Reminders a user has seen (notified) or dismissed; the reminders themselves are computed from the data.
CREATE TABLE reminder_marks (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL,
    key        TEXT NOT NULL,      -- kind:entity:trigger date, e.g. "due:123:2026-03-15"
    dismissed  INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)),
    at         TEXT NOT NULL,
    UNIQUE (user_id, key)
) STRICT;
