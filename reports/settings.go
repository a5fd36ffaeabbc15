package reports

import (
	"fmt"
	"strconv"
	"strings"

	"overdue/data"
)

// Settings keys in the company file.
const (
	settingEdges = "aging.edges" // "30,60,90"
	settingBasis = "aging.basis" // "due" or "invoice"
)

// Settings are the company's aging preferences, kept in the company file.
type Settings struct {
	Basis Basis
	Edges Edges
}

// DefaultSettings age by due date in 30/60/90-day buckets.
var DefaultSettings = Settings{Basis: ByDueDate, Edges: DefaultEdges}

// LoadSettings reads the aging settings of the company file; unset or unreadable values
// fall back to the defaults.
func LoadSettings(s *data.Store) (Settings, error) {
	st := DefaultSettings
	v, err := s.Setting(settingEdges)
	if err != nil {
		return st, err
	}
	if e, err := ParseEdges(v); err == nil {
		st.Edges = e
	}
	v, err = s.Setting(settingBasis)
	if err != nil {
		return st, err
	}
	if Basis(v) == ByInvoiceDate {
		st.Basis = ByInvoiceDate
	}
	return st, nil
}

// SaveSettings stores the aging settings in the company file.
func SaveSettings(s *data.Store, st Settings) error {
	if err := st.Edges.Validate(); err != nil {
		return err
	}
	if st.Basis != ByDueDate && st.Basis != ByInvoiceDate {
		return fmt.Errorf("aging basis %q: use due or invoice", st.Basis)
	}
	if err := s.SetSetting(settingEdges, st.Edges.String()); err != nil {
		return err
	}
	return s.SetSetting(settingBasis, string(st.Basis))
}

// Options returns aging options for asOf with these settings.
func (st Settings) Options(asOf data.Date) Options {
	return Options{AsOf: asOf, Basis: st.Basis, Edges: st.Edges}
}

// String writes the edges as "30,60,90".
func (e Edges) String() string { return fmt.Sprintf("%d,%d,%d", e[0], e[1], e[2]) }

// ParseEdges reads edges written as "30,60,90" (spaces, semicolons and slashes also separate).
func ParseEdges(s string) (Edges, error) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '/' || r == ' ' })
	var e Edges
	if len(f) != len(e) {
		return e, fmt.Errorf("aging buckets %q: give three numbers of days, such as 30,60,90", s)
	}
	for i, x := range f {
		n, err := strconv.Atoi(x)
		if err != nil {
			return e, fmt.Errorf("aging buckets %q: %q is not a whole number of days", s, x)
		}
		e[i] = n
	}
	return e, e.Validate()
}
