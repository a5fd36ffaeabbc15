package reports

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"overdue/data"
)

// BucketColors are the colours of the aging buckets in every chart, on screen and in PDFs:
// green for what is not yet due through amber and orange to dark red for over 90 days. They
// are saturated enough to read on both light and dark backgrounds.
var BucketColors = [NumBuckets]color.NRGBA{
	{R: 0x2e, G: 0x9d, B: 0x6a, A: 0xff}, // current
	{R: 0xe8, G: 0xb4, B: 0x0c, A: 0xff}, // 1–30
	{R: 0xef, G: 0x8a, B: 0x17, A: 0xff}, // 31–60
	{R: 0xdc, G: 0x50, B: 0x1e, A: 0xff}, // 61–90
	{R: 0xa8, G: 0x1c, B: 0x2a, A: 0xff}, // over 90
}

// AxisTicks returns evenly spaced round values from 0 to at least max (1, 2 or 5 times a
// power of ten apart), about n of them, for the value axis of a chart.
func AxisTicks(max float64, n int) []float64 {
	if max <= 0 || n < 1 {
		return []float64{0, 1}
	}
	raw := max / float64(n)
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	step := pow
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*pow >= raw {
			step = m * pow
			break
		}
	}
	var out []float64
	for v := 0.0; ; v += step {
		out = append(out, v)
		if v >= max-step*1e-9 {
			return out
		}
	}
}

// compactWords are the abbreviations for thousands and millions per language.
var compactWords = map[string][2]string{
	"en": {"k", "M"}, "de": {" Tsd.", " Mio."}, "nb": {" k", " mill."}, "pl": {" tys.", " mln"},
}

// CompactAmount writes an amount in minor units briefly for chart labels, in whole units
// of the currency: "950", "12k", "1.2M" in English, "1,2 Mio." in German, "1,2 mln" in Polish.
func CompactAmount(minor int64, currency, lang string) string {
	v := float64(minor) / math.Pow(10, float64(data.MinorDigits(currency)))
	words, ok := compactWords[lang]
	if !ok {
		words = compactWords["en"]
	}
	abs := math.Abs(v)
	var num, word string
	switch {
	case abs >= 1e6:
		num, word = trimZero(fmt.Sprintf("%.1f", v/1e6)), words[1]
	case abs >= 1e4:
		num, word = fmt.Sprintf("%.0f", v/1e3), words[0]
	case abs >= 1e3:
		num, word = trimZero(fmt.Sprintf("%.1f", v/1e3)), words[0]
	default:
		num = fmt.Sprintf("%.0f", v)
	}
	if lang != "en" && lang != "" {
		num = strings.Replace(num, ".", ",", 1)
	}
	return num + word
}

func trimZero(s string) string { return strings.TrimSuffix(s, ".0") }

// monthNames are short month names for chart axes.
var monthNames = map[string][12]string{
	"en": {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	"de": {"Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"},
	"nb": {"jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"},
	"pl": {"sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"},
}

// MonthLabel returns the short name of a trend point's month ("Jan", "Okt", "paź").
func MonthLabel(d data.Date, lang string) string {
	_, m, _ := d.Parts()
	names, ok := monthNames[lang]
	if !ok {
		names = monthNames["en"]
	}
	return names[m-1]
}

// MonthYear returns a month's short name and year, "Nov 2025", for captions.
func MonthYear(d data.Date, lang string) string {
	y, _, _ := d.Parts()
	return fmt.Sprintf("%s %d", MonthLabel(d, lang), y)
}
