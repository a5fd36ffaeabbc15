package ui

import (
	"fyne.io/fyne/v2"
)

// readingLayout centres its objects in a column no wider than max, so that wrapped text
// keeps a comfortable line length in a wide window. Vertically the column is centred too.
type readingLayout struct{ max float32 }

// reading returns objs in a centred column at most max wide.
func reading(max float32, obj fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: readingLayout{max}, Objects: []fyne.CanvasObject{obj}}
}

// Layout places the column.
func (l readingLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width, l.max)
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, o.MinSize().Height)) // wrapped text learns its width first
		h := min(o.MinSize().Height, size.Height)
		o.Resize(fyne.NewSize(w, h))
		o.Move(fyne.NewPos((size.Width-w)/2, (size.Height-h)/2))
	}
}

// MinSize is the objects' own minimum size.
func (l readingLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// columnsLayout lays out one row of a list: every column has a fixed width except the
// flexible one, which takes what is left. Header and rows share one instance, so their
// columns line up.
type columnsLayout struct {
	widths []float32 // fixed widths; the flexible column's entry is its minimum
	flex   int       // index of the flexible column
	gap    float32
	// optionalFrom, when above zero, is the first of the trailing columns that are hidden
	// together when showing them would leave the flexible column narrower than comfortable
	// (the customer list drops its bucket columns in a narrow window rather than cut names short).
	optionalFrom int
	comfortable  float32
}

// visible returns how many leading columns fit in width.
func (l *columnsLayout) visible(width float32) int {
	n := len(l.widths)
	if l.optionalFrom > 0 && l.flexWidth(width, n) < l.comfortable {
		n = l.optionalFrom
	}
	return n
}

// flexWidth is the flexible column's width when the first n columns are shown.
func (l *columnsLayout) flexWidth(width float32, n int) float32 {
	fixed := l.gap * float32(n-1)
	for i, w := range l.widths[:n] {
		if i != l.flex {
			fixed += w
		}
	}
	return max(width-fixed, l.widths[l.flex])
}

// Layout places the cells side by side.
func (l *columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	n := l.visible(size.Width)
	flexW := l.flexWidth(size.Width, n)
	x := float32(0)
	for i, o := range objs {
		if i >= n {
			o.Hide()
			continue
		}
		if l.optionalFrom > 0 && i >= l.optionalFrom && !o.Visible() {
			o.Show()
		}
		w := l.widths[i]
		if i == l.flex {
			w = flexW
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + l.gap
	}
}

// MinSize is the sum of the widths that must show and the tallest cell.
func (l *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	n := len(l.widths)
	if l.optionalFrom > 0 {
		n = l.optionalFrom
	}
	var w, h float32
	for i, o := range objs {
		if i < n {
			w += l.widths[i]
		}
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(w+l.gap*float32(n-1), h)
}

// minWidthLayout gives its object at least a width, e.g. so a drop-down shows its longest choice.
type minWidthLayout struct{ w float32 }

// minWidth wraps obj so that it is at least w wide.
func minWidth(w float32, obj fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: minWidthLayout{w}, Objects: []fyne.CanvasObject{obj}}
}

// Layout gives the object all the space.
func (l minWidthLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize is the object's, at least w wide.
func (l minWidthLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return fyne.NewSize(max(s.Width, l.w), s.Height)
}
