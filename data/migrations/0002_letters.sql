-- Overdue company file, schema version 2: the escalation ladder, statutory interest and fee
-- tables, letter templates, the letters as sent, mailings and return receipts.
--
-- Rates, fees and ladders are dated, user-editable rows. The defaults below were gathered in
-- November 2026 from the sources named on each row; the Settings screens show and edit them.

-- One step of the escalation ladder of a jurisdiction (the company's country picks the ladder).
CREATE TABLE dunning_levels (
    id            INTEGER PRIMARY KEY,
    country       TEXT NOT NULL,
    level         INTEGER NOT NULL CHECK (level >= 1),
    name          TEXT NOT NULL,
    action        TEXT NOT NULL DEFAULT 'letter' CHECK (action IN ('letter', 'handover')),
    days_past_due INTEGER NOT NULL CHECK (days_past_due >= 0),
    deadline_days INTEGER NOT NULL DEFAULT 14 CHECK (deadline_days >= 0),
    fee           INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0), -- minor units of currency
    currency      TEXT NOT NULL,
    interest      INTEGER NOT NULL DEFAULT 0, -- the letter claims statutory interest
    compensation  INTEGER NOT NULL DEFAULT 0, -- the letter claims fixed compensation (business debtors)
    certified     INTEGER NOT NULL DEFAULT 0, -- send by certified or registered mail
    text_key      TEXT NOT NULL,              -- the built-in text the templates start from
    UNIQUE (country, level)
) STRICT;

-- Statutory late-payment interest: annual rate = base + margin (basis points), valid from a date
-- until the next row of the same country and debtor kind.
CREATE TABLE interest_rates (
    id         INTEGER PRIMARY KEY,
    country    TEXT NOT NULL,
    debtor     TEXT NOT NULL CHECK (debtor IN ('consumer', 'business', 'all')),
    valid_from TEXT NOT NULL,
    base_bp    INTEGER NOT NULL,             -- reference rate, 1/100 %
    margin_bp  INTEGER NOT NULL DEFAULT 0,   -- statutory margin, 1/100 %
    source     TEXT NOT NULL DEFAULT '',
    UNIQUE (country, debtor, valid_from)
) STRICT;

-- Reminder-fee caps and fixed compensation. A compensation row applies to invoices of at least
-- min_principal (in principal_currency); the highest matching tier wins.
CREATE TABLE fee_rules (
    id                 INTEGER PRIMARY KEY,
    country            TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('reminder_cap', 'compensation')),
    debtor             TEXT NOT NULL CHECK (debtor IN ('consumer', 'business', 'all')),
    valid_from         TEXT NOT NULL,
    amount             INTEGER NOT NULL CHECK (amount >= 0),
    currency           TEXT NOT NULL,
    min_principal      INTEGER NOT NULL DEFAULT 0 CHECK (min_principal >= 0),
    principal_currency TEXT NOT NULL DEFAULT '',
    max_count          INTEGER NOT NULL DEFAULT 0 CHECK (max_count >= 0), -- reminder fees per claim, 0: no limit
    offsets_fees       INTEGER NOT NULL DEFAULT 0, -- compensation is reduced by the reminder fees charged
    source             TEXT NOT NULL DEFAULT '',
    UNIQUE (country, kind, debtor, valid_from, min_principal)
) STRICT;

-- Exchange rates entered by the user (e.g. the NBP EUR rate for Polish compensation): one unit
-- of from_currency is rate_micro / 1,000,000 units of to_currency.
CREATE TABLE exchange_rates (
    id            INTEGER PRIMARY KEY,
    date          TEXT NOT NULL,
    from_currency TEXT NOT NULL,
    to_currency   TEXT NOT NULL,
    rate_micro    INTEGER NOT NULL CHECK (rate_micro > 0),
    source        TEXT NOT NULL DEFAULT '',
    UNIQUE (date, from_currency, to_currency)
) STRICT;

-- The user's own wording of a ladder level in one language (built-in texts are used otherwise).
CREATE TABLE letter_templates (
    id         INTEGER PRIMARY KEY,
    country    TEXT NOT NULL,
    level      INTEGER NOT NULL,
    language   TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (country, level, language)
) STRICT;

-- Every letter exactly as produced. Letters are evidence: never changed, never deleted.
CREATE TABLE letters (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id),
    country      TEXT NOT NULL,
    level        INTEGER NOT NULL,
    level_name   TEXT NOT NULL,
    date         TEXT NOT NULL,
    deadline     TEXT NOT NULL,
    language     TEXT NOT NULL,
    currency     TEXT NOT NULL,
    principal    INTEGER NOT NULL,
    fee          INTEGER NOT NULL DEFAULT 0, -- charged by this letter
    fees         INTEGER NOT NULL DEFAULT 0, -- all reminder fees stated (this and earlier letters)
    interest     INTEGER NOT NULL DEFAULT 0,
    compensation INTEGER NOT NULL DEFAULT 0,
    total        INTEGER NOT NULL,
    pages        INTEGER NOT NULL,
    pdf          BLOB NOT NULL,
    sha256       TEXT NOT NULL,
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX letters_customer ON letters (customer_id, currency, date);

CREATE TABLE letter_invoices (
    letter_id  INTEGER NOT NULL REFERENCES letters (id),
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    open       INTEGER NOT NULL, -- open amount stated in the letter
    interest   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (letter_id, invoice_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX letter_invoices_invoice ON letter_invoices (invoice_id);

CREATE TRIGGER letters_keep_update BEFORE UPDATE ON letters
BEGIN
    SELECT RAISE(ABORT, 'a letter is kept exactly as produced');
END;
CREATE TRIGGER letters_keep_delete BEFORE DELETE ON letters
BEGIN
    SELECT RAISE(ABORT, 'a letter is kept exactly as produced');
END;

-- How and when a letter went out.
CREATE TABLE mailings (
    id          INTEGER PRIMARY KEY,
    letter_id   INTEGER NOT NULL REFERENCES letters (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    date        TEXT NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('ordinary', 'certified', 'registered')),
    carrier     TEXT NOT NULL DEFAULT '',
    tracking    TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX mailings_letter ON mailings (letter_id);

-- The signed return receipt (green card, electronic receipt, potwierdzenie odbioru).
CREATE TABLE return_receipts (
    id         INTEGER PRIMARY KEY,
    mailing_id INTEGER NOT NULL REFERENCES mailings (id),
    date       TEXT NOT NULL,
    signed_by  TEXT NOT NULL DEFAULT '',
    scan       BLOB,
    scan_type  TEXT NOT NULL DEFAULT '', -- MIME type of the scan
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX return_receipts_mailing ON return_receipts (mailing_id);

-- ---------------------------------------------------------------------------------------------
-- Default ladders: a gentle reminder just after the due date, a friendly letter at 30 days, a
-- firmer one explaining fees and interest at 60, a final demand at 90, then hand-over.
INSERT INTO dunning_levels (country, level, name, action, days_past_due, deadline_days, fee, currency,
    interest, compensation, certified, text_key) VALUES
-- Norway: inkassoforskriften § 1-2 (purring ≥ 14 days after due, ≥ 14 days to pay, NOK 35, at most two
-- fees); inkassoloven § 9 (inkassovarsel, ≥ 14 days from sending).
('NO', 1, 'Betalingspåminnelse', 'letter', 1, 14, 0, 'NOK', 0, 0, 0, 'reminder'),
('NO', 2, 'Purring', 'letter', 30, 14, 3500, 'NOK', 1, 0, 0, 'no_purring'),
('NO', 3, 'Inkassovarsel', 'letter', 60, 14, 3500, 'NOK', 1, 1, 0, 'no_inkassovarsel'),
('NO', 4, 'Overføres til inkasso', 'handover', 90, 0, 0, 'NOK', 0, 0, 0, 'handover'),
-- Germany: BGB §§ 286, 288; the cost of the first reminder cannot be charged, later ones actual costs only.
('DE', 1, 'Zahlungserinnerung', 'letter', 1, 14, 0, 'EUR', 0, 0, 0, 'reminder'),
('DE', 2, '1. Mahnung', 'letter', 30, 14, 0, 'EUR', 1, 0, 0, 'notice'),
('DE', 3, '2. Mahnung', 'letter', 60, 14, 250, 'EUR', 1, 1, 0, 'firm'),
('DE', 4, 'Letzte Mahnung', 'letter', 90, 14, 250, 'EUR', 1, 1, 1, 'final'),
('DE', 5, 'Mahnbescheid oder Inkasso', 'handover', 120, 0, 0, 'EUR', 0, 0, 0, 'handover'),
-- Poland: wezwanie do zapłaty by registered mail with proof of posting (art. 187 § 1 pkt 3 kpc).
('PL', 1, 'Przypomnienie o płatności', 'letter', 1, 7, 0, 'PLN', 0, 0, 0, 'reminder'),
('PL', 2, 'Przypomnienie o zaległej płatności', 'letter', 30, 14, 0, 'PLN', 0, 0, 0, 'notice'),
('PL', 3, 'Wezwanie do zapłaty', 'letter', 60, 14, 0, 'PLN', 1, 1, 1, 'firm'),
('PL', 4, 'Ostateczne przedsądowe wezwanie do zapłaty', 'letter', 90, 7, 0, 'PLN', 1, 1, 1, 'final'),
('PL', 5, 'Sąd (EPU) lub windykacja', 'handover', 120, 0, 0, 'PLN', 0, 0, 0, 'handover'),
-- United Kingdom: Pre-Action Protocol for Debt Claims (individuals, 30 days to reply) or the Practice
-- Direction on Pre-Action Conduct (businesses, about 14 days); 30 days satisfies both.
('GB', 1, 'Payment reminder', 'letter', 1, 14, 0, 'GBP', 0, 0, 0, 'reminder'),
('GB', 2, 'Overdue account', 'letter', 30, 14, 0, 'GBP', 0, 0, 0, 'notice'),
('GB', 3, 'Late payment notice', 'letter', 60, 14, 0, 'GBP', 1, 1, 0, 'firm'),
('GB', 4, 'Letter of claim', 'letter', 90, 30, 0, 'GBP', 1, 1, 1, 'letter_of_claim'),
('GB', 5, 'Small claim or agency', 'handover', 120, 0, 0, 'GBP', 0, 0, 0, 'handover'),
-- United States: interest only where a contract or state law allows it (off by default).
('US', 1, 'Payment reminder', 'letter', 1, 14, 0, 'USD', 0, 0, 0, 'reminder'),
('US', 2, 'Past-due notice', 'letter', 30, 14, 0, 'USD', 0, 0, 0, 'notice'),
('US', 3, 'Second past-due notice', 'letter', 60, 14, 0, 'USD', 0, 0, 0, 'firm'),
('US', 4, 'Final demand', 'letter', 90, 14, 0, 'USD', 0, 0, 1, 'final'),
('US', 5, 'Small claims or agency', 'handover', 120, 0, 0, 'USD', 0, 0, 0, 'handover');

-- ---------------------------------------------------------------------------------------------
-- Statutory interest tables.
INSERT INTO interest_rates (country, debtor, valid_from, base_bp, margin_bp, source) VALUES
-- Norway: forsinkelsesrente = Norges Bank policy rate + 8 points, fixed 1 Jan and 1 Jul.
('NO', 'all', '2023-01-01', 275, 800, 'Forsinkelsesrenteloven § 3; Finansdepartementet: 10.75 % 1st half 2023'),
('NO', 'all', '2023-07-01', 375, 800, 'Forsinkelsesrenteloven § 3; Finansdepartementet: 11.75 % 2nd half 2023'),
('NO', 'all', '2024-01-01', 450, 800, 'Forsinkelsesrenteloven § 3; Finansdepartementet: 12.50 % 2024'),
('NO', 'all', '2025-01-01', 450, 800, 'Forsinkelsesrenteloven § 3; Finansdepartementet: 12.50 % 1st half 2025'),
('NO', 'all', '2025-07-01', 425, 800, 'Forsinkelsesrenteloven § 3; Finansdepartementet: 12.25 % 2nd half 2025'),
('NO', 'all', '2026-01-01', 400, 800, 'Forsinkelsesrenteloven § 3; Finansdepartementet: 12.00 % 1st half 2026'),
-- Germany: Basiszinssatz (§ 247 BGB, Deutsche Bundesbank) + 5 points (consumers) / + 9 points (§ 288 BGB).
('DE', 'consumer', '2016-07-01', -88, 500, 'Basiszinssatz -0.88 % (Bundesbank) + 5 Pp., § 288 Abs. 1 BGB'),
('DE', 'consumer', '2023-01-01', 162, 500, 'Basiszinssatz 1.62 % (Bundesbank) + 5 Pp., § 288 Abs. 1 BGB'),
('DE', 'consumer', '2023-07-01', 312, 500, 'Basiszinssatz 3.12 % (Bundesbank) + 5 Pp., § 288 Abs. 1 BGB'),
('DE', 'consumer', '2024-01-01', 362, 500, 'Basiszinssatz 3.62 % (Bundesbank) + 5 Pp., § 288 Abs. 1 BGB'),
('DE', 'consumer', '2024-07-01', 337, 500, 'Basiszinssatz 3.37 % (Bundesbank) + 5 Pp., § 288 Abs. 1 BGB'),
('DE', 'consumer', '2025-01-01', 227, 500, 'Basiszinssatz 2.27 % (Bundesbank) + 5 Pp., § 288 Abs. 1 BGB'),
('DE', 'consumer', '2025-07-01', 127, 500, 'Basiszinssatz 1.27 % (Bundesbank) + 5 Pp., § 288 Abs. 1 BGB'),
('DE', 'consumer', '2026-01-01', 127, 500, 'Basiszinssatz 1.27 % (Bundesbank) + 5 Pp., § 288 Abs. 1 BGB'),
('DE', 'business', '2016-07-01', -88, 900, 'Basiszinssatz -0.88 % (Bundesbank) + 9 Pp., § 288 Abs. 2 BGB'),
('DE', 'business', '2023-01-01', 162, 900, 'Basiszinssatz 1.62 % (Bundesbank) + 9 Pp., § 288 Abs. 2 BGB'),
('DE', 'business', '2023-07-01', 312, 900, 'Basiszinssatz 3.12 % (Bundesbank) + 9 Pp., § 288 Abs. 2 BGB'),
('DE', 'business', '2024-01-01', 362, 900, 'Basiszinssatz 3.62 % (Bundesbank) + 9 Pp., § 288 Abs. 2 BGB'),
('DE', 'business', '2024-07-01', 337, 900, 'Basiszinssatz 3.37 % (Bundesbank) + 9 Pp., § 288 Abs. 2 BGB'),
('DE', 'business', '2025-01-01', 227, 900, 'Basiszinssatz 2.27 % (Bundesbank) + 9 Pp., § 288 Abs. 2 BGB'),
('DE', 'business', '2025-07-01', 127, 900, 'Basiszinssatz 1.27 % (Bundesbank) + 9 Pp., § 288 Abs. 2 BGB'),
('DE', 'business', '2026-01-01', 127, 900, 'Basiszinssatz 1.27 % (Bundesbank) + 9 Pp., § 288 Abs. 2 BGB'),
-- Poland: odsetki ustawowe za opóźnienie = NBP reference rate + 5.5 points (art. 481 § 2 kc), changing
-- with each NBP decision; commercial transactions: reference rate on 1 Jan / 1 Jul + 10 points
-- (ustawa o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych, art. 4 pkt 3).
('PL', 'consumer', '2022-09-08', 675, 550, 'Stopa referencyjna NBP 6.75 % + 5.5 pkt, art. 481 § 2 kc'),
('PL', 'consumer', '2023-09-07', 600, 550, 'Stopa referencyjna NBP 6.00 % + 5.5 pkt, art. 481 § 2 kc'),
('PL', 'consumer', '2023-10-05', 575, 550, 'Stopa referencyjna NBP 5.75 % + 5.5 pkt, art. 481 § 2 kc'),
('PL', 'consumer', '2025-05-08', 525, 550, 'Stopa referencyjna NBP 5.25 % + 5.5 pkt, art. 481 § 2 kc'),
('PL', 'consumer', '2025-07-03', 500, 550, 'Stopa referencyjna NBP 5.00 % + 5.5 pkt, art. 481 § 2 kc'),
('PL', 'consumer', '2025-09-04', 475, 550, 'Stopa referencyjna NBP 4.75 % + 5.5 pkt, art. 481 § 2 kc'),
('PL', 'consumer', '2025-10-09', 450, 550, 'Stopa referencyjna NBP 4.50 % + 5.5 pkt, art. 481 § 2 kc'),
('PL', 'business', '2023-01-01', 675, 1000, 'Stopa referencyjna NBP 6.75 % + 10 pkt (transakcje handlowe, I półrocze 2023)'),
('PL', 'business', '2023-07-01', 675, 1000, 'Stopa referencyjna NBP 6.75 % + 10 pkt (transakcje handlowe, II półrocze 2023)'),
('PL', 'business', '2024-01-01', 575, 1000, 'Stopa referencyjna NBP 5.75 % + 10 pkt (transakcje handlowe, I półrocze 2024)'),
('PL', 'business', '2024-07-01', 575, 1000, 'Stopa referencyjna NBP 5.75 % + 10 pkt (transakcje handlowe, II półrocze 2024)'),
('PL', 'business', '2025-01-01', 575, 1000, 'Stopa referencyjna NBP 5.75 % + 10 pkt (transakcje handlowe, I półrocze 2025)'),
('PL', 'business', '2025-07-01', 525, 1000, 'Stopa referencyjna NBP 5.25 % + 10 pkt (transakcje handlowe, II półrocze 2025)'),
-- United Kingdom: Late Payment of Commercial Debts (Interest) Act 1998: Bank of England base rate on
-- 31 Dec / 30 Jun + 8 points for the following half-year; otherwise 8 % (County Courts Act 1984 s. 69).
('GB', 'business', '2023-01-01', 350, 800, 'Late Payment of Commercial Debts (Interest) Act 1998: BoE base rate 3.50 % + 8'),
('GB', 'business', '2023-07-01', 500, 800, 'Late Payment of Commercial Debts (Interest) Act 1998: BoE base rate 5.00 % + 8'),
('GB', 'business', '2024-01-01', 525, 800, 'Late Payment of Commercial Debts (Interest) Act 1998: BoE base rate 5.25 % + 8'),
('GB', 'business', '2025-01-01', 475, 800, 'Late Payment of Commercial Debts (Interest) Act 1998: BoE base rate 4.75 % + 8'),
('GB', 'business', '2025-07-01', 425, 800, 'Late Payment of Commercial Debts (Interest) Act 1998: BoE base rate 4.25 % + 8'),
('GB', 'consumer', '1993-04-01', 0, 800, 'County Courts Act 1984 s. 69: 8 % simple (Judgment Debts (Rate of Interest) Order 1993)'),
-- United States: no national rate. Default: California Civil Code § 3289(b), 10 % a year on a contract
-- debt after breach; replace it with your state's rate or the rate in your contract.
('US', 'all', '2000-01-01', 0, 1000, 'California Civil Code § 3289(b): 10 % a year; replace with your state''s rate');

-- ---------------------------------------------------------------------------------------------
-- Reminder-fee caps and fixed compensation.
INSERT INTO fee_rules (country, kind, debtor, valid_from, amount, currency, min_principal, principal_currency,
    max_count, offsets_fees, source) VALUES
('NO', 'reminder_cap', 'all', '2020-10-01', 3500, 'NOK', 0, '', 2, 0,
    'Inkassoforskriften § 1-2: purregebyr 1/20 av inkassosatsen (NOK 35), høyst to gebyrer'),
('NO', 'compensation', 'business', '2024-01-01', 47000, 'NOK', 0, '', 0, 1,
    'Forsinkelsesrenteloven § 3 a: standardkompensasjon NOK 470 (2024–2025), avregnes mot purre- og inkassokostnader'),
('NO', 'compensation', 'business', '2026-01-01', 46000, 'NOK', 0, '', 0, 1,
    'Forsinkelsesrenteloven § 3 a: standardkompensasjon NOK 460 (1. halvår 2026), avregnes mot purre- og inkassokostnader'),
('DE', 'reminder_cap', 'all', '2002-01-01', 250, 'EUR', 0, '', 0, 0,
    'BGB §§ 280, 286: nur tatsächliche Kosten; die erste verzugsbegründende Mahnung ist nicht erstattungsfähig'),
('DE', 'compensation', 'business', '2014-07-29', 4000, 'EUR', 0, '', 0, 0,
    '§ 288 Abs. 5 BGB: Pauschale 40 € je Forderung, anzurechnen auf Kosten der Rechtsverfolgung'),
('PL', 'compensation', 'business', '2020-01-01', 4000, 'EUR', 0, 'PLN', 0, 0,
    'Art. 10 ustawy o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych: 40 EUR (do 5 000 zł)'),
('PL', 'compensation', 'business', '2020-01-01', 7000, 'EUR', 500000, 'PLN', 0, 0,
    'Art. 10 ustawy o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych: 70 EUR (5 000–50 000 zł)'),
('PL', 'compensation', 'business', '2020-01-01', 10000, 'EUR', 5000000, 'PLN', 0, 0,
    'Art. 10 ustawy o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych: 100 EUR (od 50 000 zł)'),
('GB', 'compensation', 'business', '2002-08-07', 4000, 'GBP', 0, 'GBP', 0, 0,
    'Late Payment of Commercial Debts (Interest) Act 1998 s. 5A: £40 (debt under £1,000)'),
('GB', 'compensation', 'business', '2002-08-07', 7000, 'GBP', 100000, 'GBP', 0, 0,
    'Late Payment of Commercial Debts (Interest) Act 1998 s. 5A: £70 (£1,000 to £9,999.99)'),
('GB', 'compensation', 'business', '2002-08-07', 10000, 'GBP', 1000000, 'GBP', 0, 0,
    'Late Payment of Commercial Debts (Interest) Act 1998 s. 5A: £100 (£10,000 or more)');
