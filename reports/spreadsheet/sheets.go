package spreadsheet

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// maxSheetsLooked is how many other sheets sheetHint reads the start of.
const maxSheetsLooked = 20

// sheetHint says, when the sheet read cannot be mapped, which other sheets the workbook has
// and which of them have a header row the importer can map, suggesting --sheet for those.
// It is empty for a file of one sheet.
func (b *Book) sheetHint(ctx context.Context, s Settings, read string) string {
	var good, other []string
	for _, name := range b.Sheets {
		switch {
		case name == read:
		case len(good)+len(other) >= maxSheetsLooked:
			other = append(other, "…")
			return b.hintText(read, good, other)
		case b.mappable(ctx, s, name):
			good = append(good, name)
		default:
			other = append(other, name)
		}
	}
	if len(good)+len(other) == 0 {
		return ""
	}
	return b.hintText(read, good, other)
}

func (b *Book) hintText(read string, good, other []string) string {
	msg := fmt.Sprintf("sheet %q was read", read)
	switch len(good) {
	case 0:
		return msg + fmt.Sprintf("; the workbook's other sheets (%s) have no header row either", quoteAll(other))
	case 1:
		msg += fmt.Sprintf("; sheet %q has one: import it with --sheet %q", good[0], good[0])
	default:
		msg += fmt.Sprintf("; sheets %s have one: choose with --sheet NAME", quoteAll(good))
	}
	if len(other) > 0 {
		msg += fmt.Sprintf(" (the workbook also has %s)", quoteAll(other))
	}
	return msg
}

// mappable reports whether the first rows of sheet hold a header row with every column an
// import needs.
func (b *Book) mappable(ctx context.Context, s Settings, sheet string) bool {
	var head [][]string
	err := b.each(ctx, sheet, "", nil, func(row int, cells []string) error {
		head = append(head, cells)
		if row >= headerScanRows {
			return errStop
		}
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return false
	}
	var res Result
	return b.findMapping(s, head, &res) == nil && len(res.Mapping.Missing()) == 0
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
		if n == "…" {
			q[i] = n
		}
	}
	return strings.Join(q, ", ")
}
