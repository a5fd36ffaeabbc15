-- Overdue company file, schema version 3: indexes for aging as of any date.
--
-- invoices_open covers everything the aging sums read from an open invoice, so the
-- per-currency and per-customer totals over a million invoices read the index alone and
-- skip paid invoices entirely. payments_date finds the few payments dated after an as-of
-- date, whose allocations are added back to what was open on that date.
CREATE INDEX invoices_open ON invoices (currency, customer_id, due_date, issue_date, amount, paid)
    WHERE paid < amount;
CREATE INDEX payments_date ON payments (date);
