package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/reports"
)

// barGroup is one bar of a barChart: its label under the axis and its amount per bucket,
// stacked from Current at the bottom to the oldest bucket on top.
type barGroup struct {
	label string
	segs  reports.Buckets
}

// barChart draws amounts of one currency as bars, natively with canvas primitives in the
// theme's colours (text, grid) and the buckets' colours shared with the PDF reports. The
// aging chart has one bar per bucket with its amount on top and reacts to taps; the trend
// chart has one stacked bar per month and a legend.
type barChart struct {
	widget.BaseWidget
	groups     []barGroup
	currency   string
	lang       string
	showValues bool                                // amount above each bar
	legend     [reports.NumBuckets]string          // bucket names under the chart; empty: no legend
	colors     func(group, bucket int) color.Color // nil: the bucket's colour
	empty      string                              // shown when there is nothing to draw
	onTap      func(group int)                     // nil: not tappable
	hover      int                                 // group under the pointer, -1 for none
}

func newBarChart(lang string) *barChart {
	c := &barChart{lang: lang, hover: -1}
	c.ExtendBaseWidget(c)
	return c
}

// set replaces the bars and redraws.
func (c *barChart) set(groups []barGroup, currency string) {
	c.groups, c.currency = groups, currency
	c.Refresh()
}

// MinSize keeps charts readable.
func (c *barChart) MinSize() fyne.Size { return fyne.NewSize(280, 190) }

// Tapped calls onTap with the bar under the pointer.
func (c *barChart) Tapped(ev *fyne.PointEvent) {
	if i := c.groupAt(ev.Position); i >= 0 && c.onTap != nil {
		c.onTap(i)
	}
}

// Cursor is a pointing hand over a tappable chart.
func (c *barChart) Cursor() desktop.Cursor {
	if c.onTap != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// MouseIn, MouseMoved and MouseOut highlight the bar under the pointer of a tappable chart.
func (c *barChart) MouseIn(ev *desktop.MouseEvent)    { c.MouseMoved(ev) }
func (c *barChart) MouseMoved(ev *desktop.MouseEvent) { c.setHover(c.groupAt(ev.Position)) }
func (c *barChart) MouseOut()                         { c.setHover(-1) }

func (c *barChart) setHover(i int) {
	if c.onTap == nil || i == c.hover {
		return
	}
	c.hover = i
	c.Refresh()
}

// groupAt returns the bar whose slot contains p, or -1.
func (c *barChart) groupAt(p fyne.Position) int {
	g := c.geometry(c.Size())
	if len(c.groups) == 0 || p.X < g.plot.x || p.Y > g.plot.y+g.plot.h+g.labelH {
		return -1
	}
	i := int((p.X - g.plot.x) / g.slot)
	if i < 0 || i >= len(c.groups) {
		return -1
	}
	return i
}

// plotRect is the plotting area of a chart, in the widget's coordinates.
type plotRect struct{ x, y, w, h float32 }

// chartGeometry is where the parts of a chart go at one size.
type chartGeometry struct {
	plot          plotRect
	slot          float32
	labelH        float32
	legendH       float32
	ticks         []float64
	scale         float32 // pixels per minor unit
	textSize      float32
	axisW, valueH float32
}

func (c *barChart) geometry(size fyne.Size) chartGeometry {
	g := chartGeometry{textSize: theme.CaptionTextSize()}
	var top int64 = 1
	for _, gr := range c.groups {
		if c.showValues {
			for _, v := range gr.segs {
				top = max(top, v)
			}
		} else {
			top = max(top, gr.segs.Total())
		}
	}
	g.ticks = reports.AxisTicks(float64(top), 4)
	for _, t := range g.ticks {
		w := fyne.MeasureText(reports.CompactAmount(int64(t), c.currency, c.lang), g.textSize, fyne.TextStyle{}).Width
		g.axisW = max(g.axisW, w+theme.Padding()*2)
	}
	g.labelH = g.textSize * 1.8
	if c.legend[0] != "" {
		g.legendH = g.textSize * 2
	}
	g.valueH = g.textSize * 0.8
	if c.showValues {
		g.valueH = g.textSize * 1.8
	}
	g.plot = plotRect{x: g.axisW, y: g.valueH, w: max(size.Width-g.axisW-theme.Padding(), 1),
		h: max(size.Height-g.valueH-g.labelH-g.legendH, 1)}
	g.slot = g.plot.w / float32(max(len(c.groups), 1))
	g.scale = g.plot.h / float32(g.ticks[len(g.ticks)-1])
	return g
}

// CreateRenderer draws the chart.
func (c *barChart) CreateRenderer() fyne.WidgetRenderer {
	return &barChartRenderer{c: c}
}

type barChartRenderer struct {
	c       *barChart
	objects []fyne.CanvasObject
	size    fyne.Size
}

func (r *barChartRenderer) Layout(size fyne.Size) {
	r.size = size
	r.build()
}

func (r *barChartRenderer) MinSize() fyne.Size           { return r.c.MinSize() }
func (r *barChartRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *barChartRenderer) Destroy()                     {}

func (r *barChartRenderer) Refresh() {
	r.build()
	canvas.Refresh(r.c)
}

// text returns a caption-sized text object centred (align) in the box at x, y, w wide.
func chartText(s string, c color.Color, size float32, bold bool, align fyne.TextAlign, x, y, w float32) *canvas.Text {
	t := canvas.NewText(s, c)
	t.TextSize = size
	t.TextStyle = fyne.TextStyle{Bold: bold}
	t.Alignment = align
	t.Move(fyne.NewPos(x, y))
	t.Resize(fyne.NewSize(w, size*1.4))
	return t
}

// build recreates the canvas objects for the current size, data and theme.
func (r *barChartRenderer) build() {
	c, size := r.c, r.size
	r.objects = r.objects[:0]
	if size.Width <= 0 || size.Height <= 0 {
		return
	}
	fg := theme.Color(theme.ColorNameForeground)
	muted := theme.Color(theme.ColorNamePlaceHolder)
	grid := theme.Color(theme.ColorNameSeparator)
	g := c.geometry(size)
	ts := g.textSize
	if len(c.groups) == 0 {
		r.objects = append(r.objects, chartText(c.empty, muted, theme.TextSize(), false, fyne.TextAlignCenter,
			0, size.Height/2-ts, size.Width))
		return
	}
	plot := g.plot
	bottom := plot.y + plot.h
	for _, t := range g.ticks {
		y := bottom - float32(t)*g.scale
		line := canvas.NewLine(grid)
		line.StrokeWidth = 1
		line.Position1 = fyne.NewPos(plot.x, y)
		line.Position2 = fyne.NewPos(plot.x+plot.w, y)
		r.objects = append(r.objects, line,
			chartText(reports.CompactAmount(int64(t), c.currency, c.lang), muted, ts, false, fyne.TextAlignTrailing,
				0, y-ts*0.7, g.axisW-theme.Padding()))
	}
	width := float32(0.62)
	if !c.showValues {
		width = 0.7
	}
	for i, gr := range c.groups {
		x := plot.x + float32(i)*g.slot
		bw := g.slot * width
		bx := x + (g.slot-bw)/2
		y := bottom
		for b, v := range gr.segs {
			if v <= 0 {
				continue
			}
			h := float32(v) * g.scale
			col := color.Color(reports.BucketColors[b])
			if c.colors != nil {
				col = c.colors(i, b)
			}
			if c.hover >= 0 && c.hover != i {
				col = fade(col)
			}
			rect := canvas.NewRectangle(col)
			rect.CornerRadius = min(3, bw/6)
			rect.Move(fyne.NewPos(bx, y-h))
			rect.Resize(fyne.NewSize(bw, h))
			r.objects = append(r.objects, rect)
			y -= h
		}
		if c.showValues {
			r.objects = append(r.objects, chartText(reports.CompactAmount(gr.segs.Total(), c.currency, c.lang), fg, ts, true,
				fyne.TextAlignCenter, x, y-ts*1.6, g.slot))
		}
		r.objects = append(r.objects, chartText(gr.label, fg, ts, c.hover == i, fyne.TextAlignCenter, x, bottom+ts*0.3, g.slot))
	}
	axis := canvas.NewLine(muted)
	axis.StrokeWidth = 1
	axis.Position1 = fyne.NewPos(plot.x, bottom)
	axis.Position2 = fyne.NewPos(plot.x+plot.w, bottom)
	r.objects = append(r.objects, axis)
	if g.legendH > 0 {
		x, y := plot.x, bottom+g.labelH+ts*0.3
		for b, name := range c.legend {
			sw := canvas.NewRectangle(reports.BucketColors[b])
			sw.CornerRadius = 2
			sw.Move(fyne.NewPos(x, y+ts*0.25))
			sw.Resize(fyne.NewSize(ts, ts))
			w := fyne.MeasureText(name, ts, fyne.TextStyle{}).Width
			r.objects = append(r.objects, sw, chartText(name, fg, ts, false, fyne.TextAlignLeading, x+ts*1.4, y, w+4))
			x += ts*1.4 + w + ts*1.5
		}
	}
}

// fade returns c half transparent, for the bars not under the pointer.
func fade(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x70}
}
