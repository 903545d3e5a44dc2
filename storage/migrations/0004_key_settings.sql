-- Schema 4: per client key settings the user makes on the Keys page. A disabled key's calls are
-- refused by the proxy (403) before they go upstream; the proxy keeps the set of disabled ids in
-- memory and never reads this table per call. budget_usd_month is a monthly budget in US dollars,
-- NULL for none; it is shown against the key's spend of the calendar month.
ALTER TABLE client_keys ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE client_keys ADD COLUMN budget_usd_month REAL;
