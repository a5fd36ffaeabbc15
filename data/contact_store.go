package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

const contactColumns = `id, customer_id, kind, name, street, postcode, city, region, country, phone, email, note`

func scanContact(row interface{ Scan(...any) error }) (Contact, error) {
	var c Contact
	err := row.Scan(&c.ID, &c.CustomerID, &c.Kind, &c.Name, &c.Street, &c.Postcode, &c.City, &c.Region,
		&c.Country, &c.Phone, &c.Email, &c.Note)
	return c, err
}

// Contact returns the contact with the given ID.
func (s *Store) Contact(id int64) (Contact, error) {
	c, err := scanContact(s.r.QueryRow("SELECT "+contactColumns+" FROM contacts WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, fmt.Errorf("contact %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return c, fmt.Errorf("read contact %d: %w", id, err)
	}
	return c, nil
}

// Contacts returns a customer's contacts, billing first.
func (s *Store) Contacts(customerID int64) ([]Contact, error) {
	rows, err := s.r.Query("SELECT "+contactColumns+` FROM contacts WHERE customer_id = ?
		ORDER BY CASE kind WHEN 'billing' THEN 0 WHEN 'workplace' THEN 1 WHEN 'home' THEN 2
		WHEN 'next_of_kin' THEN 3 ELSE 4 END, id`, customerID)
	if err != nil {
		return nil, fmt.Errorf("read contacts of customer %d: %w", customerID, err)
	}
	defer rows.Close()
	var out []Contact
	for rows.Next() {
		c, err := scanContact(rows)
		if err != nil {
			return nil, fmt.Errorf("read contacts: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// BillingContact returns the contact letters are addressed to: the billing one, else the first.
func (s *Store) BillingContact(customerID int64) (Contact, error) {
	cs, err := s.Contacts(customerID)
	if err != nil {
		return Contact{}, err
	}
	if len(cs) == 0 {
		return Contact{}, fmt.Errorf("address of customer %d: %w", customerID, ErrNotFound)
	}
	return cs[0], nil
}

// CreateContact validates and inserts c, setting c.ID.
func (s *Store) CreateContact(c *Contact) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return s.tx(context.Background(), func(tx *sql.Tx) error { return s.createContact(tx, c) })
}

func (s *Store) createContact(q querier, c *Contact) error {
	res, err := q.ExecContext(context.Background(), `INSERT INTO contacts (customer_id, kind, name, street, postcode,
		city, region, country, phone, email, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.CustomerID, c.Kind, c.Name, c.Street, c.Postcode, c.City, c.Region, c.Country, c.Phone, c.Email, c.Note)
	if err != nil {
		return fmt.Errorf("create contact for customer %d: %w", c.CustomerID, err)
	}
	c.ID, _ = res.LastInsertId()
	return nil
}

// UpdateContact validates and saves c.
func (s *Store) UpdateContact(c *Contact) error {
	if err := c.Validate(); err != nil {
		return err
	}
	res, err := s.w.Exec(`UPDATE contacts SET kind = ?, name = ?, street = ?, postcode = ?, city = ?, region = ?,
		country = ?, phone = ?, email = ?, note = ? WHERE id = ?`,
		c.Kind, c.Name, c.Street, c.Postcode, c.City, c.Region, c.Country, c.Phone, c.Email, c.Note, c.ID)
	if err != nil {
		return fmt.Errorf("update contact %d: %w", c.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("update contact %d: %w", c.ID, ErrNotFound)
	}
	return nil
}

// DeleteContact removes a contact.
func (s *Store) DeleteContact(id int64) error {
	res, err := s.w.Exec("DELETE FROM contacts WHERE id = ?", id)
	if err != nil {
		return fmt.Errorf("delete contact %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("delete contact %d: %w", id, ErrNotFound)
	}
	return nil
}
