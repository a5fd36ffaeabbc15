package pdfdoc

import "testing"

// reportCPU adds the CPU time per operation (all threads: the work and the garbage
// collector) to a benchmark's results. Unlike ns/op it does not grow when other programs
// compete for the machine, which makes it the steadier figure on a shared computer.
func reportCPU(b *testing.B) func() {
	start, ok := processCPU()
	return func() {
		if end, _ := processCPU(); ok && b.N > 0 {
			b.ReportMetric(float64((end-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		}
	}
}

// Budgets (PRODUCT.md, 2 cores): 1,000 letters as 1,000 stored PDFs ≤ 3 s, i.e. ≤ 3 ms per
// document (BenchmarkSeparateDocs), and 1,000 letters as one PDF ≤ 1 s, i.e. ≤ 1 ms per
// one-page letter (BenchmarkOneDocManyPages). Each letter has the letterhead with a logo,
// the address window, an info block, text, a 10-row invoice table and payment details.

// BenchmarkSeparateDocs writes one complete one-page letter PDF per operation.
func BenchmarkSeparateDocs(b *testing.B) {
	c := testCompany(b, "DE")
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		d := newTestDoc(b, c, "de")
		writeLetter(d, 10)
		if _, err := d.Bytes(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeparateDocsParallel is BenchmarkSeparateDocs with a document per core at a
// time, as a batch job can write them.
func BenchmarkSeparateDocsParallel(b *testing.B) {
	c := testCompany(b, "DE")
	b.ReportAllocs()
	defer reportCPU(b)()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			d := newTestDoc(b, c, "de")
			writeLetter(d, 10)
			if _, err := d.Bytes(); err != nil {
				b.Error(err)
			}
		}
	})
}

// BenchmarkOneDocManyPages adds one letter (one page) to a single document per operation
// and writes the document at the end, so ns/op is the cost of a page of a batch PDF.
func BenchmarkOneDocManyPages(b *testing.B) {
	c := testCompany(b, "DE")
	b.ReportAllocs()
	defer reportCPU(b)()
	d := newTestDoc(b, c, "de")
	for i := 0; i < b.N; i++ {
		writeLetter(d, 10)
	}
	out, err := d.Bytes()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(out))/float64(b.N), "bytes/page")
}
