package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"overdue/data"
)

// overdueTheme is Fyne's default theme in Overdue's colours: the navy of the icon as the
// primary colour, amber for warnings and a calm red for what is overdue.
type overdueTheme struct{ fyne.Theme }

func newTheme() fyne.Theme { return overdueTheme{theme.DefaultTheme()} }

var (
	navy      = color.NRGBA{0x1d, 0x3b, 0x5c, 0xff}
	navyLight = color.NRGBA{0x7f, 0xa7, 0xd4, 0xff}
	amber     = color.NRGBA{0xe0, 0x8e, 0x1b, 0xff}
	red       = color.NRGBA{0xc6, 0x3b, 0x3b, 0xff}
	green     = color.NRGBA{0x2e, 0x8b, 0x57, 0xff}
)

// Color returns the colours that differ from the default theme.
func (t overdueTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	dark := v == theme.VariantDark
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		if dark {
			return navyLight
		}
		return navy
	case theme.ColorNameFocus:
		if dark {
			return color.NRGBA{0x7f, 0xa7, 0xd4, 0x80}
		}
		return color.NRGBA{0x1d, 0x3b, 0x5c, 0x60}
	case theme.ColorNameSelection:
		if dark {
			return color.NRGBA{0x7f, 0xa7, 0xd4, 0x40}
		}
		return color.NRGBA{0x1d, 0x3b, 0x5c, 0x24}
	case theme.ColorNameDisabled:
		// Fyne's light grey is too faint for the quiet texts (counts, notes) that use it.
		if !dark {
			return color.NRGBA{0x9a, 0xa1, 0xa9, 0xff}
		}
	case theme.ColorNameWarning:
		return amber
	case theme.ColorNameError:
		return red
	case theme.ColorNameSuccess:
		return green
	case theme.ColorNameHeaderBackground:
		if dark {
			return color.NRGBA{0x22, 0x26, 0x2c, 0xff}
		}
		return color.NRGBA{0xee, 0xf2, 0xf6, 0xff}
	}
	return t.Theme.Color(n, v)
}

// statusColor is the chip colour of a customer status: green while collections run
// normally, amber when they are paused for a reason, red when the debt has left the house.
func statusColor(s data.CustomerStatus) color.Color {
	switch s {
	case data.StatusActive:
		return green
	case data.StatusDisputed:
		return amber
	case data.StatusHardship:
		return color.NRGBA{0x7b, 0x5e, 0xa7, 0xff}
	case data.StatusOnHold:
		return color.NRGBA{0x6b, 0x72, 0x80, 0xff}
	case data.StatusWithAgency:
		return color.NRGBA{0x25, 0x63, 0xeb, 0xff}
	case data.StatusWrittenOff:
		return red
	}
	return navy
}
