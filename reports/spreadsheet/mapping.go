package spreadsheet

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
)

// Mapping says which row of the sheet is the header row and which field each column holds.
type Mapping struct {
	HeaderRow int      // 1-based row number of the header row
	Headers   []string // the header cells as written
	Columns   []Field  // the field of each column (FieldNone: not imported), as long as Headers
	// Remembered is true when the columns came from a mapping saved for files of this layout.
	Remembered bool
}

// Column returns the index of the column holding f, or -1.
func (m Mapping) Column(f Field) int {
	for i, c := range m.Columns {
		if c == f {
			return i
		}
	}
	return -1
}

// Name returns the header of the column holding f as written in the file, or the field's
// English name when no column holds it.
func (m Mapping) Name(f Field) string {
	if i := m.Column(f); i >= 0 && i < len(m.Headers) && strings.TrimSpace(m.Headers[i]) != "" {
		return strings.TrimSpace(m.Headers[i])
	}
	return f.String()
}

// Missing returns what the mapping lacks to import invoices (empty when it is complete):
// an invoice number, an amount (or open amount) and a date. A customer column is not
// required: reports grouped by customer name the customer in a heading above its invoices.
func (m Mapping) Missing() []string {
	var out []string
	need := func(ok bool, what string) {
		if !ok {
			out = append(out, what)
		}
	}
	has := func(f Field) bool { return m.Column(f) >= 0 }
	need(has(FieldInvoiceNumber), "invoice number")
	need(has(FieldAmount) || has(FieldOpen), "amount or open amount")
	need(has(FieldIssueDate) || has(FieldDueDate), "issue date or due date")
	return out
}

// Set assigns field f to column col (clearing it from any other column); FieldNone clears the column.
func (m *Mapping) Set(col int, f Field) {
	if col < 0 || col >= len(m.Columns) {
		return
	}
	if f != FieldNone {
		for i := range m.Columns {
			if m.Columns[i] == f {
				m.Columns[i] = FieldNone
			}
		}
	}
	m.Columns[col] = f
	m.Remembered = false
}

// Settings is where remembered mappings are kept: *data.Store satisfies it.
type Settings interface {
	Setting(key string) (string, error)
	SetSetting(key, value string) error
}

// layoutKey names the saved mapping of files whose header row reads like headers.
func layoutKey(headers []string) string {
	parts := make([]string, len(headers))
	for i, h := range headers {
		parts[i] = normalHeader(h).text
	}
	for len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return "import.mapping." + hex.EncodeToString(sum[:12])
}

// RememberMapping saves m's columns so that the next file with the same header row is read
// the same way.
func RememberMapping(s Settings, m Mapping) error {
	keys := make([]string, len(m.Columns))
	for i, f := range m.Columns {
		keys[i] = f.Key()
	}
	b, _ := json.Marshal(keys)
	if err := s.SetSetting(layoutKey(m.Headers), string(b)); err != nil {
		return fmt.Errorf("remember column mapping: %w", err)
	}
	return nil
}

// rememberedColumns returns the saved mapping for this header row, if there is one.
func rememberedColumns(s Settings, headers []string) ([]Field, bool, error) {
	if s == nil {
		return nil, false, nil
	}
	v, err := s.Setting(layoutKey(headers))
	if err != nil || v == "" {
		return nil, false, err
	}
	var keys []string
	if json.Unmarshal([]byte(v), &keys) != nil {
		return nil, false, nil
	}
	cols := make([]Field, len(headers))
	for i := range cols {
		if i < len(keys) {
			cols[i] = FieldByKey(keys[i])
		}
	}
	return cols, true, nil
}

// MappingFor returns the mapping of a sheet whose header row (1-based number headerRow)
// reads cells: the one remembered for this layout, else the one detected from the names.
func MappingFor(s Settings, cells []string, headerRow int) (Mapping, error) {
	cols, ok, err := rememberedColumns(s, cells)
	if err != nil {
		return Mapping{}, err
	}
	if !ok {
		cols, _ = detectColumns(cells)
	}
	return Mapping{HeaderRow: headerRow, Headers: append([]string(nil), cells...), Columns: cols, Remembered: ok}, nil
}
