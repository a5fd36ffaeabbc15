package data

import (
	"context"
	"database/sql"
	"fmt"
)

// InterestRates returns the rate periods of a country (all debtor kinds), oldest first.
func (s *Store) InterestRates(country string) ([]InterestRate, error) {
	rows, err := s.r.Query(`SELECT id, country, debtor, valid_from, base_bp, margin_bp, source FROM interest_rates
		WHERE country = ? ORDER BY debtor, valid_from`, country)
	if err != nil {
		return nil, fmt.Errorf("read interest rates %s: %w", country, err)
	}
	defer rows.Close()
	var out []InterestRate
	for rows.Next() {
		var r InterestRate
		if err := rows.Scan(&r.ID, &r.Country, &r.Debtor, &r.ValidFrom, &r.BaseBP, &r.MarginBP, &r.Source); err != nil {
			return nil, fmt.Errorf("read interest rates %s: %w", country, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// SaveInterestRate validates and stores r (insert when r.ID is 0, else update).
func (s *Store) SaveInterestRate(r *InterestRate) error {
	if err := r.Validate(); err != nil {
		return err
	}
	args := []any{r.Country, r.Debtor, r.ValidFrom, r.BaseBP, r.MarginBP, r.Source}
	return s.saveRow("interest rate", &r.ID,
		`INSERT INTO interest_rates (country, debtor, valid_from, base_bp, margin_bp, source) VALUES (?, ?, ?, ?, ?, ?)`,
		`UPDATE interest_rates SET country = ?, debtor = ?, valid_from = ?, base_bp = ?, margin_bp = ?, source = ? WHERE id = ?`,
		args)
}

// DeleteInterestRate removes a rate period.
func (s *Store) DeleteInterestRate(id int64) error {
	return s.deleteRow("interest_rates", "interest rate", id)
}

const feeColumns = `id, country, kind, debtor, valid_from, amount, currency, min_principal, principal_currency,
	max_count, offsets_fees, source`

// FeeRules returns the reminder-fee caps and compensation tiers of a country.
func (s *Store) FeeRules(country string) ([]FeeRule, error) {
	rows, err := s.r.Query("SELECT "+feeColumns+` FROM fee_rules WHERE country = ?
		ORDER BY kind, debtor, valid_from, min_principal`, country)
	if err != nil {
		return nil, fmt.Errorf("read fee rules %s: %w", country, err)
	}
	defer rows.Close()
	var out []FeeRule
	for rows.Next() {
		var f FeeRule
		if err := rows.Scan(&f.ID, &f.Country, &f.Kind, &f.Debtor, &f.ValidFrom, &f.Amount, &f.Currency,
			&f.MinPrincipal, &f.PrincipalCurrency, &f.MaxCount, &f.OffsetsFees, &f.Source); err != nil {
			return nil, fmt.Errorf("read fee rules %s: %w", country, err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// SaveFeeRule validates and stores f (insert when f.ID is 0, else update).
func (s *Store) SaveFeeRule(f *FeeRule) error {
	if err := f.Validate(); err != nil {
		return err
	}
	args := []any{f.Country, f.Kind, f.Debtor, f.ValidFrom, f.Amount, f.Currency, f.MinPrincipal,
		f.PrincipalCurrency, f.MaxCount, f.OffsetsFees, f.Source}
	return s.saveRow("fee rule", &f.ID,
		`INSERT INTO fee_rules (country, kind, debtor, valid_from, amount, currency, min_principal, principal_currency,
			max_count, offsets_fees, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		`UPDATE fee_rules SET country = ?, kind = ?, debtor = ?, valid_from = ?, amount = ?, currency = ?,
			min_principal = ?, principal_currency = ?, max_count = ?, offsets_fees = ?, source = ? WHERE id = ?`,
		args)
}

// DeleteFeeRule removes a fee rule.
func (s *Store) DeleteFeeRule(id int64) error { return s.deleteRow("fee_rules", "fee rule", id) }

// ExchangeRates returns every exchange rate entered, newest first.
func (s *Store) ExchangeRates() ([]ExchangeRate, error) {
	rows, err := s.r.Query(`SELECT id, date, from_currency, to_currency, rate_micro, source FROM exchange_rates
		ORDER BY date DESC, from_currency, to_currency`)
	if err != nil {
		return nil, fmt.Errorf("read exchange rates: %w", err)
	}
	defer rows.Close()
	var out []ExchangeRate
	for rows.Next() {
		var x ExchangeRate
		if err := rows.Scan(&x.ID, &x.Date, &x.From, &x.To, &x.RateMicro, &x.Source); err != nil {
			return nil, fmt.Errorf("read exchange rates: %w", err)
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// SaveExchangeRate validates and stores x (insert when x.ID is 0, else update).
func (s *Store) SaveExchangeRate(x *ExchangeRate) error {
	if err := x.Validate(); err != nil {
		return err
	}
	args := []any{x.Date, x.From, x.To, x.RateMicro, x.Source}
	return s.saveRow("exchange rate", &x.ID,
		`INSERT INTO exchange_rates (date, from_currency, to_currency, rate_micro, source) VALUES (?, ?, ?, ?, ?)`,
		`UPDATE exchange_rates SET date = ?, from_currency = ?, to_currency = ?, rate_micro = ?, source = ? WHERE id = ?`,
		args)
}

// DeleteExchangeRate removes an exchange rate.
func (s *Store) DeleteExchangeRate(id int64) error {
	return s.deleteRow("exchange_rates", "exchange rate", id)
}

// saveRow inserts (when *id is 0, setting it) or updates one row of a small settings table.
func (s *Store) saveRow(record string, id *int64, insert, update string, args []any) error {
	return s.tx(context.Background(), func(tx *sql.Tx) error {
		var res sql.Result
		var err error
		if *id == 0 {
			res, err = tx.Exec(insert, args...)
		} else {
			res, err = tx.Exec(update, append(args, *id)...)
		}
		if err != nil {
			if isUniqueViolation(err) {
				return fmt.Errorf("%s: the same date and kind: %w", record, ErrDuplicate)
			}
			return fmt.Errorf("save %s: %w", record, err)
		}
		if *id == 0 {
			*id, _ = res.LastInsertId()
		} else if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("%s %d: %w", record, *id, ErrNotFound)
		}
		return nil
	})
}

func (s *Store) deleteRow(table, record string, id int64) error {
	res, err := s.w.Exec("DELETE FROM "+table+" WHERE id = ?", id)
	if err != nil {
		return fmt.Errorf("delete %s %d: %w", record, id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%s %d: %w", record, id, ErrNotFound)
	}
	return nil
}
