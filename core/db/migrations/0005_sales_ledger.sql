-- TeamLedger schema 5: indexes for the contract and payment lists, and removable instalments of a schedule.
--
-- Contract list sorts and filters (ContractQuery, 500,000 contracts): by amount, and by status (rare
-- statuses such as draft or cancelled must not walk the whole signing-date index).
CREATE INDEX contracts_amount ON contracts (amount, id);
CREATE INDEX contracts_status ON contracts (status, signed_on);
-- Payments with credit left, newest first over 1,500,000 payments (PaymentQuery; payments_unallocated of
-- schema 4 serves one customer's).
CREATE INDEX payments_credit ON payments (received_on, id) WHERE allocated_total < amount;

-- An instalment that nothing refers to (no allocation, write-off, dispute, promise, letter item or
-- interest settlement) may be removed from its contract's schedule (ContractService::update). Its collector
-- history goes with it: the history stays append-only for every instalment that exists. ContractService
-- deletes the instalment first (with deferred foreign keys), then its history rows.
DROP TRIGGER installment_collectors_no_delete;
CREATE TRIGGER installment_collectors_no_delete BEFORE DELETE ON installment_collectors
WHEN EXISTS (SELECT 1 FROM installments WHERE id = OLD.installment_id)
BEGIN
    SELECT RAISE(ABORT, 'installment_collectors is append-only');
END;
