package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Company returns the company profile, or ErrNotFound in a file that has none yet.
func (s *Store) Company() (Company, error) {
	var c Company
	err := s.r.QueryRow(`SELECT name, street, postcode, city, country, org_number, vat_number, iban, bic,
		account_number, email, phone, logo, currency, language FROM company WHERE id = 1`).Scan(
		&c.Name, &c.Street, &c.Postcode, &c.City, &c.Country, &c.OrgNumber, &c.VATNumber, &c.IBAN, &c.BIC,
		&c.AccountNumber, &c.Email, &c.Phone, &c.Logo, &c.Currency, &c.Language)
	if errors.Is(err, sql.ErrNoRows) {
		return c, fmt.Errorf("company profile: %w", ErrNotFound)
	}
	if err != nil {
		return c, fmt.Errorf("read company profile: %w", err)
	}
	return c, nil
}

// SaveCompany validates and stores the company profile.
func (s *Store) SaveCompany(c *Company) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return s.tx(context.Background(), func(tx *sql.Tx) error { return s.saveCompany(tx, c) })
}

func (s *Store) saveCompany(q querier, c *Company) error {
	_, err := q.ExecContext(context.Background(), `INSERT INTO company (id, name, street, postcode, city, country,
		org_number, vat_number, iban, bic, account_number, email, phone, logo, currency, language)
		VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, street = excluded.street,
		postcode = excluded.postcode, city = excluded.city, country = excluded.country,
		org_number = excluded.org_number, vat_number = excluded.vat_number, iban = excluded.iban,
		bic = excluded.bic, account_number = excluded.account_number, email = excluded.email,
		phone = excluded.phone, logo = excluded.logo, currency = excluded.currency, language = excluded.language`,
		c.Name, c.Street, c.Postcode, c.City, c.Country, c.OrgNumber, c.VATNumber, c.IBAN, c.BIC,
		c.AccountNumber, c.Email, c.Phone, c.Logo, c.Currency, c.Language)
	if err != nil {
		return fmt.Errorf("save company profile: %w", err)
	}
	return nil
}
