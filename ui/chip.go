package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// chip is a small rounded label in a colour, used for a customer's status. It sits at the
// leading edge of the space it gets, vertically centred.
type chip struct {
	widget.BaseWidget
	text  string
	color color.Color
}

func newChip(text string, c color.Color) *chip {
	ch := &chip{text: text, color: c}
	ch.ExtendBaseWidget(ch)
	return ch
}

// Set changes the chip's text and colour.
func (c *chip) Set(text string, col color.Color) {
	if c.text == text && c.color == col {
		return
	}
	c.text, c.color = text, col
	c.Refresh()
}

// CreateRenderer draws the chip.
func (c *chip) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	txt := canvas.NewText("", color.Black)
	txt.TextStyle.Bold = true
	r := &chipRenderer{c: c, bg: bg, text: txt}
	r.Refresh()
	return r
}

type chipRenderer struct {
	c    *chip
	bg   *canvas.Rectangle
	text *canvas.Text
}

const chipPadX, chipPadY = 8, 2

func (r *chipRenderer) Layout(size fyne.Size) {
	ts := r.text.MinSize()
	bs := fyne.NewSize(ts.Width+2*chipPadX, ts.Height+2*chipPadY)
	y := (size.Height - bs.Height) / 2
	r.bg.Resize(bs)
	r.bg.Move(fyne.NewPos(0, y))
	r.bg.CornerRadius = bs.Height / 2
	r.text.Move(fyne.NewPos(chipPadX, y+chipPadY))
	r.text.Resize(ts)
}

func (r *chipRenderer) MinSize() fyne.Size {
	ts := r.text.MinSize()
	return fyne.NewSize(ts.Width+2*chipPadX, ts.Height+2*chipPadY)
}

func (r *chipRenderer) Refresh() {
	th := r.c.Theme()
	r.text.Text = r.c.text
	r.text.TextSize = th.Size(theme.SizeNameCaptionText) + 1
	r.text.Color = r.c.color
	cr, cg, cb, _ := r.c.color.RGBA()
	r.bg.FillColor = color.NRGBA{uint8(cr >> 8), uint8(cg >> 8), uint8(cb >> 8), 0x26}
	r.bg.StrokeColor = color.NRGBA{uint8(cr >> 8), uint8(cg >> 8), uint8(cb >> 8), 0x70}
	r.bg.StrokeWidth = 1
	r.Layout(r.c.Size())
	r.bg.Refresh()
	r.text.Refresh()
}

func (r *chipRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.text} }

func (r *chipRenderer) Destroy() {}
