package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

func TestColumnsLayoutDropsOptionalColumnsWhenNarrow(t *testing.T) {
	l := &columnsLayout{widths: []float32{50, 100, 40, 40}, flex: 1, gap: 0, optionalFrom: 2, comfortable: 150}
	tests := []struct {
		width    float32
		visible  int
		flexWant float32
	}{
		{400, 4, 270}, // room for all: the name gets the rest
		{280, 4, 150}, // exactly comfortable
		{279, 2, 229}, // too narrow: both optional columns go together
		{120, 2, 100}, // never below the flexible column's minimum
	}
	for _, tt := range tests {
		cells := []fyne.CanvasObject{widget.NewLabel("a"), widget.NewLabel("b"), widget.NewLabel("c"), widget.NewLabel("d")}
		l.Layout(cells, fyne.NewSize(tt.width, 30))
		shown := 0
		for _, c := range cells {
			if c.Visible() {
				shown++
			}
		}
		if shown != tt.visible || cells[1].Size().Width != tt.flexWant {
			t.Errorf("width %v: %d visible, name %v wide; want %d, %v", tt.width, shown, cells[1].Size().Width, tt.visible, tt.flexWant)
		}
	}
	cells := []fyne.CanvasObject{widget.NewLabel("a"), widget.NewLabel("b"), widget.NewLabel("c"), widget.NewLabel("d")}
	l.Layout(cells, fyne.NewSize(100, 30))
	l.Layout(cells, fyne.NewSize(400, 30))
	if !cells[3].Visible() {
		t.Error("optional columns stay hidden after the window grows")
	}
	if got := l.MinSize(cells).Width; got != 150 {
		t.Errorf("MinSize width = %v, want the mandatory columns only (150)", got)
	}
}
