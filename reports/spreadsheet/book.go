package spreadsheet

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

// Format is the kind of file a Book was read from.
type Format int

// File formats.
const (
	FormatXLSX Format = iota + 1
	FormatCSV
)

// String returns "xlsx" or "csv".
func (f Format) String() string {
	switch f {
	case FormatXLSX:
		return "xlsx"
	case FormatCSV:
		return "csv"
	}
	return "?"
}

// Book is an open spreadsheet file: an xlsx workbook or a csv file (one sheet).
type Book struct {
	Path   string
	Format Format
	Sheets []string // sheet names; a csv file has one, named after the file
	// Encoding and Delimiter are what was detected in a csv file.
	Encoding  string
	Delimiter rune

	size     int64
	x        *excelize.File
	zr       *zip.Reader
	zf       *os.File
	date1904 bool
}

// OpenBook opens an xlsx or csv file, telling them apart by content rather than by name.
// Anything else (an old .xls, an .ods, a PDF, a damaged or truncated workbook, a zip bomb)
// is refused with an error wrapping ErrNotSpreadsheet.
func OpenBook(path string) (*Book, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", filepath.Base(path), err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("open %s: %w", filepath.Base(path), err)
	}
	if st.IsDir() {
		f.Close()
		return nil, fmt.Errorf("open %s: %w: it is a folder", filepath.Base(path), ErrNotSpreadsheet)
	}
	head := make([]byte, 64<<10)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		f.Close()
		return nil, fmt.Errorf("read %s: %w", filepath.Base(path), err)
	}
	head = head[:n]
	b := &Book{Path: path, size: st.Size()}
	wrap := func(err error) error { return fmt.Errorf("%s: %w", filepath.Base(path), err) }
	switch {
	case n == 0:
		f.Close()
		return nil, wrap(fmt.Errorf("%w: the file is empty", ErrNotSpreadsheet))
	case bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06")):
		b.zf = f
		if err := b.openXLSX(); err != nil {
			f.Close()
			return nil, wrap(err)
		}
		return b, nil
	}
	f.Close()
	if err := notText(head); err != nil {
		return nil, wrap(err)
	}
	if err := b.openCSV(head); err != nil {
		return nil, wrap(err)
	}
	return b, nil
}

// notText recognises common files that are not spreadsheets by their first bytes.
func notText(head []byte) error {
	switch {
	case bytes.HasPrefix(head, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return fmt.Errorf("%w: this is an old Excel 97–2003 (.xls) file or a password-protected workbook; save it as .xlsx", ErrNotSpreadsheet)
	case bytes.HasPrefix(head, []byte("%PDF")):
		return fmt.Errorf("%w: this is a PDF document", ErrNotSpreadsheet)
	case bytes.HasPrefix(head, []byte{0x1F, 0x8B}), bytes.HasPrefix(head, []byte("7z\xBC\xAF")), bytes.HasPrefix(head, []byte("Rar!")):
		return fmt.Errorf("%w: this is a compressed archive", ErrNotSpreadsheet)
	case bytes.HasPrefix(head, []byte("\x89PNG")), bytes.HasPrefix(head, []byte{0xFF, 0xD8, 0xFF}), bytes.HasPrefix(head, []byte("GIF8")):
		return fmt.Errorf("%w: this is a picture", ErrNotSpreadsheet)
	}
	if _, enc := bomLen(head); enc == EncodingUTF16LE || enc == EncodingUTF16BE || looksUTF16(head) {
		return nil
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return fmt.Errorf("%w: it is neither an xlsx workbook nor a text (csv) file", ErrNotSpreadsheet)
	}
	return nil
}

func (b *Book) openXLSX() error {
	zr, err := checkZip(b.zf, b.size)
	if err != nil {
		return err
	}
	b.zr = zr
	x, err := excelize.OpenReader(io.NewSectionReader(b.zf, 0, b.size), excelize.Options{
		UnzipSizeLimit:    maxUnzipped,
		UnzipXMLSizeLimit: 16 << 20,
	})
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNotSpreadsheet, err)
	}
	b.x = x
	b.Format = FormatXLSX
	for _, name := range x.GetSheetList() {
		b.Sheets = append(b.Sheets, name)
	}
	if len(b.Sheets) == 0 {
		x.Close()
		return fmt.Errorf("%w: the workbook has no sheets", ErrNotSpreadsheet)
	}
	if props, err := x.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		b.date1904 = *props.Date1904
	}
	return nil
}

// Close releases the file.
func (b *Book) Close() error {
	var errs []error
	if b.x != nil {
		errs = append(errs, b.x.Close())
	}
	if b.zf != nil {
		errs = append(errs, b.zf.Close())
	}
	return errors.Join(errs...)
}

// Size returns the file's size in bytes.
func (b *Book) Size() int64 { return b.size }

// rowFunc receives one row: its 1-based number and its cells (the slice is reused only
// by the caller after fn returns if fn does not keep it).
type rowFunc func(row int, cells []string) error

// each calls fn for every row of the sheet in order, stopping at the first error or when
// ctx is cancelled. progress, if set, is told how far through the sheet reading is (done of total).
func (b *Book) each(ctx context.Context, sheet, encoding string, progress func(done, total int64), fn rowFunc) error {
	if b.Format == FormatCSV {
		return b.eachCSV(ctx, encoding, progress, fn)
	}
	return b.eachXLSX(ctx, sheet, progress, fn)
}

// sheetName returns the named sheet, or the first one when name is empty.
func (b *Book) sheetName(name string) (string, error) {
	if name == "" {
		return b.Sheets[0], nil
	}
	for _, s := range b.Sheets {
		if s == name {
			return s, nil
		}
	}
	return "", fmt.Errorf("the file has no sheet %q (it has %q)", name, b.Sheets)
}
