package spreadsheet

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"
)

// rawCells makes excelize return cells as stored: dates as serial numbers and numbers
// without their display format, which the importer reads itself.
var rawCells = excelize.Options{RawCellValue: true}

func (b *Book) eachXLSX(ctx context.Context, sheet string, progress func(done, total int64), fn rowFunc) error {
	name, err := b.sheetName(sheet)
	if err != nil {
		return err
	}
	total := int64(b.sheetRows(name))
	rows, err := b.x.Rows(name)
	if err != nil {
		return fmt.Errorf("read sheet %s: %w", name, err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
		cells, err := rows.Columns(rawCells)
		if err != nil {
			return fmt.Errorf("sheet %s row %d: %w: %v", name, n, ErrNotSpreadsheet, err)
		}
		if len(cells) > maxSheetCells {
			return fmt.Errorf("sheet %s row %d: %w: the row has %d cells, more than the %d a sheet can have",
				name, n, ErrNotSpreadsheet, len(cells), maxSheetCells)
		}
		if n&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			if progress != nil {
				progress(int64(n), max(total, int64(n)))
			}
		}
		if err := fn(n, cells); err != nil {
			return err
		}
	}
	if err := rows.Error(); err != nil {
		return fmt.Errorf("sheet %s: %w: %v", name, ErrNotSpreadsheet, err)
	}
	if progress != nil {
		progress(int64(n), int64(n))
	}
	return nil
}

var dimensionRef = regexp.MustCompile(`<(?:\w+:)?dimension\s+ref="[A-Z]+\d+:?[A-Z]*(\d*)"`)

// sheetRows reads the row count a worksheet declares in its <dimension> element (0 when it
// declares none), without reading the sheet, so that progress can be shown as a fraction.
func (b *Book) sheetRows(sheet string) int {
	part := b.sheetPart(sheet)
	for _, f := range b.zr.File {
		if f.Name != part {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return 0
		}
		defer rc.Close()
		head := make([]byte, 4096)
		n, _ := io.ReadFull(rc, head)
		if m := dimensionRef.FindSubmatch(head[:n]); m != nil && len(m[1]) > 0 {
			return atoi(string(m[1]))
		}
	}
	return 0
}

// sheetPart finds the zip entry of a worksheet through the workbook and its relationships.
func (b *Book) sheetPart(sheet string) string {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if decodePart(b, "xl/workbook.xml", &wb) != nil || decodePart(b, "xl/_rels/workbook.xml.rels", &rels) != nil {
		return ""
	}
	for _, s := range wb.Sheets {
		if s.Name != sheet {
			continue
		}
		for _, r := range rels.Rel {
			if r.ID == s.RID {
				if strings.HasPrefix(r.Target, "/") {
					return strings.TrimPrefix(r.Target, "/")
				}
				return path.Join("xl", r.Target)
			}
		}
	}
	return ""
}

func decodePart(b *Book, name string, v any) error {
	for _, f := range b.zr.File {
		if f.Name == name && f.UncompressedSize64 < 8<<20 {
			rc, err := f.Open()
			if err != nil {
				return err
			}
			defer rc.Close()
			return xml.NewDecoder(rc).Decode(v)
		}
	}
	return fmt.Errorf("no %s", name)
}
