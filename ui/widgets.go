package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// heading is a screen's title in large bold type.
func heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameHeadingText
	return l
}

// subheading is a block's title in bold.
func subheading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

// caption is small, quiet text, e.g. a field's name above its value.
func caption(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// rightCaption is a caption aligned right, above a column of amounts.
func rightCaption(text string) *widget.Label {
	l := caption(text)
	l.Alignment = fyne.TextAlignTrailing
	return l
}

// card frames content with a thin rounded border, like a sheet of paper.
func card(content fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.Size(theme.SizeNameInputRadius)
	return container.NewStack(bg, container.NewPadded(content))
}

// stat is a caption above a value, for the customer header's figures.
func stat(name string, value *widget.Label) fyne.CanvasObject {
	return container.NewVBox(caption(name), value)
}

// emptyNote is the quiet line shown where a list has nothing yet.
func emptyNote(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	l.Importance = widget.LowImportance
	l.Wrapping = fyne.TextWrapWord
	return l
}

// layoutSpacer fills the space between objects in a box.
func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }

// entryText returns the text of an entry-like input.
func entryText(o fyne.CanvasObject) string {
	switch e := o.(type) {
	case *widget.Entry:
		return e.Text
	case *widget.SelectEntry:
		return e.Text
	}
	return ""
}

var boldStyle = fyne.TextStyle{Bold: true}
