package spreadsheet

// synonyms are the column names the importer knows, in English, German, Norwegian and
// Polish, written as normalHeader produces them: lower case, diacritics folded (ø→o, ł→l,
// ß→ss), punctuation as spaces, "#" as "no". Currency codes and format hints such as
// "(dd.mm.yyyy)" are removed from a header before it is looked up here. "VAT", "MwSt" and
// "MVA" alone head the tax amount in registers (Netto/VAT/Brutto), never a tax ID.
var synonyms = map[Field][]string{
	FieldInvoiceNumber: {
		// English
		"invoice number", "invoice no", "invoice nr", "invoice", "invoice id", "invoice ref", "invoice reference",
		"num", "no", "number", "inv no", "inv number", "inv", "document number", "document no", "doc no",
		"reference", "ref", "ref no", "transaction number", "bill number", "bill no",
		// German
		"rechnungsnummer", "rechnungsnr", "rechnung nr", "rechnung", "rechnungs nr", "re nr", "renr",
		"belegnummer", "belegnr", "beleg nr", "beleg", "rg nr", "rgnr", "rechnungsnummer extern",
		// Norwegian
		"fakturanummer", "fakturanr", "faktura nr", "faktura", "fakturano", "faktura no", "bilagsnummer",
		"bilagsnr", "bilag", "bilag nr",
		// Polish
		"numer faktury", "nr faktury", "faktura numer", "numer dokumentu", "nr dokumentu", "dokument",
		"numer", "nr", "symbol dokumentu",
	},
	FieldCustomerNumber: {
		"customer number", "customer no", "customer nr", "customer id", "customer code", "customer account",
		"client number", "client no", "client id", "client code", "account number", "account no", "account",
		"cust no", "cust id", "debtor number", "debtor no", "debtor id",
		"kundennummer", "kundennr", "kunden nr", "kunde nr", "kd nr", "kdnr", "debitorennummer", "debitorennr",
		"debitor nr", "debitornummer", "kunden id",
		"kundenummer", "kundenr", "kunde id", "kundeid", "kunde nummer", "reskontronr", "reskontronummer",
		"debitornr", "kundekode",
		"numer klienta", "nr klienta", "id klienta", "kod klienta", "numer kontrahenta", "nr kontrahenta",
		"kod kontrahenta", "id kontrahenta", "symbol kontrahenta", "numer nabywcy", "nr nabywcy",
	},
	FieldCustomerName: {
		"customer", "customer name", "client", "client name", "name", "company", "company name", "debtor",
		"debtor name", "account name", "bill to", "sold to", "payer",
		"kunde", "kundenname", "kunde name", "kunden name", "firma", "firmenname", "debitor", "debitorname",
		"rechnungsempfanger", "auftraggeber", "zahler",
		"kundenavn", "kunde navn", "navn", "firmanavn", "betaler",
		"klient", "nazwa klienta", "kontrahent", "nazwa kontrahenta", "nabywca", "nazwa nabywcy", "odbiorca",
		"nazwa", "dluznik", "platnik",
	},
	FieldTaxID: {
		"tax id", "tax number", "tax no", "taxid", "vat number", "vat no", "vat id", "vat reg no",
		"vat registration number", "ein", "tin",
		"ust idnr", "ust id", "ustidnr", "ustid", "ust id nr", "umsatzsteuer id", "umsatzsteuer identifikationsnummer",
		"steuernummer", "steuer nr", "steuernr",
		"mva nr", "mva nummer", "mvanr",
		"nip", "nip nabywcy", "numer nip", "nip kontrahenta", "nr nip",
	},
	FieldOrgNumber: {
		"org number", "org no", "organisation number", "organization number", "company number",
		"company reg no", "registration number", "reg no",
		"handelsregisternummer", "handelsregister", "hrb", "registernummer",
		"org nr", "orgnr", "organisasjonsnummer", "organisasjonsnr", "org nummer",
		"krs", "regon", "numer krs", "numer regon",
	},
	FieldIssueDate: {
		"date", "invoice date", "issue date", "issued", "date issued", "issued on", "txn date", "document date",
		"inv date", "bill date", "transaction date",
		"datum", "rechnungsdatum", "belegdatum", "ausstellungsdatum", "rechnungs datum", "re datum",
		"dato", "fakturadato", "bilagsdato", "utstedt", "fakturert",
		"data", "data wystawienia", "data faktury", "data dokumentu", "wystawiono", "data wyst",
	},
	FieldDueDate: {
		"due date", "due", "payment due", "due on", "date due", "due by", "maturity", "maturity date",
		"fallig am", "fallig", "falligkeit", "falligkeitsdatum", "fallig zum", "fallig bis",
		"zahlbar bis", "zahlungsziel", "zahlungsfrist", "faellig am", "faellig",
		"forfallsdato", "forfall", "forfallsdag", "forfaller", "betalingsfrist", "forfallsdato faktura",
		"termin platnosci", "termin zaplaty", "data platnosci", "termin", "platne do", "data wymagalnosci",
		"termin plat",
	},
	FieldAmount: {
		"amount", "total", "invoice amount", "original amount", "gross", "gross amount", "invoice total",
		"total amount", "value", "amount incl vat", "amount incl tax", "invoice value",
		"betrag", "rechnungsbetrag", "bruttobetrag", "brutto", "gesamtbetrag", "endbetrag", "wert",
		"betrag brutto", "rechnungssumme", "summe brutto", "ursprungsbetrag",
		"belop", "fakturabelop", "totalbelop", "belop inkl mva", "opprinnelig belop", "sum inkl mva",
		"kwota", "kwota brutto", "wartosc brutto", "wartosc", "wartosc faktury", "kwota faktury", "brutto razem",
	},
	FieldPaid: {
		"paid", "amount paid", "paid amount", "payments", "payment", "received", "amount received", "paid to date",
		"bezahlt", "gezahlt", "bezahlter betrag", "gezahlter betrag", "zahlung", "zahlungen", "zahlungseingang",
		"beglichen", "bezahlt betrag",
		"innbetalt", "betalt", "innbetaling", "betalt belop", "innbetalt belop", "innbetalinger",
		"zaplacono", "zaplacone", "wplacono", "wplata", "wplaty", "kwota zaplacona", "zaplata", "zaplacona kwota",
		"kwota wplaty",
	},
	FieldOpen: {
		"open balance", "open", "open amount", "balance", "balance due", "amount due", "outstanding",
		"outstanding amount", "remaining", "due amount", "unpaid", "unpaid amount", "amount outstanding",
		"offener betrag", "offen", "restbetrag", "saldo", "ausstehend", "offener saldo", "rest", "offene summe",
		"offener posten", "op betrag", "noch offen",
		"utestaende", "utestaende belop", "restbelop", "apent belop", "apen", "gjenstaende", "skyldig",
		"ubetalt", "rest a betale",
		"pozostalo", "do zaplaty", "pozostalo do zaplaty", "zaleglosc", "kwota do zaplaty", "nierozliczone",
		"kwota pozostala", "pozostala kwota", "naleznosc",
	},
	FieldPaymentDate: {
		"payment date", "paid date", "date paid", "paid on", "last payment", "last payment date",
		"zahlungsdatum", "bezahlt am", "gezahlt am", "zahldatum", "datum zahlung",
		"betalingsdato", "betalt dato", "innbetalingsdato", "betalt den", "dato betalt",
		"data zaplaty", "data wplaty", "zaplacono dnia", "data zaplacenia",
	},
	FieldCurrency: {
		"currency", "curr", "ccy", "cur", "currency code", "wahrung", "waehrung", "valuta", "waluta", "kod waluty",
	},
	FieldEmail: {
		"email", "e mail", "mail", "email address", "e mail address", "e mail adresse", "e post", "epost",
		"e postadresse", "adres email", "adres e mail", "e mail adres",
	},
	FieldPhone: {
		"phone", "telephone", "tel", "phone number", "mobile", "phone no", "telefon", "telefonnummer", "tlf",
		"mobil", "mobilnummer", "telefonnr", "nr telefonu", "numer telefonu", "telefon komorkowy", "tel kom",
	},
	FieldAddress: {
		"address", "billing address", "street", "street address", "bill to address", "adresse", "anschrift",
		"strasse", "rechnungsadresse", "postadresse", "gateadresse", "fakturaadresse", "adres", "ulica",
		"adres nabywcy", "adres kontrahenta", "adres klienta",
	},
	FieldDescription: {
		"description", "memo", "text", "details", "notes", "note", "beschreibung", "bezeichnung", "buchungstext",
		"beskrivelse", "tekst", "merknad", "opis", "uwagi", "tytul",
	},
}
