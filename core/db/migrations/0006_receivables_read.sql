-- TeamLedger schema 6: indexes for the receivables read side (ageing, the Receivables list, pool facts)
-- on 2,000,000 instalments.
--
-- The cached installments.paid_total / written_off_total equal the ledger as of a date on or after the
-- latest allocation and the latest approved write-off: two indexed MAX queries tell (AgingReport,
-- OpenItems, ReceivablesPoolFacts).
CREATE INDEX allocations_on_date ON allocations (on_date);
CREATE INDEX write_offs_decided ON write_offs (status, decided_on);
-- The Receivables list sorted by open balance (ReceivableQuery, keyset (balance, id)); the expression is
-- spelt exactly like this in the query.
CREATE INDEX installments_balance ON installments (amount - paid_total - written_off_total, id);
-- installments_open of schema 4 is spelt "paid_total + written_off_total < amount"; SQLite rewrites such a
-- term with the column on the right into "amount > paid_total + written_off_total" before matching partial
-- indexes, so it could never be used ("no query solution" under INDEXED BY). The same index again, spelt
-- the way SQLite matches it; queries may write either form.
DROP INDEX installments_open;
CREATE INDEX installments_open ON installments (due_on, id) WHERE amount > paid_total + written_off_total;
