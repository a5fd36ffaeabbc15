package reports

import (
	"strconv"
	"strings"
)

// statementTexts are the words of statements of account and aging reports in the four
// languages of the letters. Placeholders in braces are filled by text().
var statementTexts = map[string]map[string]string{
	"en": {
		"title":          "Statement of account",
		"as_of":          "as of {date}",
		"intro":          "Please find below the invoices open on your account on {date}, the movements on the account and how long the amounts have been outstanding.",
		"open_invoices":  "Open invoices",
		"no_open":        "There are no open invoices on your account.",
		"invoice_no":     "Invoice no.",
		"invoice_date":   "Invoice date",
		"due_date":       "Due date",
		"days_overdue":   "Days overdue",
		"amount":         "Amount",
		"open":           "Open",
		"total":          "Total",
		"activity":       "Account activity since {date}",
		"date":           "Date",
		"text":           "Description",
		"debit":          "Debit",
		"credit":         "Credit",
		"balance":        "Balance",
		"opening":        "Balance brought forward",
		"closing":        "Balance on {date}",
		"invoice":        "Invoice {ref}, due {due}",
		"payment":        "Payment",
		"credit_note":    "Credit note",
		"write_off":      "Write-off",
		"applied_to":     "for {invoices}",
		"unallocated":    "Payments and credits not yet applied to an invoice: {amount}.",
		"aging":          "Age of the open amounts",
		"current":        "Not yet due",
		"days":           "{range} days",
		"over":           "Over {days} days",
		"pay_heading":    "Payment",
		"pay_overdue":    "Please pay the overdue amount of {amount} without delay to the account below, quoting your customer number {number}.",
		"pay_current":    "Nothing is overdue. Please pay the open invoices by their due dates to the account below, quoting your customer number {number}.",
		"pay_nothing":    "Your account is settled. Thank you.",
		"recipient":      "Payee",
		"reference":      "Reference",
		"closing_note":   "If you have paid in the meantime, thank you, and please disregard this statement. If anything on it does not match your records, please contact us at {contact}.",
		"customer_no":    "Customer no.",
		"currency":       "Currency",
		"contact":        "Contact",
		"page":           "Page {page} of {pages}",
		"org_no":         "Org. no.",
		"vat_no":         "VAT no.",
		"phone":          "Phone",
		"email":          "Email",
		"account":        "Account no.",
		"aging_title":    "Receivables aging",
		"aging_basis":    "Open amounts by days past due",
		"aging_basis_iv": "Open amounts by days since the invoice date",
		"customer":       "Customer",
		"by_customer":    "By customer",
		"trend":          "Open amounts at month end, last 12 months",
		"dso":            "DSO (countback)",
		"dso_days":       "{days} days",
		"customers":      "{n} customers",
		"overdue_share":  "{share} overdue",
	},
	"de": {
		"title":          "Kontoauszug",
		"as_of":          "Stand {date}",
		"intro":          "Nachstehend erhalten Sie eine Aufstellung der am {date} offenen Rechnungen auf Ihrem Kundenkonto, der Buchungen und des Alters der offenen Beträge.",
		"open_invoices":  "Offene Rechnungen",
		"no_open":        "Auf Ihrem Konto sind keine Rechnungen offen.",
		"invoice_no":     "Rechnungsnr.",
		"invoice_date":   "Rechnungsdatum",
		"due_date":       "Fällig am",
		"days_overdue":   "Tage überfällig",
		"amount":         "Betrag",
		"open":           "Offen",
		"total":          "Summe",
		"activity":       "Kontobewegungen seit {date}",
		"date":           "Datum",
		"text":           "Buchungstext",
		"debit":          "Soll",
		"credit":         "Haben",
		"balance":        "Saldo",
		"opening":        "Saldovortrag",
		"closing":        "Saldo am {date}",
		"invoice":        "Rechnung {ref}, fällig {due}",
		"payment":        "Zahlung",
		"credit_note":    "Gutschrift",
		"write_off":      "Ausbuchung",
		"applied_to":     "für {invoices}",
		"unallocated":    "Noch keiner Rechnung zugeordnete Zahlungen und Gutschriften: {amount}.",
		"aging":          "Altersstruktur der offenen Beträge",
		"current":        "Noch nicht fällig",
		"days":           "{range} Tage",
		"over":           "Über {days} Tage",
		"pay_heading":    "Zahlung",
		"pay_overdue":    "Bitte überweisen Sie den fälligen Betrag von {amount} umgehend auf das unten genannte Konto und geben Sie dabei Ihre Kundennummer {number} an.",
		"pay_current":    "Es ist nichts überfällig. Bitte begleichen Sie die offenen Rechnungen bis zu ihrer Fälligkeit auf das unten genannte Konto unter Angabe Ihrer Kundennummer {number}.",
		"pay_nothing":    "Ihr Konto ist ausgeglichen. Vielen Dank.",
		"recipient":      "Empfänger",
		"reference":      "Verwendungszweck",
		"closing_note":   "Sollten Sie inzwischen gezahlt haben, danken wir Ihnen; betrachten Sie diesen Kontoauszug dann als gegenstandslos. Stimmt etwas nicht mit Ihren Unterlagen überein, wenden Sie sich bitte an {contact}.",
		"customer_no":    "Kundennr.",
		"currency":       "Währung",
		"contact":        "Kontakt",
		"page":           "Seite {page} von {pages}",
		"org_no":         "Reg.-Nr.",
		"vat_no":         "USt-IdNr.",
		"phone":          "Tel.",
		"email":          "E-Mail",
		"account":        "Kontonr.",
		"aging_title":    "Altersstruktur der Forderungen",
		"aging_basis":    "Offene Beträge nach Tagen über Fälligkeit",
		"aging_basis_iv": "Offene Beträge nach Tagen seit Rechnungsdatum",
		"customer":       "Kunde",
		"by_customer":    "Nach Kunden",
		"trend":          "Offene Beträge zum Monatsende, letzte 12 Monate",
		"dso":            "DSO (Countback)",
		"dso_days":       "{days} Tage",
		"customers":      "{n} Kunden",
		"overdue_share":  "{share} überfällig",
	},
	"nb": {
		"title":          "Kontoutskrift",
		"as_of":          "per {date}",
		"intro":          "Nedenfor finner du fakturaene som var åpne på kontoen din {date}, bevegelsene på kontoen og hvor lenge beløpene har vært utestående.",
		"open_invoices":  "Åpne fakturaer",
		"no_open":        "Det er ingen åpne fakturaer på kontoen din.",
		"invoice_no":     "Fakturanr.",
		"invoice_date":   "Fakturadato",
		"due_date":       "Forfallsdato",
		"days_overdue":   "Dager forfalt",
		"amount":         "Beløp",
		"open":           "Utestående",
		"total":          "Sum",
		"activity":       "Bevegelser på kontoen siden {date}",
		"date":           "Dato",
		"text":           "Tekst",
		"debit":          "Debet",
		"credit":         "Kredit",
		"balance":        "Saldo",
		"opening":        "Inngående saldo",
		"closing":        "Saldo per {date}",
		"invoice":        "Faktura {ref}, forfall {due}",
		"payment":        "Innbetaling",
		"credit_note":    "Kreditnota",
		"write_off":      "Avskrivning",
		"applied_to":     "for {invoices}",
		"unallocated":    "Innbetalinger og kreditnotaer som ennå ikke er ført mot en faktura: {amount}.",
		"aging":          "Aldersfordeling av utestående beløp",
		"current":        "Ikke forfalt",
		"days":           "{range} dager",
		"over":           "Over {days} dager",
		"pay_heading":    "Betaling",
		"pay_overdue":    "Vennligst betal det forfalte beløpet på {amount} snarest til kontoen nedenfor, og oppgi kundenummer {number}.",
		"pay_current":    "Ingenting er forfalt. Vennligst betal de åpne fakturaene innen forfall til kontoen nedenfor, og oppgi kundenummer {number}.",
		"pay_nothing":    "Kontoen din er gjort opp. Takk.",
		"recipient":      "Mottaker",
		"reference":      "Referanse",
		"closing_note":   "Har du betalt i mellomtiden, takk for det, og se bort fra denne kontoutskriften. Stemmer noe ikke med dine opplysninger, ta kontakt med oss på {contact}.",
		"customer_no":    "Kundenr.",
		"currency":       "Valuta",
		"contact":        "Kontakt",
		"page":           "Side {page} av {pages}",
		"org_no":         "Org.nr.",
		"vat_no":         "MVA-nr.",
		"phone":          "Tlf.",
		"email":          "E-post",
		"account":        "Kontonr.",
		"aging_title":    "Aldersfordelt reskontro",
		"aging_basis":    "Utestående beløp etter dager over forfall",
		"aging_basis_iv": "Utestående beløp etter dager siden fakturadato",
		"customer":       "Kunde",
		"by_customer":    "Per kunde",
		"trend":          "Utestående ved månedsslutt, siste 12 måneder",
		"dso":            "DSO (countback)",
		"dso_days":       "{days} dager",
		"customers":      "{n} kunder",
		"overdue_share":  "{share} forfalt",
	},
	"pl": {
		"title":          "Wyciąg z konta",
		"as_of":          "na dzień {date}",
		"intro":          "Poniżej przedstawiamy faktury nierozliczone na Państwa koncie na dzień {date}, operacje na koncie oraz wiek zaległych kwot.",
		"open_invoices":  "Nierozliczone faktury",
		"no_open":        "Na Państwa koncie nie ma nierozliczonych faktur.",
		"invoice_no":     "Nr faktury",
		"invoice_date":   "Data wystawienia",
		"due_date":       "Termin płatności",
		"days_overdue":   "Dni po terminie",
		"amount":         "Kwota",
		"open":           "Do zapłaty",
		"total":          "Razem",
		"activity":       "Operacje na koncie od {date}",
		"date":           "Data",
		"text":           "Opis",
		"debit":          "Winien",
		"credit":         "Ma",
		"balance":        "Saldo",
		"opening":        "Saldo z przeniesienia",
		"closing":        "Saldo na dzień {date}",
		"invoice":        "Faktura {ref}, termin {due}",
		"payment":        "Wpłata",
		"credit_note":    "Faktura korygująca",
		"write_off":      "Odpis",
		"applied_to":     "do {invoices}",
		"unallocated":    "Wpłaty i korekty jeszcze nieprzypisane do faktur: {amount}.",
		"aging":          "Struktura wiekowa należności",
		"current":        "Niewymagalne",
		"days":           "{range} dni",
		"over":           "Powyżej {days} dni",
		"pay_heading":    "Płatność",
		"pay_overdue":    "Prosimy o niezwłoczną wpłatę zaległej kwoty {amount} na poniższy rachunek, z podaniem numeru klienta {number}.",
		"pay_current":    "Żadna kwota nie jest przeterminowana. Prosimy o zapłatę nierozliczonych faktur w terminie na poniższy rachunek, z podaniem numeru klienta {number}.",
		"pay_nothing":    "Państwa konto jest rozliczone. Dziękujemy.",
		"recipient":      "Odbiorca",
		"reference":      "Tytuł przelewu",
		"closing_note":   "Jeżeli zapłata została już dokonana, dziękujemy i prosimy uznać ten wyciąg za nieaktualny. Jeśli coś nie zgadza się z Państwa ewidencją, prosimy o kontakt: {contact}.",
		"customer_no":    "Nr klienta",
		"currency":       "Waluta",
		"contact":        "Kontakt",
		"page":           "Strona {page} z {pages}",
		"org_no":         "KRS/REGON",
		"vat_no":         "NIP",
		"phone":          "Tel.",
		"email":          "E-mail",
		"account":        "Nr rachunku",
		"aging_title":    "Struktura wiekowa należności",
		"aging_basis":    "Kwoty nierozliczone według dni po terminie",
		"aging_basis_iv": "Kwoty nierozliczone według dni od daty wystawienia",
		"customer":       "Klient",
		"by_customer":    "Według klientów",
		"trend":          "Należności na koniec miesiąca, ostatnie 12 miesięcy",
		"dso":            "DSO (metoda countback)",
		"dso_days":       "{days} dni",
		"customers":      "{n} klientów",
		"overdue_share":  "{share} przeterminowane",
	},
}

// text returns the statement text for key in lang (English when missing), with each
// {name} replaced by the value following it in args.
func text(lang, key string, args ...string) string {
	s, ok := statementTexts[lang][key]
	if !ok {
		s = statementTexts["en"][key]
	}
	if len(args) > 0 {
		pairs := make([]string, 0, len(args))
		for i := 0; i+1 < len(args); i += 2 {
			pairs = append(pairs, "{"+args[i]+"}", args[i+1])
		}
		s = strings.NewReplacer(pairs...).Replace(s)
	}
	return s
}

// BucketLabel returns the heading of a bucket in lang: "Not yet due", "1–30 days", "Over 90 days".
func BucketLabel(lang string, e Edges, bucket int) string {
	e = e.orDefault()
	switch bucket {
	case Current:
		return text(lang, "current")
	case Over:
		return text(lang, "over", "days", strconv.Itoa(e[2]))
	}
	return text(lang, "days", "range", e.Ranges()[bucket])
}

// countryNames are the names of the countries Overdue knows the rules of, for the last line
// of an address abroad, in the sender's language.
var countryNames = map[string]map[string]string{
	"NO": {"en": "Norway", "de": "Norwegen", "nb": "Norge", "pl": "Norwegia"},
	"PL": {"en": "Poland", "de": "Polen", "nb": "Polen", "pl": "Polska"},
	"DE": {"en": "Germany", "de": "Deutschland", "nb": "Tyskland", "pl": "Niemcy"},
	"GB": {"en": "United Kingdom", "de": "Vereinigtes Königreich", "nb": "Storbritannia", "pl": "Wielka Brytania"},
	"US": {"en": "United States", "de": "Vereinigte Staaten", "nb": "USA", "pl": "Stany Zjednoczone"},
	"SE": {"en": "Sweden", "de": "Schweden", "nb": "Sverige", "pl": "Szwecja"},
	"DK": {"en": "Denmark", "de": "Dänemark", "nb": "Danmark", "pl": "Dania"},
}

// countryName returns the name of a country in lang, or its code when unknown.
func countryName(code, lang string) string {
	if n, ok := countryNames[code][lang]; ok {
		return n
	}
	if n, ok := countryNames[code]["en"]; ok {
		return n
	}
	return code
}
