package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"overdue/reports"
)

// Small widgets, formats and layouts of the dashboard.

func boldLabel(t string) *widget.Label {
	return widget.NewLabelWithStyle(t, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func boldRight(t string) *widget.Label {
	return widget.NewLabelWithStyle(t, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
}

func rightLabel(t string) *widget.Label {
	return widget.NewLabelWithStyle(t, fyne.TextAlignTrailing, fyne.TextStyle{})
}

// percentText writes part/whole as a whole percentage.
func percentText(part, whole int64, l string) string {
	if whole == 0 {
		return "—"
	}
	p := strconv.FormatFloat(100*float64(part)/float64(whole), 'f', 0, 64)
	if l == "en" {
		return p + "%"
	}
	return p + "\u00a0%"
}

// daysText writes a number of days with one decimal.
func daysText(d float64, l string) string {
	s := strconv.FormatFloat(d, 'f', 1, 64)
	if l != "en" {
		s = replaceDecimal(s)
	}
	return lang.X("dashboard.days", "{{.Days}} days", map[string]any{"Days": s})
}

func replaceDecimal(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] == '.' {
			b[i] = ','
		}
	}
	return string(b)
}

// bucketShort is a bucket's short name for chart axes and columns: "Current", "1–30", "> 90".
func bucketShort(e reports.Edges, b int) string {
	if b == reports.Current {
		return lang.X("aging.current", "Current")
	}
	return e.Ranges()[b]
}

// heightLayout gives its objects a fixed height and the full width.
type heightLayout struct{ h float32 }

func (l *heightLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(size.Width, l.h))
	}
}

func (l *heightLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := float32(0)
	for _, o := range objs {
		w = max(w, o.MinSize().Width)
	}
	return fyne.NewSize(w, l.h)
}

// ratioLayout puts its objects side by side, sharing the width in the given ratios.
type ratioLayout struct {
	ratios []float32
	gap    float32
}

func (l *ratioLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	free := size.Width - l.gap*float32(len(objs)-1)
	x := float32(0)
	for i, o := range objs {
		w := free * l.ratios[i%len(l.ratios)]
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + l.gap
	}
}

func (l *ratioLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		m := o.MinSize()
		w += m.Width
		h = max(h, m.Height)
	}
	return fyne.NewSize(w+l.gap*float32(len(objs)-1), h)
}
