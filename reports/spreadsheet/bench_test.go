package spreadsheet

import (
	"archive/zip"
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"overdue/data"
)

// benchRows is the size of the import benchmark's workbook (PRODUCT.md: a 100,000-row xlsx).
const benchRows = 100_000

var (
	benchOnce sync.Once
	benchDir  string
	benchPath string
	benchErr  error
)

// TestMain removes the benchmark workbook after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// benchWorkbook returns a 100,000-row xlsx as Excel writes it (shared strings, date serials
// with a date style, numbers as numbers), generated once per run for both benchmarks.
func benchWorkbook(b *testing.B) string {
	b.Helper()
	benchOnce.Do(func() {
		if benchDir, benchErr = os.MkdirTemp("", "overdue-bench-"); benchErr != nil {
			return
		}
		benchPath = filepath.Join(benchDir, "invoices-100k.xlsx")
		benchErr = writeBenchWorkbook(benchPath, benchRows)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchPath
}

func writeBenchWorkbook(path string, rows int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	part := func(name, content string) {
		w, _ := zw.Create(name)
		w.Write([]byte(content))
	}
	part("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`)
	part("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	part("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Invoices" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	part("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`)
	part("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="4" applyNumberFormat="1"/></cellXfs></styleSheet>`)

	strs := map[string]int{}
	var order []string
	sst := func(s string) int {
		if i, ok := strs[s]; ok {
			return i
		}
		strs[s] = len(order)
		order = append(order, s)
		return len(order) - 1
	}
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:L%d"/><sheetData>`, rows+1)
	cols := "ABCDEFGHIJKL"
	fmt.Fprint(bw, `<row r="1">`)
	for i, h := range []string{"Invoice No", "Customer No", "Customer", "Invoice Date", "Due Date", "Amount", "Paid",
		"Currency", "Email", "Phone", "Address", "Tax ID"} {
		fmt.Fprintf(bw, `<c r="%c1" t="s"><v>%d</v></c>`, cols[i], sst(h))
	}
	fmt.Fprint(bw, `</row>`)
	base := int(data.MustDate("2025-01-01") - data.NewDate(1899, 12, 30))
	for i := 0; i < rows; i++ {
		r := i + 2
		c := i % 5000
		amount := int64(10_000 + (i*7919)%2_000_000) // 100.00 to 20,099.99
		paid := int64(0)
		switch i % 10 {
		case 0, 1:
			paid = amount
		case 2:
			paid = amount / 3
		}
		issue := base + i%600
		fmt.Fprintf(bw, `<row r="%d">`, r)
		fmt.Fprintf(bw, `<c r="A%d" t="s"><v>%d</v></c>`, r, sst(fmt.Sprintf("INV-%07d", i)))
		fmt.Fprintf(bw, `<c r="B%d" t="s"><v>%d</v></c>`, r, sst(fmt.Sprintf("C%05d", c)))
		fmt.Fprintf(bw, `<c r="C%d" t="s"><v>%d</v></c>`, r, sst(fmt.Sprintf("Customer %d Sp. z o.o.", c)))
		fmt.Fprintf(bw, `<c r="D%d" s="1"><v>%d</v></c><c r="E%d" s="1"><v>%d</v></c>`, r, issue, r, issue+30)
		fmt.Fprintf(bw, `<c r="F%d" s="2"><v>%d.%02d</v></c><c r="G%d" s="2"><v>%d.%02d</v></c>`, r, amount/100, amount%100, r, paid/100, paid%100)
		fmt.Fprintf(bw, `<c r="H%d" t="s"><v>%d</v></c>`, r, sst("EUR"))
		fmt.Fprintf(bw, `<c r="I%d" t="s"><v>%d</v></c>`, r, sst(fmt.Sprintf("billing%d@example.com", c)))
		fmt.Fprintf(bw, `<c r="J%d" t="s"><v>%d</v></c>`, r, sst(fmt.Sprintf("+48 22 %03d %02d %02d", c%1000, c%97, c%89)))
		fmt.Fprintf(bw, `<c r="K%d" t="s"><v>%d</v></c>`, r, sst(fmt.Sprintf("ul. Długa %d, 00-950 Warszawa", c)))
		fmt.Fprintf(bw, `<c r="L%d" t="s"><v>%d</v></c></row>`, r, sst(fmt.Sprintf("PL%010d", c)))
	}
	fmt.Fprint(bw, `</sheetData></worksheet>`)
	if err := bw.Flush(); err != nil {
		return err
	}
	w, _ = zw.Create("xl/sharedStrings.xml")
	bw = bufio.NewWriter(w)
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">`, len(order), len(order))
	for _, s := range order {
		fmt.Fprintf(bw, `<si><t>%s</t></si>`, s)
	}
	fmt.Fprint(bw, `</sst>`)
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// heapMetrics are the runtime metrics that add up to the heap and stacks in use
// (MemStats.HeapInuse + StackInuse), read without stopping the world.
var heapMetrics = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/heap/unused:bytes"}, {Name: "/memory/classes/heap/stacks:bytes"}}

// peakMemory samples the Go heap and stacks in use every 10 ms while work runs and returns the
// highest value. (runtime.ReadMemStats would stop the world at every sample and hold the
// benchmark's goroutines back.)
func peakMemory(work func()) uint64 {
	runtime.GC()
	var peak uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		samples := append([]metrics.Sample(nil), heapMetrics...)
		for {
			metrics.Read(samples)
			var sum uint64
			for _, s := range samples {
				if s.Value.Kind() == metrics.KindUint64 {
					sum += s.Value.Uint64()
				}
			}
			peak = max(peak, sum)
			select {
			case <-done:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	work()
	close(done)
	<-stopped
	return peak
}

// BenchmarkExcelizeStreamRaw100k is the yardstick: excelize alone streaming every row of the
// workbook with raw cell values.
func BenchmarkExcelizeStreamRaw100k(b *testing.B) {
	path := benchWorkbook(b)
	b.ResetTimer()
	var peak, rss uint64
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		measureRSS := resetPeakRSS()
		b.StartTimer()
		peak = max(peak, peakMemory(func() {
			f, err := excelize.OpenFile(path)
			if err != nil {
				b.Fatal(err)
			}
			rows, err := f.Rows("Invoices")
			if err != nil {
				b.Fatal(err)
			}
			n := 0
			for rows.Next() {
				cells, err := rows.Columns(excelize.Options{RawCellValue: true})
				if err != nil {
					b.Fatal(err)
				}
				n += len(cells)
			}
			rows.Close()
			f.Close()
			if n != (benchRows+1)*12 {
				b.Fatalf("%d cells", n)
			}
		}))
		if measureRSS {
			rss = max(rss, peakRSS())
		}
	}
	b.ReportMetric((cpuTime()-cpu).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	if rss > 0 {
		b.ReportMetric(float64(rss)/(1<<20), "peak-rss-MB")
	}
}

// BenchmarkImport100k imports the same workbook into a fresh company file: read, map, check
// every row, create 5,000 customers with contacts, 100,000 invoices and 30,000 payments.
func BenchmarkImport100k(b *testing.B) {
	path := benchWorkbook(b)
	var peak, rss uint64
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := newStore(b, "PL")
		measureRSS := resetPeakRSS()
		b.StartTimer()
		start := cpuTime()
		peak = max(peak, peakMemory(func() {
			book, err := OpenBook(path)
			if err != nil {
				b.Fatal(err)
			}
			res, err := Import(context.Background(), s, book, Options{Today: data.MustDate("2026-11-15")})
			book.Close()
			if err != nil {
				b.Fatal(err)
			}
			if res.Created != benchRows || res.CustomersCreated != 5000 {
				b.Fatalf("result %+v", res)
			}
		}))
		cpu += cpuTime() - start
		b.StopTimer()
		if measureRSS {
			rss = max(rss, peakRSS())
		}
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	if rss > 0 {
		// The whole test process, including what the benchmark itself holds (the workbook's
		// path, the test binary's code); `overdue import` is measured in the README.
		b.ReportMetric(float64(rss)/(1<<20), "peak-rss-MB")
	}
}
