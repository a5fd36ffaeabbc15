package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"overdue/reports"
)

// chartParts returns the texts and the fill colours of the bars a chart draws.
func chartParts(c *barChart) (texts []string, bars []color.Color) {
	for _, o := range test.WidgetRenderer(c).Objects() {
		switch x := o.(type) {
		case *canvas.Text:
			texts = append(texts, x.Text)
		case *canvas.Rectangle:
			bars = append(bars, x.FillColor)
		}
	}
	return texts, bars
}

func TestBarChartDrawsBucketsInTheirColours(t *testing.T) {
	test.NewTempApp(t)
	labelColours := map[color.Color]bool{}
	for variant, th := range map[string]fyne.Theme{"light": theme.LightTheme(), "dark": theme.DarkTheme()} {
		test.ApplyTheme(t, th)
		labelColours[theme.Color(theme.ColorNameForeground)] = true
		c := newBarChart("de")
		c.showValues = true
		groups := make([]barGroup, reports.NumBuckets)
		for b := range groups {
			groups[b] = barGroup{label: bucketShort(reports.DefaultEdges, b)}
			groups[b].segs[b] = int64(b+1) * 150_000_00
		}
		c.set(groups, "EUR")
		c.Resize(fyne.NewSize(400, 240))
		texts, bars := chartParts(c)
		for _, o := range test.WidgetRenderer(c).Objects() {
			if l, ok := o.(*canvas.Line); ok && l.StrokeColor != theme.Color(theme.ColorNameSeparator) &&
				l.StrokeColor != theme.Color(theme.ColorNamePlaceHolder) {
				t.Errorf("%s: a line in %v, not the theme's separator or placeholder colour", variant, l.StrokeColor)
			}
			if x, ok := o.(*canvas.Text); ok && x.Color != theme.Color(theme.ColorNameForeground) &&
				x.Color != theme.Color(theme.ColorNamePlaceHolder) {
				t.Errorf("%s: text %q in %v, not a theme colour", variant, x.Text, x.Color)
			}
		}
		if len(bars) != reports.NumBuckets {
			t.Fatalf("%s: %d bars", variant, len(bars))
		}
		for b, col := range bars {
			if col != color.Color(reports.BucketColors[b]) {
				t.Errorf("bar %d colour %v, want %v", b, col, reports.BucketColors[b])
			}
		}
		want := map[string]bool{"150 Tsd.": false, "750 Tsd.": false, "> 90": false, "0": false}
		for _, s := range texts {
			if _, ok := want[s]; ok {
				want[s] = true
			}
		}
		for s, seen := range want {
			if !seen {
				t.Errorf("%s: no text %q among %q", variant, s, texts)
			}
		}
	}
	if len(labelColours) != 2 {
		t.Error("light and dark themes draw labels in the same colour")
	}
	empty := newBarChart("en")
	empty.empty = "Nothing is open."
	empty.Resize(fyne.NewSize(300, 200))
	if texts, bars := chartParts(empty); len(bars) != 0 || len(texts) != 1 || texts[0] != "Nothing is open." {
		t.Errorf("empty chart draws %q and %d bars", texts, len(bars))
	}
}
