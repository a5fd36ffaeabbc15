package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

const levelColumns = `id, country, level, name, action, days_past_due, deadline_days, fee, currency, interest,
	compensation, certified, text_key`

func scanLevel(row interface{ Scan(...any) error }) (DunningLevel, error) {
	var l DunningLevel
	err := row.Scan(&l.ID, &l.Country, &l.Level, &l.Name, &l.Action, &l.DaysPastDue, &l.DeadlineDays, &l.Fee,
		&l.Currency, &l.Interest, &l.Compensation, &l.Certified, &l.TextKey)
	return l, err
}

// Ladder returns the escalation levels of a jurisdiction, lowest first.
func (s *Store) Ladder(country string) (Ladder, error) {
	rows, err := s.r.Query("SELECT "+levelColumns+" FROM dunning_levels WHERE country = ? ORDER BY level", country)
	if err != nil {
		return nil, fmt.Errorf("read escalation ladder %s: %w", country, err)
	}
	defer rows.Close()
	var out Ladder
	for rows.Next() {
		l, err := scanLevel(rows)
		if err != nil {
			return nil, fmt.Errorf("read escalation ladder %s: %w", country, err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// DunningLevel returns the level with the given ID.
func (s *Store) DunningLevel(id int64) (DunningLevel, error) {
	l, err := scanLevel(s.r.QueryRow("SELECT "+levelColumns+" FROM dunning_levels WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return l, fmt.Errorf("escalation level %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return l, fmt.Errorf("read escalation level %d: %w", id, err)
	}
	return l, nil
}

// SaveDunningLevel validates and stores l: a new level when l.ID is 0, else an update.
// Two levels of one country cannot share a number, and a level's days past due must lie
// strictly between those of its neighbours.
func (s *Store) SaveDunningLevel(l *DunningLevel) error {
	if err := l.Validate(); err != nil {
		return err
	}
	return s.tx(context.Background(), func(tx *sql.Tx) error {
		var clash int
		err := tx.QueryRow(`SELECT count(*) FROM dunning_levels WHERE country = ? AND id <> ? AND
			((level < ? AND days_past_due >= ?) OR (level > ? AND days_past_due <= ?))`,
			l.Country, l.ID, l.Level, l.DaysPastDue, l.Level, l.DaysPastDue).Scan(&clash)
		if err != nil {
			return fmt.Errorf("save escalation level: %w", err)
		}
		if clash > 0 {
			return &ValidationError{Record: "escalation level", Fields: []FieldError{{"DaysPastDue",
				"each level must come more days after the due date than the level before it"}}}
		}
		var res sql.Result
		if l.ID == 0 {
			res, err = tx.Exec(`INSERT INTO dunning_levels (country, level, name, action, days_past_due, deadline_days,
				fee, currency, interest, compensation, certified, text_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				l.Country, l.Level, l.Name, l.Action, l.DaysPastDue, l.DeadlineDays, l.Fee, l.Currency, l.Interest,
				l.Compensation, l.Certified, l.TextKey)
		} else {
			res, err = tx.Exec(`UPDATE dunning_levels SET country = ?, level = ?, name = ?, action = ?, days_past_due = ?,
				deadline_days = ?, fee = ?, currency = ?, interest = ?, compensation = ?, certified = ?, text_key = ?
				WHERE id = ?`, l.Country, l.Level, l.Name, l.Action, l.DaysPastDue, l.DeadlineDays, l.Fee, l.Currency,
				l.Interest, l.Compensation, l.Certified, l.TextKey, l.ID)
		}
		if err != nil {
			if isUniqueViolation(err) {
				return fmt.Errorf("escalation level %s %d: %w", l.Country, l.Level, ErrDuplicate)
			}
			return fmt.Errorf("save escalation level %s %d: %w", l.Country, l.Level, err)
		}
		if l.ID == 0 {
			l.ID, _ = res.LastInsertId()
		} else if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("escalation level %d: %w", l.ID, ErrNotFound)
		}
		return nil
	})
}

// DeleteDunningLevel removes a level from the ladder (letters already sent keep their level number).
func (s *Store) DeleteDunningLevel(id int64) error {
	res, err := s.w.Exec("DELETE FROM dunning_levels WHERE id = ?", id)
	if err != nil {
		return fmt.Errorf("delete escalation level %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("escalation level %d: %w", id, ErrNotFound)
	}
	return nil
}
