package spreadsheet

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Limits on what an xlsx file may unpack to. Go's archive/zip refuses to inflate an entry
// beyond its declared size, so checking the declared sizes before anything is unpacked bounds
// both the time and the memory a zip bomb can cost.
const (
	maxUnzipped   = 1 << 30   // all entries together
	maxEntrySize  = 768 << 20 // one entry (a worksheet)
	maxEntries    = 20000
	maxRatio      = 200      // uncompressed / compressed, for entries above ratioFloor
	ratioFloor    = 16 << 20 // small entries may compress as well as they like
	maxSheetCells = 16384    // Excel's column limit; longer rows are refused
)

// ErrNotSpreadsheet is wrapped by every error about a file that cannot be read as a spreadsheet.
var ErrNotSpreadsheet = errors.New("cannot read the file as a spreadsheet")

// checkZip inspects an xlsx package before it is opened: it must be a complete zip archive
// holding a workbook, and its declared sizes must stay within the limits.
func checkZip(r io.ReaderAt, size int64) (*zip.Reader, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("%w: the file is damaged or incomplete (%v)", ErrNotSpreadsheet, err)
	}
	if len(zr.File) > maxEntries {
		return nil, fmt.Errorf("%w: the archive holds %d parts, more than a workbook has", ErrNotSpreadsheet, len(zr.File))
	}
	var total uint64
	workbook := false
	for _, f := range zr.File {
		name := strings.ToLower(f.Name)
		if name == "mimetype" || strings.HasPrefix(name, "content.xml") {
			return nil, fmt.Errorf("%w: this is an OpenDocument (.ods) file; save it as .xlsx or .csv", ErrNotSpreadsheet)
		}
		if name == "xl/workbook.xml" || name == "xl/workbook.bin" {
			workbook = true
			if name == "xl/workbook.bin" {
				return nil, fmt.Errorf("%w: this is a binary workbook (.xlsb); save it as .xlsx", ErrNotSpreadsheet)
			}
		}
		u, c := f.UncompressedSize64, f.CompressedSize64
		total += u
		switch {
		case u > maxEntrySize:
			return nil, fmt.Errorf("%w: part %s unpacks to %d MB, more than the %d MB Overdue reads",
				ErrNotSpreadsheet, f.Name, u>>20, maxEntrySize>>20)
		case total > maxUnzipped:
			return nil, fmt.Errorf("%w: the workbook unpacks to more than %d MB", ErrNotSpreadsheet, maxUnzipped>>20)
		case u > ratioFloor && (c == 0 || u/c > maxRatio):
			return nil, fmt.Errorf("%w: part %s is compressed %d:1, which only a zip bomb is", ErrNotSpreadsheet, f.Name, ratio(u, c))
		}
	}
	if !workbook {
		return nil, fmt.Errorf("%w: it is a zip archive without a workbook", ErrNotSpreadsheet)
	}
	return zr, nil
}

func ratio(u, c uint64) uint64 {
	if c == 0 {
		return u
	}
	return u / c
}
