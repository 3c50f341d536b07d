-- TeamLedger schema 3: indexes for the customer lists (CustomerQuery) on 200,000 customers.
--
-- Sorting and filtering by the pool countdown ("reclaim on", DESIGN §2.2) without a scan: an owned
-- customer is reclaimed on min(F + N, O + M), N and M being the level's no-follow-up and no-deal days
-- in force on the as-of date, O = owned_since and F = the later of O and the date of the owner's last
-- follow-up (below, as an indexed expression; CustomerReclaimSql spells it exactly the same way). The
-- query walks, per level, the customers whose follow-up rule fires first in (F, id) order and those whose
-- no-deal rule fires first in (O, id) order; each index carries the other date, so telling the two
-- apart needs no table reads.
CREATE INDEX customers_reclaim_follow_up ON customers
    (level, max(owned_since, coalesce(date(last_owner_followup_at), owned_since)), id, owned_since)
    WHERE owner_id IS NOT NULL;
CREATE INDEX customers_reclaim_deal ON customers
    (level, owned_since, id, max(owned_since, coalesce(date(last_owner_followup_at), owned_since)))
    WHERE owner_id IS NOT NULL;
