package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"overdue/data"
)

// money formats an amount in minor units of currency the way the UI language writes it.
func money(amount int64, currency, language string) string {
	return data.FormatMoney(amount, currency, language)
}

// moneyList formats several amounts in different currencies, separated by " · ".
func moneyList(ms []data.Money, language string) string {
	if len(ms) == 0 {
		return "—"
	}
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = money(m.Amount, m.Currency, language)
	}
	return strings.Join(parts, " · ")
}

// count formats a whole number with the language's thousands separator (12,345 / 12.345 / 12 345).
func count(n int, language string) string {
	return data.FormatAmount(int64(n), "JPY", language) // JPY has no minor unit: a plain integer
}

// dateLayouts are the layouts dates are shown and typed in: ISO in English (the same for
// British and American readers), day.month.year in German, Norwegian and Polish.
var dateLayouts = map[string]string{"en": "2006-01-02", "de": "02.01.2006", "nb": "02.01.2006", "pl": "02.01.2006"}

// dateLayout returns the layout of dates in the language.
func dateLayout(language string) string {
	if l, ok := dateLayouts[language]; ok {
		return l
	}
	return dateLayouts["en"]
}

// formatDate shows a calendar date in the language's format, or "" when unset.
func formatDate(d data.Date, language string) string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format(dateLayout(language))
}

// formatStamp shows a moment in local time with date and minutes.
func formatStamp(t time.Time, language string) string {
	if t.IsZero() {
		return ""
	}
	return t.Local().Format(dateLayout(language) + " 15:04")
}

// parseDate reads a date typed by the user: the language's own layout, ISO (YYYY-MM-DD)
// or day.month.year with one- or two-digit day and month. Impossible dates are refused.
func parseDate(s string) (data.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if d, err := data.ParseDate(s); err == nil {
		return d, nil
	} else if len(s) == 10 && s[4] == '-' {
		return 0, fmt.Errorf("%s", lang.X("form.date.impossible", "this date does not exist"))
	}
	var day, month, year int
	// Slashes are refused: 03/04/2026 is March in the US and April in the UK.
	if n, err := fmt.Sscanf(s, "%d.%d.%d", &day, &month, &year); err == nil && n == 3 && !strings.Contains(s, "/") {
		if year >= 0 && year < 100 {
			year += 2000
		}
		if !data.ValidDate(year, month, day) {
			return 0, fmt.Errorf("%s", lang.X("form.date.impossible", "this date does not exist"))
		}
		return data.NewDate(year, time.Month(month), day), nil
	}
	return 0, fmt.Errorf("%s", lang.X("form.date.format", "type the date as {{.Example}}",
		map[string]any{"Example": data.NewDate(2026, 3, 31).Time().Format(dateLayout(Language()))}))
}

// statusText is the translated name of a customer status.
func statusText(s data.CustomerStatus) string {
	switch s {
	case data.StatusActive:
		return lang.X("status.active", "Active")
	case data.StatusDisputed:
		return lang.X("status.disputed", "Disputed")
	case data.StatusHardship:
		return lang.X("status.hardship", "Hardship")
	case data.StatusOnHold:
		return lang.X("status.on_hold", "On hold")
	case data.StatusWithAgency:
		return lang.X("status.with_agency", "With agency")
	case data.StatusWrittenOff:
		return lang.X("status.written_off", "Written off")
	}
	return string(s)
}

// debtorTypeText is the translated name of a debtor type.
func debtorTypeText(t data.DebtorType) string {
	switch t {
	case data.Business:
		return lang.X("debtor.company", "Company")
	case data.SoleTrader:
		return lang.X("debtor.sole_trader", "Sole trader")
	case data.Consumer:
		return lang.X("debtor.consumer", "Consumer")
	case data.PublicBody:
		return lang.X("debtor.public_body", "Public body")
	}
	return string(t)
}

// languageName is the name of a letter or interface language in that language.
func languageName(code string) string {
	switch code {
	case "en":
		return "English"
	case "de":
		return "Deutsch"
	case "nb":
		return "Norsk bokmål"
	case "pl":
		return "Polski"
	}
	return code
}

// countryName is the translated name of one of the jurisdictions Overdue knows.
func countryName(code string) string {
	switch code {
	case "NO":
		return lang.X("country.NO", "Norway")
	case "PL":
		return lang.X("country.PL", "Poland")
	case "DE":
		return lang.X("country.DE", "Germany")
	case "GB":
		return lang.X("country.GB", "United Kingdom")
	case "US":
		return lang.X("country.US", "United States")
	}
	return code
}
