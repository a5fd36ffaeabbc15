package spreadsheet

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// maxRecordBytes bounds one csv record, so a file with an unclosed quote cannot make the
// reader hold the whole rest of the file as one field.
const maxRecordBytes = 4 << 20

// maxCSVBytes bounds the size of a csv file.
const maxCSVBytes = 1 << 30

func (b *Book) openCSV(head []byte) error {
	if b.size > maxCSVBytes {
		return fmt.Errorf("%w: the file is %d MB, more than the %d MB Overdue reads", ErrNotSpreadsheet, b.size>>20, maxCSVBytes>>20)
	}
	b.Format = FormatCSV
	b.Encoding = detectEncoding(head)
	text := sampleText(head, b.Encoding)
	if !utf8.ValidString(text) || strings.ContainsRune(text, utf8.RuneError) && b.Encoding == EncodingUTF8 {
		return fmt.Errorf("%w: it is not a text file", ErrNotSpreadsheet)
	}
	b.Delimiter = detectDelimiter(text)
	name := strings.TrimSuffix(filepath.Base(b.Path), filepath.Ext(b.Path))
	b.Sheets = []string{name}
	return nil
}

// sampleText decodes the start of the file for delimiter detection and the preview.
func sampleText(head []byte, enc string) string {
	n, _ := bomLen(head)
	out, err := io.ReadAll(decodeReader(bytes.NewReader(head[n:]), enc))
	if err != nil {
		return string(head[n:])
	}
	return string(out)
}

// detectDelimiter picks the separator (comma, semicolon, tab or bar) that splits the most
// lines of the sample into the same number of fields. A first line "sep=;" (written by Excel) decides.
func detectDelimiter(text string) rune {
	if first, _, _ := strings.Cut(text, "\n"); strings.HasPrefix(strings.ToLower(first), "sep=") && len(first) >= 5 {
		r, _ := utf8.DecodeRuneInString(first[4:])
		return r
	}
	best, bestScore := ',', -1
	for _, d := range []rune{',', ';', '\t', '|'} {
		counts := map[int]int{}
		for i, line := range splitRecords(text) {
			if i >= 60 {
				break
			}
			if n := countOutsideQuotes(line, d); n > 0 {
				counts[n]++
			}
		}
		for fields, lines := range counts {
			if score := lines*1000 + fields; score > bestScore {
				best, bestScore = d, score
			}
		}
	}
	return best
}

// splitRecords splits text into records at line breaks outside quotes.
func splitRecords(text string) []string {
	var out []string
	in, start := false, 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '"':
			in = !in
		case '\n':
			if !in {
				out = append(out, strings.TrimSuffix(text[start:i], "\r"))
				start = i + 1
			}
		}
	}
	return out
}

func countOutsideQuotes(line string, d rune) int {
	n, in := 0, false
	for _, r := range line {
		switch {
		case r == '"':
			in = !in
		case r == d && !in:
			n++
		}
	}
	return n
}

// recordGuard counts the bytes read since the last record and fails when one record grows
// beyond maxRecordBytes.
type recordGuard struct {
	r     io.Reader
	since int
	total int64
}

var errRecordTooLong = errors.New("record too long")

// Read reads from the file, failing once the current record is too long.
func (g *recordGuard) Read(p []byte) (int, error) {
	if g.since > maxRecordBytes {
		return 0, errRecordTooLong
	}
	n, err := g.r.Read(p)
	g.since += n
	g.total += int64(n)
	return n, err
}

func (b *Book) eachCSV(ctx context.Context, enc string, progress func(done, total int64), fn rowFunc) error {
	if enc == "" {
		enc = b.Encoding
	}
	f, err := os.Open(b.Path)
	if err != nil {
		return fmt.Errorf("open %s: %w", filepath.Base(b.Path), err)
	}
	defer f.Close()
	raw := &recordGuard{r: f}
	br := bufio.NewReaderSize(raw, 64<<10)
	head, _ := br.Peek(4)
	if n, bom := bomLen(head); n > 0 && (bom == enc || (bom == EncodingUTF8 && encodingOf(enc) == nil)) {
		br.Discard(n)
	}
	text := bufio.NewReaderSize(decodeReader(br, enc), 64<<10)
	if first, err := text.Peek(5); err == nil && strings.EqualFold(string(first[:4]), "sep=") {
		text.ReadString('\n')
	}
	cr := csv.NewReader(text)
	cr.Comma = b.Delimiter
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	// Rows are numbered as a spreadsheet program shows the file: encoding/csv skips blank
	// lines, which are empty rows there, and a quoted cell with line breaks is one row.
	n, row, lastLine := 0, 0, 0 // records read; row of the last one; the line it ended on
	for {
		raw.since = 0
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		n++
		if err != nil {
			row++
			var pe *csv.ParseError
			if errors.As(err, &pe) && pe.StartLine > lastLine {
				row += pe.StartLine - lastLine - 1
			}
			if errors.Is(err, errRecordTooLong) {
				return fmt.Errorf("row %d: %w: the row is longer than %d MB (an unclosed quote?)", row, ErrNotSpreadsheet, maxRecordBytes>>20)
			}
			return fmt.Errorf("row %d: %w: %v", row, ErrNotSpreadsheet, err)
		}
		line, _ := cr.FieldPos(0)
		for ; lastLine+1 < line; lastLine++ {
			row++
			if err := fn(row, nil); err != nil {
				return err
			}
		}
		row++
		last, _ := cr.FieldPos(len(rec) - 1)
		lastLine = last + strings.Count(rec[len(rec)-1], "\n")
		if len(rec) > maxSheetCells {
			return fmt.Errorf("row %d: %w: the row has %d cells, more than the %d a sheet can have", row, ErrNotSpreadsheet, len(rec), maxSheetCells)
		}
		if n&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			if progress != nil {
				progress(raw.total, b.size)
			}
		}
		if err := fn(row, rec); err != nil {
			return err
		}
	}
	if progress != nil {
		progress(b.size, b.size)
	}
	return nil
}
