package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

const letterColumns = `id, customer_id, country, level, level_name, date, deadline, language, currency, principal,
	fee, fees, interest, compensation, total, pages, sha256, created_at`

func scanLetter(row interface{ Scan(...any) error }) (Letter, error) {
	var l Letter
	var created string
	err := row.Scan(&l.ID, &l.CustomerID, &l.Country, &l.Level, &l.LevelName, &l.Date, &l.Deadline, &l.Language,
		&l.Currency, &l.Principal, &l.Fee, &l.Fees, &l.Interest, &l.Compensation, &l.Total, &l.Pages, &l.SHA256, &created)
	l.Created = parseStamp(created)
	return l, err
}

// CreateLetters stores letters exactly as produced, all or none, each with its invoices, and
// logs for each a letter event on the customer's timeline plus fee and interest events for
// what it adds. IDs, SHA-256 digests and timestamps are set.
func (s *Store) CreateLetters(ctx context.Context, letters []*Letter) error {
	for _, l := range letters {
		if err := l.Validate(); err != nil {
			return err
		}
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		ins, err := tx.PrepareContext(ctx, `INSERT INTO letters (customer_id, country, level, level_name, date,
			deadline, language, currency, principal, fee, fees, interest, compensation, total, pages, pdf, sha256,
			created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return fmt.Errorf("store letters: %w", err)
		}
		defer ins.Close()
		invs, err := tx.PrepareContext(ctx, `INSERT INTO letter_invoices (letter_id, invoice_id, open, interest)
			VALUES (?, ?, ?, ?)`)
		if err != nil {
			return fmt.Errorf("store letters: %w", err)
		}
		defer invs.Close()
		for _, l := range letters {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := s.createLetter(ctx, tx, ins, invs, l); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *Store) createLetter(ctx context.Context, tx *sql.Tx, ins, invs *sql.Stmt, l *Letter) error {
	// The record is kept for good, so it must read in order: no letter dated in the future
	// (a day's grace for time zones), none before a letter already sent about the claim.
	if today := DateOf(s.now()); l.Date > today.AddDays(1) {
		return &ValidationError{Record: "letter", Fields: []FieldError{{"Date",
			"a letter is recorded on the day it is written, not " + l.Date.String()}}}
	}
	var last Date
	if err := tx.QueryRowContext(ctx, "SELECT max(date) FROM letters WHERE customer_id = ? AND currency = ?",
		l.CustomerID, l.Currency).Scan(&last); err != nil {
		return fmt.Errorf("store letter for customer %d: %w", l.CustomerID, err)
	}
	if last > l.Date {
		return &ValidationError{Record: "letter", Fields: []FieldError{{"Date",
			"a later letter (" + last.String() + ") has already been sent to this customer"}}}
	}
	l.SHA256 = Digest(l.PDF)
	l.Created = s.now()
	res, err := ins.ExecContext(ctx, l.CustomerID, l.Country, l.Level, l.LevelName, l.Date, l.Deadline, l.Language,
		l.Currency, l.Principal, l.Fee, l.Fees, l.Interest, l.Compensation, l.Total, l.Pages, l.PDF, l.SHA256,
		stamp(l.Created))
	if err != nil {
		if strings.Contains(err.Error(), "FOREIGN KEY") {
			return fmt.Errorf("letter: customer %d: %w", l.CustomerID, ErrNotFound)
		}
		return fmt.Errorf("store letter for customer %d: %w", l.CustomerID, err)
	}
	l.ID, _ = res.LastInsertId()
	for _, li := range l.Invoices {
		if _, err := invs.ExecContext(ctx, l.ID, li.InvoiceID, li.Open, li.Interest); err != nil {
			if strings.Contains(err.Error(), "FOREIGN KEY") {
				return fmt.Errorf("letter: invoice %d: %w", li.InvoiceID, ErrNotFound)
			}
			return fmt.Errorf("store letter for customer %d: %w", l.CustomerID, err)
		}
	}
	ref := fmt.Sprintf("letter:%d", l.ID)
	at := l.Date.Time()
	text := fmt.Sprintf("%s (level %d): %s due by %s", l.LevelName, l.Level,
		FormatMoney(l.Total, l.Currency, "en"), l.Deadline)
	events := []Event{{At: at, Kind: EventLetter, CustomerID: l.CustomerID, Amount: l.Total, Currency: l.Currency,
		Channel: ChannelLetter, Text: text, Ref: ref}}
	if l.Fee > 0 {
		events = append(events, Event{At: at, Kind: EventFee, CustomerID: l.CustomerID, Amount: l.Fee,
			Currency: l.Currency, Text: "reminder fee: " + l.LevelName, Ref: ref})
	}
	if l.CompensationAdded != 0 {
		events = append(events, Event{At: at, Kind: EventFee, CustomerID: l.CustomerID, Amount: l.CompensationAdded,
			Currency: l.Currency, Text: "fixed compensation: " + l.LevelName, Ref: ref})
	}
	if l.InterestAdded != 0 {
		events = append(events, Event{At: at, Kind: EventInterest, CustomerID: l.CustomerID, Amount: l.InterestAdded,
			Currency: l.Currency, Text: "statutory interest to " + l.Date.String() + ": " + l.LevelName, Ref: ref})
	}
	for i := range events {
		if err := s.addEvent(tx, &events[i]); err != nil {
			return err
		}
	}
	return nil
}

// Letter returns the letter with the given ID with its invoices, without the PDF bytes.
func (s *Store) Letter(id int64) (Letter, error) {
	l, err := scanLetter(s.r.QueryRow("SELECT "+letterColumns+" FROM letters WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return l, fmt.Errorf("letter %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return l, fmt.Errorf("read letter %d: %w", id, err)
	}
	rows, err := s.r.Query(`SELECT invoice_id, open, interest FROM letter_invoices WHERE letter_id = ?
		ORDER BY invoice_id`, id)
	if err != nil {
		return l, fmt.Errorf("read letter %d: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var li LetterInvoice
		if err := rows.Scan(&li.InvoiceID, &li.Open, &li.Interest); err != nil {
			return l, fmt.Errorf("read letter %d: %w", id, err)
		}
		l.Invoices = append(l.Invoices, li)
	}
	return l, rows.Err()
}

// LetterPDF returns the stored PDF of a letter, checked against its SHA-256.
func (s *Store) LetterPDF(id int64) ([]byte, error) {
	var pdf []byte
	var sum string
	err := s.r.QueryRow("SELECT pdf, sha256 FROM letters WHERE id = ?", id).Scan(&pdf, &sum)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("letter %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read letter %d: %w", id, err)
	}
	if Digest(pdf) != sum {
		return nil, fmt.Errorf("letter %d: the stored PDF does not match its SHA-256", id)
	}
	return pdf, nil
}

// Letters returns the letters selected by f, newest first, without PDF bytes or invoices.
func (s *Store) Letters(f LetterFilter) ([]Letter, error) {
	var conds []string
	var args []any
	if f.CustomerID != 0 {
		conds = append(conds, "customer_id = ?")
		args = append(args, f.CustomerID)
	}
	if f.Currency != "" {
		conds = append(conds, "currency = ?")
		args = append(args, f.Currency)
	}
	if f.Since != 0 {
		conds = append(conds, "date >= ?")
		args = append(args, f.Since)
	}
	q := "SELECT " + letterColumns + " FROM letters"
	if len(conds) > 0 {
		q += " WHERE " + strings.Join(conds, " AND ")
	}
	q += " ORDER BY date DESC, id DESC"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	rows, err := s.r.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("list letters: %w", err)
	}
	defer rows.Close()
	var out []Letter
	for rows.Next() {
		l, err := scanLetter(rows)
		if err != nil {
			return nil, fmt.Errorf("list letters: %w", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
