package pdfdoc

import (
	"fmt"

	"overdue/data"
)

// FormatDate writes a date the way letters in the language do: 22.11.2026 in German,
// Norwegian and Polish, 22/11/2026 in British English and 11/22/2026 in American English.
// English is American when country is "US". The zero date gives "".
func FormatDate(d data.Date, lang, country string) string {
	if d.IsZero() {
		return ""
	}
	y, m, day := d.Parts()
	switch lang {
	case "de", "nb", "no", "nn", "pl":
		return fmt.Sprintf("%02d.%02d.%04d", day, int(m), y)
	}
	if country == "US" {
		return fmt.Sprintf("%02d/%02d/%04d", int(m), day, y)
	}
	return fmt.Sprintf("%02d/%02d/%04d", day, int(m), y)
}
