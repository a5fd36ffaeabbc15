package data

import (
	"context"
	"database/sql"
	"strings"
)

// querier is what both *sql.DB and *sql.Tx offer; store functions that must run inside a
// caller's transaction take one.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// foldReplacer maps letters with diacritics to their plain forms so that a search for
// "zolc" finds "Żółć" and "Muller" finds "Müller".
var foldReplacer = strings.NewReplacer(
	"ą", "a", "ć", "c", "ę", "e", "ł", "l", "ń", "n", "ó", "o", "ś", "s", "ź", "z", "ż", "z",
	"æ", "ae", "ø", "o", "å", "a", "ä", "a", "ö", "o", "ü", "u", "ß", "ss", "é", "e", "è", "e",
	"á", "a", "à", "a", "í", "i", "ú", "u", "ñ", "n", "ç", "c", "č", "c", "š", "s", "ž", "z",
)

// FoldSearch lower-cases s and strips diacritics, for search-as-you-type matching.
func FoldSearch(s string) string { return foldReplacer.Replace(strings.ToLower(s)) }

// likePattern turns a search term into a LIKE pattern matching it anywhere, escaping % _ and \.
func likePattern(term string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(FoldSearch(strings.TrimSpace(term))) + "%"
}

// nullID stores 0 as NULL for optional foreign keys.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// placeholders returns "?, ?, ?" for n arguments.
func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}
