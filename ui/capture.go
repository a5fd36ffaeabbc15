package ui

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/software"
)

// Capture returns an image of the main window. It reads the window's OpenGL front buffer
// (Canvas.Capture); where that comes back blank — Mesa's software rasteriser under Xvfb does
// not keep a readable front buffer — it draws the window's content and dialogs again with
// Fyne's software painter. fromGL reports which of the two it is.
func (a *App) Capture() (img image.Image, fromGL bool) {
	img = a.win.Canvas().Capture()
	if !Blank(img) {
		return img, true
	}
	content := a.win.Content()
	size := content.Size()
	objs := append([]fyne.CanvasObject{content}, a.win.Canvas().Overlays().List()...)
	sc := software.NewCanvas()
	sc.SetPadded(false)
	sc.SetContent(container.NewStack(objs...))
	sc.Resize(size)
	img = sc.Capture()
	// Lay the window out again in its own canvas.
	content.Resize(size)
	for _, o := range objs[1:] {
		o.Resize(a.win.Canvas().Size())
	}
	a.win.Canvas().Refresh(content)
	return img, false
}

// Blank reports whether img is empty or a single colour: nothing has been drawn.
func Blank(img image.Image) bool {
	if img == nil || img.Bounds().Empty() {
		return true
	}
	b := img.Bounds()
	r0, g0, b0, a0 := img.At(b.Min.X, b.Min.Y).RGBA()
	for y := b.Min.Y; y < b.Max.Y; y += 5 {
		for x := b.Min.X; x < b.Max.X; x += 5 {
			r, g, bl, al := img.At(x, y).RGBA()
			if r != r0 || g != g0 || bl != b0 || al != a0 {
				return false
			}
		}
	}
	return true
}
