package spreadsheet

// exportText holds the words written into exported workbooks (column headings, sheet names,
// kinds of ledger entries) in the four languages. Invoice columns use names the importer
// knows, so an exported invoice list imports back unchanged.
var exportText = map[string]map[string]string{
	"en": {
		"status_active": "Active", "status_disputed": "Disputed", "status_hardship": "Hardship", "status_on_hold": "On hold",
		"status_with_agency": "With agency", "status_written_off": "Written off", "type_company": "Company",
		"type_sole_trader": "Sole trader", "type_consumer": "Consumer", "type_public_body": "Public body",
		"invoice_number": "Invoice number", "customer_number": "Customer number", "customer_name": "Customer name",
		"tax_id": "Tax ID", "org_number": "Org number", "issue_date": "Issue date", "due_date": "Due date",
		"amount": "Amount", "paid": "Paid", "open": "Open", "currency": "Currency", "email": "Email", "phone": "Phone",
		"address": "Address", "description": "Description", "payment_date": "Payment date", "days_overdue": "Days overdue",
		"country": "Country", "language": "Language", "status": "Status", "credit_limit": "Credit limit",
		"balance": "Balance", "open_invoices": "Open invoices", "oldest_due": "Oldest due date", "type": "Debtor type",
		"date": "Date", "kind": "Entry", "debit": "Charged", "credit": "Paid or credited", "text": "Text",
		"current": "Current", "over": "Over %d days", "days": "%s days", "total": "Total",
		"sheet_customers": "Customers", "sheet_invoices": "Invoices", "sheet_aging": "Aging",
		"sheet_by_customer": "By customer", "sheet_ledger": "Ledger", "sheet_help": "How to fill in",
		"aging_title": "Receivables aging as of %s", "chart_title": "Open amounts by age (%s)",
		"invoice_created": "Invoice", "invoice_changed": "Invoice changed", "payment": "Payment",
		"credit_note": "Credit note", "write_off": "Write-off", "fee": "Fee", "interest": "Interest",
		"help_intro":     "Fill in one invoice per row below the header of the sheet Invoices, then import the file in Overdue (File › Import invoices).",
		"help_required":  "Required: invoice number, customer number or customer name, amount, and issue date or due date.",
		"help_dates":     "Dates: date cells, or text such as 2026-03-31, 31.03.2026 or 31/03/2026.",
		"help_amounts":   "Amounts: numbers, or text such as 1234.50, 1,234.50, 1.234,50 or 1 234,50. Paid: what the customer has paid so far.",
		"help_currency":  "Currency: an ISO code such as EUR, NOK, PLN, GBP or USD; empty means the company's currency.",
		"help_customers": "Customers are found by customer number, else by exact name; new ones are created.",
		"help_again":     "Importing the same file again changes nothing; a changed amount or a higher paid amount updates the invoice.",
		"column":         "Column", "meaning": "What to enter", "example": "Example",
	},
	"de": {
		"status_active": "Aktiv", "status_disputed": "Bestritten", "status_hardship": "Härtefall", "status_on_hold": "Angehalten",
		"status_with_agency": "Beim Inkassobüro", "status_written_off": "Ausgebucht", "type_company": "Unternehmen",
		"type_sole_trader": "Einzelunternehmer", "type_consumer": "Verbraucher", "type_public_body": "Öffentliche Stelle",
		"invoice_number": "Rechnungsnummer", "customer_number": "Kundennummer", "customer_name": "Kunde",
		"tax_id": "USt-IdNr.", "org_number": "Handelsregisternummer", "issue_date": "Rechnungsdatum", "due_date": "Fällig am",
		"amount": "Betrag", "paid": "Bezahlt", "open": "Offener Betrag", "currency": "Währung", "email": "E-Mail",
		"phone": "Telefon", "address": "Anschrift", "description": "Beschreibung", "payment_date": "Zahlungsdatum",
		"days_overdue": "Tage überfällig", "country": "Land", "language": "Sprache", "status": "Status",
		"credit_limit": "Kreditlimit", "balance": "Saldo", "open_invoices": "Offene Rechnungen",
		"oldest_due": "Älteste Fälligkeit", "type": "Schuldnerart", "date": "Datum", "kind": "Buchung",
		"debit": "Belastet", "credit": "Bezahlt oder gutgeschrieben", "text": "Text", "current": "Nicht fällig",
		"over": "Über %d Tage", "days": "%s Tage", "total": "Summe", "sheet_customers": "Kunden",
		"sheet_invoices": "Rechnungen", "sheet_aging": "Altersstruktur", "sheet_by_customer": "Nach Kunde",
		"sheet_ledger": "Kontoauszug", "sheet_help": "Ausfüllhilfe",
		"aging_title": "Altersstruktur der Forderungen zum %s", "chart_title": "Offene Beträge nach Alter (%s)",
		"invoice_created": "Rechnung", "invoice_changed": "Rechnung geändert", "payment": "Zahlung",
		"credit_note": "Gutschrift", "write_off": "Ausbuchung", "fee": "Gebühr", "interest": "Zinsen",
		"help_intro":     "Tragen Sie im Blatt Rechnungen unter der Kopfzeile eine Rechnung pro Zeile ein und importieren Sie die Datei in Overdue (Datei › Rechnungen importieren).",
		"help_required":  "Pflicht: Rechnungsnummer, Kundennummer oder Kundenname, Betrag sowie Rechnungsdatum oder Fälligkeitsdatum.",
		"help_dates":     "Datum: Datumszellen oder Text wie 31.03.2026, 2026-03-31 oder 31/03/2026.",
		"help_amounts":   "Beträge: Zahlen oder Text wie 1.234,50, 1234,50 oder 1234.50. Bezahlt: was der Kunde bisher gezahlt hat.",
		"help_currency":  "Währung: ein ISO-Code wie EUR, NOK, PLN, GBP oder USD; leer bedeutet die Währung des Unternehmens.",
		"help_customers": "Kunden werden über die Kundennummer gefunden, sonst über den genauen Namen; neue werden angelegt.",
		"help_again":     "Ein erneuter Import derselben Datei ändert nichts; ein geänderter Betrag oder ein höherer bezahlter Betrag aktualisiert die Rechnung.",
		"column":         "Spalte", "meaning": "Was eintragen", "example": "Beispiel",
	},
	"nb": {
		"status_active": "Aktiv", "status_disputed": "Bestridt", "status_hardship": "Vanskelig situasjon", "status_on_hold": "På vent",
		"status_with_agency": "Hos inkasso", "status_written_off": "Avskrevet", "type_company": "Foretak",
		"type_sole_trader": "Enkeltpersonforetak", "type_consumer": "Forbruker", "type_public_body": "Offentlig virksomhet",
		"invoice_number": "Fakturanummer", "customer_number": "Kundenummer", "customer_name": "Kundenavn",
		"tax_id": "MVA-nummer", "org_number": "Organisasjonsnummer", "issue_date": "Fakturadato", "due_date": "Forfallsdato",
		"amount": "Beløp", "paid": "Innbetalt", "open": "Utestående", "currency": "Valuta", "email": "E-post",
		"phone": "Telefon", "address": "Adresse", "description": "Beskrivelse", "payment_date": "Betalingsdato",
		"days_overdue": "Dager forfalt", "country": "Land", "language": "Språk", "status": "Status",
		"credit_limit": "Kredittgrense", "balance": "Saldo", "open_invoices": "Åpne fakturaer",
		"oldest_due": "Eldste forfall", "type": "Skyldnertype", "date": "Dato", "kind": "Postering",
		"debit": "Belastet", "credit": "Betalt eller kreditert", "text": "Tekst", "current": "Ikke forfalt",
		"over": "Over %d dager", "days": "%s dager", "total": "Sum", "sheet_customers": "Kunder",
		"sheet_invoices": "Fakturaer", "sheet_aging": "Aldersfordeling", "sheet_by_customer": "Per kunde",
		"sheet_ledger": "Kontoutskrift", "sheet_help": "Slik fyller du ut",
		"aging_title": "Aldersfordelte kundefordringer per %s", "chart_title": "Utestående etter alder (%s)",
		"invoice_created": "Faktura", "invoice_changed": "Faktura endret", "payment": "Innbetaling",
		"credit_note": "Kreditnota", "write_off": "Avskrivning", "fee": "Gebyr", "interest": "Renter",
		"help_intro":     "Fyll inn én faktura per rad under overskriftsraden i arket Fakturaer, og importer filen i Overdue (Fil › Importer fakturaer).",
		"help_required":  "Påkrevd: fakturanummer, kundenummer eller kundenavn, beløp og fakturadato eller forfallsdato.",
		"help_dates":     "Datoer: datoceller eller tekst som 31.03.2026, 2026-03-31 eller 31/03/2026.",
		"help_amounts":   "Beløp: tall eller tekst som 1 234,50, 1234,50 eller 1234.50. Innbetalt: det kunden har betalt så langt.",
		"help_currency":  "Valuta: en ISO-kode som NOK, EUR, PLN, GBP eller USD; tom betyr firmaets valuta.",
		"help_customers": "Kunder finnes på kundenummer, ellers på nøyaktig navn; nye opprettes.",
		"help_again":     "Å importere den samme filen på nytt endrer ingenting; et endret beløp eller et høyere innbetalt beløp oppdaterer fakturaen.",
		"column":         "Kolonne", "meaning": "Hva du fyller inn", "example": "Eksempel",
	},
	"pl": {
		"status_active": "Aktywny", "status_disputed": "Sporny", "status_hardship": "Trudna sytuacja", "status_on_hold": "Wstrzymany",
		"status_with_agency": "W windykacji", "status_written_off": "Odpisany", "type_company": "Firma",
		"type_sole_trader": "Jednoosobowa działalność", "type_consumer": "Konsument", "type_public_body": "Podmiot publiczny",
		"invoice_number": "Numer faktury", "customer_number": "Numer klienta", "customer_name": "Nazwa klienta",
		"tax_id": "NIP", "org_number": "KRS", "issue_date": "Data wystawienia", "due_date": "Termin płatności",
		"amount": "Kwota", "paid": "Zapłacono", "open": "Pozostało do zapłaty", "currency": "Waluta", "email": "E-mail",
		"phone": "Telefon", "address": "Adres", "description": "Opis", "payment_date": "Data zapłaty",
		"days_overdue": "Dni po terminie", "country": "Kraj", "language": "Język", "status": "Status",
		"credit_limit": "Limit kredytowy", "balance": "Saldo", "open_invoices": "Otwarte faktury",
		"oldest_due": "Najstarszy termin", "type": "Rodzaj dłużnika", "date": "Data", "kind": "Operacja",
		"debit": "Obciążenie", "credit": "Zapłata lub uznanie", "text": "Opis operacji", "current": "Bieżące",
		"over": "Ponad %d dni", "days": "%s dni", "total": "Razem", "sheet_customers": "Klienci",
		"sheet_invoices": "Faktury", "sheet_aging": "Wiekowanie", "sheet_by_customer": "Według klientów",
		"sheet_ledger": "Historia rozrachunków", "sheet_help": "Jak wypełnić",
		"aging_title": "Wiekowanie należności na dzień %s", "chart_title": "Kwoty otwarte według wieku (%s)",
		"invoice_created": "Faktura", "invoice_changed": "Zmiana faktury", "payment": "Wpłata",
		"credit_note": "Korekta", "write_off": "Odpis", "fee": "Opłata", "interest": "Odsetki",
		"help_intro":     "Wpisz po jednej fakturze w wierszu pod nagłówkiem arkusza Faktury, a następnie zaimportuj plik w Overdue (Plik › Importuj faktury).",
		"help_required":  "Wymagane: numer faktury, numer lub nazwa klienta, kwota oraz data wystawienia lub termin płatności.",
		"help_dates":     "Daty: komórki z datą lub tekst, np. 31.03.2026, 2026-03-31 albo 31/03/2026.",
		"help_amounts":   "Kwoty: liczby lub tekst, np. 1 234,50, 1234,50 albo 1234.50. Zapłacono: ile klient dotąd zapłacił.",
		"help_currency":  "Waluta: kod ISO, np. PLN, EUR, NOK, GBP lub USD; puste pole oznacza walutę firmy.",
		"help_customers": "Klienci są wyszukiwani po numerze, a w drugiej kolejności po dokładnej nazwie; nowi są zakładani.",
		"help_again":     "Ponowny import tego samego pliku niczego nie zmienia; zmieniona kwota lub wyższa kwota zapłacona aktualizuje fakturę.",
		"column":         "Kolumna", "meaning": "Co wpisać", "example": "Przykład",
	},
}

// word returns the export text for key in lang (English when lang is unknown).
func word(lang, key string) string {
	if m, ok := exportText[lang]; ok {
		if s, ok := m[key]; ok {
			return s
		}
	}
	return exportText["en"][key]
}

// exportLang returns lang when it is one of the four languages, else English.
func exportLang(lang string) string {
	if _, ok := exportText[lang]; ok {
		return lang
	}
	return "en"
}
