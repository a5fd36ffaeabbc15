package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// LetterTemplate returns the user's template for a level and language, or ErrNotFound when the
// built-in text is used.
func (s *Store) LetterTemplate(country string, level int, language string) (LetterTemplate, error) {
	var t LetterTemplate
	var updated string
	err := s.r.QueryRow(`SELECT id, country, level, language, subject, body, updated_at FROM letter_templates
		WHERE country = ? AND level = ? AND language = ?`, country, level, language).Scan(
		&t.ID, &t.Country, &t.Level, &t.Language, &t.Subject, &t.Body, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return t, fmt.Errorf("letter template %s %d %s: %w", country, level, language, ErrNotFound)
	}
	if err != nil {
		return t, fmt.Errorf("read letter template %s %d %s: %w", country, level, language, err)
	}
	t.Updated = parseStamp(updated)
	return t, nil
}

// LetterTemplates returns every user template of a jurisdiction.
func (s *Store) LetterTemplates(country string) ([]LetterTemplate, error) {
	rows, err := s.r.Query(`SELECT id, country, level, language, subject, body, updated_at FROM letter_templates
		WHERE country = ? ORDER BY level, language`, country)
	if err != nil {
		return nil, fmt.Errorf("read letter templates %s: %w", country, err)
	}
	defer rows.Close()
	var out []LetterTemplate
	for rows.Next() {
		var t LetterTemplate
		var updated string
		if err := rows.Scan(&t.ID, &t.Country, &t.Level, &t.Language, &t.Subject, &t.Body, &updated); err != nil {
			return nil, fmt.Errorf("read letter templates %s: %w", country, err)
		}
		t.Updated = parseStamp(updated)
		out = append(out, t)
	}
	return out, rows.Err()
}

// SaveLetterTemplate validates and stores the user's wording of a level in a language,
// replacing an earlier one.
func (s *Store) SaveLetterTemplate(t *LetterTemplate) error {
	if err := t.Validate(); err != nil {
		return err
	}
	t.Updated = s.now()
	return s.tx(context.Background(), func(tx *sql.Tx) error {
		err := tx.QueryRow(`INSERT INTO letter_templates (country, level, language, subject, body, updated_at)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (country, level, language) DO UPDATE SET subject = excluded.subject,
			body = excluded.body, updated_at = excluded.updated_at RETURNING id`,
			t.Country, t.Level, t.Language, t.Subject, t.Body, stamp(t.Updated)).Scan(&t.ID)
		if err != nil {
			return fmt.Errorf("save letter template %s %d %s: %w", t.Country, t.Level, t.Language, err)
		}
		return nil
	})
}

// DeleteLetterTemplate removes the user's wording so the built-in text is used again.
func (s *Store) DeleteLetterTemplate(country string, level int, language string) error {
	res, err := s.w.Exec("DELETE FROM letter_templates WHERE country = ? AND level = ? AND language = ?",
		country, level, language)
	if err != nil {
		return fmt.Errorf("delete letter template %s %d %s: %w", country, level, language, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("letter template %s %d %s: %w", country, level, language, ErrNotFound)
	}
	return nil
}
