package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// CreateMailing validates and records that a letter was posted, and logs it on the customer's
// timeline. USPS tracking numbers are stored without spaces.
func (s *Store) CreateMailing(m *Mailing) error {
	if err := m.Validate(); err != nil {
		return err
	}
	if strings.EqualFold(strings.TrimSpace(m.Carrier), CarrierUSPS) {
		m.Carrier, m.Tracking = CarrierUSPS, NormalizeTracking(m.Tracking)
	}
	return s.tx(context.Background(), func(tx *sql.Tx) error {
		var level string
		var written Date
		err := tx.QueryRow("SELECT customer_id, level_name, date FROM letters WHERE id = ?", m.LetterID).Scan(
			&m.CustomerID, &level, &written)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("mailing: letter %d: %w", m.LetterID, ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("record mailing: %w", err)
		}
		if m.Date < written {
			return &ValidationError{Record: "mailing", Fields: []FieldError{{"Date",
				"posted before the letter's date (" + written.String() + ")"}}}
		}
		m.Created = s.now()
		res, err := tx.Exec(`INSERT INTO mailings (letter_id, customer_id, date, method, carrier, tracking, note, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, m.LetterID, m.CustomerID, m.Date, m.Method, m.Carrier, m.Tracking, m.Note,
			stamp(m.Created))
		if err != nil {
			return fmt.Errorf("record mailing: %w", err)
		}
		m.ID, _ = res.LastInsertId()
		text := strings.TrimSpace(fmt.Sprintf("%s posted %s %s %s", level, m.Method, m.Carrier, m.Tracking))
		return s.addEvent(tx, &Event{At: m.Date.Time(), Kind: EventLetterMailed, CustomerID: m.CustomerID,
			Channel: ChannelLetter, Outcome: string(m.Method), Text: text, Ref: fmt.Sprintf("mailing:%d", m.ID)})
	})
}

// Mailings returns the mailings of a letter (letterID > 0) or of a customer (customerID > 0), newest first.
func (s *Store) Mailings(letterID, customerID int64) ([]Mailing, error) {
	q := `SELECT id, letter_id, customer_id, date, method, carrier, tracking, note, created_at FROM mailings WHERE `
	var arg int64
	if letterID > 0 {
		q, arg = q+"letter_id = ?", letterID
	} else {
		q, arg = q+"customer_id = ?", customerID
	}
	rows, err := s.r.Query(q+" ORDER BY date DESC, id DESC", arg)
	if err != nil {
		return nil, fmt.Errorf("read mailings: %w", err)
	}
	defer rows.Close()
	var out []Mailing
	for rows.Next() {
		var m Mailing
		var created string
		if err := rows.Scan(&m.ID, &m.LetterID, &m.CustomerID, &m.Date, &m.Method, &m.Carrier, &m.Tracking, &m.Note,
			&created); err != nil {
			return nil, fmt.Errorf("read mailings: %w", err)
		}
		m.Created = parseStamp(created)
		out = append(out, m)
	}
	return out, rows.Err()
}

// CreateReturnReceipt validates and records the return receipt of a mailing, with its scan,
// and logs it on the customer's timeline.
func (s *Store) CreateReturnReceipt(r *ReturnReceipt) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return s.tx(context.Background(), func(tx *sql.Tx) error {
		var customerID int64
		var mailed Date
		var tracking string
		err := tx.QueryRow("SELECT customer_id, date, tracking FROM mailings WHERE id = ?", r.MailingID).Scan(
			&customerID, &mailed, &tracking)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("return receipt: mailing %d: %w", r.MailingID, ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("record return receipt: %w", err)
		}
		if r.Date < mailed {
			return &ValidationError{Record: "return receipt", Fields: []FieldError{{"Date", "delivered before it was posted"}}}
		}
		r.Created = s.now()
		res, err := tx.Exec(`INSERT INTO return_receipts (mailing_id, date, signed_by, scan, scan_type, created_at)
			VALUES (?, ?, ?, ?, ?, ?)`, r.MailingID, r.Date, r.SignedBy, r.Scan, r.ScanType, stamp(r.Created))
		if err != nil {
			return fmt.Errorf("record return receipt: %w", err)
		}
		r.ID, _ = res.LastInsertId()
		text := strings.TrimSpace("delivered " + tracking + ", signed by " + r.SignedBy)
		return s.addEvent(tx, &Event{At: r.Date.Time(), Kind: EventReturnReceipt, CustomerID: customerID,
			Channel: ChannelLetter, Outcome: "delivered", Text: text, Ref: fmt.Sprintf("receipt:%d", r.ID)})
	})
}

// ReturnReceipts returns the receipts of a mailing, oldest first, without their scans
// (ScanSize says whether there is one; ReturnReceipt reads it).
func (s *Store) ReturnReceipts(mailingID int64) ([]ReturnReceipt, error) {
	rows, err := s.r.Query(`SELECT id, mailing_id, date, signed_by, coalesce(length(scan), 0), scan_type, created_at
		FROM return_receipts WHERE mailing_id = ? ORDER BY date, id`, mailingID)
	if err != nil {
		return nil, fmt.Errorf("read return receipts: %w", err)
	}
	defer rows.Close()
	var out []ReturnReceipt
	for rows.Next() {
		var r ReturnReceipt
		var created string
		if err := rows.Scan(&r.ID, &r.MailingID, &r.Date, &r.SignedBy, &r.ScanSize, &r.ScanType, &created); err != nil {
			return nil, fmt.Errorf("read return receipts: %w", err)
		}
		r.Created = parseStamp(created)
		out = append(out, r)
	}
	return out, rows.Err()
}

// ReturnReceipt returns one receipt with its scan, or ErrNotFound.
func (s *Store) ReturnReceipt(id int64) (ReturnReceipt, error) {
	var r ReturnReceipt
	var created string
	err := s.r.QueryRow(`SELECT id, mailing_id, date, signed_by, scan, scan_type, created_at FROM return_receipts
		WHERE id = ?`, id).Scan(&r.ID, &r.MailingID, &r.Date, &r.SignedBy, &r.Scan, &r.ScanType, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("return receipt %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return r, fmt.Errorf("read return receipt %d: %w", id, err)
	}
	r.ScanSize, r.Created = len(r.Scan), parseStamp(created)
	return r, nil
}
