package demo

import (
	"fmt"
	"time"

	"overdue/data"
)

// texts are the words the generator writes in one language: invoice lines and status
// reasons in the customer's language, call notes and write-off reasons in the user's.
type texts struct {
	months     [12]string
	services   []string // invoice descriptions; %s is "<month> <year>" where present
	creditNote string   // %s invoice number, %s reason
	cnPrefix   string   // credit-note numbers: prefix and the invoice number
	instalment string   // reference of a part payment by a customer in hardship
	cnReasons  []string
	payRef     string // how customers mark a transfer: %s invoice number
	writeOffs  []string
	disputes   []string // %s invoice number where present
	hardship   []string
	onHold     []string
	agency     string
	insolvent  string // %s date

	reached, noAnswer, voicemail, promised, refused, hardshipCall string // call notes
	reminder, sms                                                 string // %s invoice number (reminder)
	workplace, nextOfKin, director                                string // contact notes
	relatives                                                     []string
	notes                                                         []string // customer notes
}

var languageTexts = map[string]*texts{
	"nb": {
		months: [12]string{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"},
		services: []string{"Konsulentbistand %s", "Designarbeid, %s", "Grafisk profil og logo", "Nettside – drift og vedlikehold %s",
			"Trykksaker: brosjyrer og plakater", "Fotografering og bildebehandling", "Rådgivning, timer %s", "Emballasjedesign",
			"Messestand – design og produksjon", "Årsrapport – layout og trykk"},
		creditNote: "Kreditnota til faktura %s: %s", cnReasons: []string{"prisavslag", "feil timeantall", "reklamasjon", "dobbeltfakturert"},
		payRef:    "Faktura %s",
		writeOffs: []string{"Konkurs, ingen dividende forventet", "Foreldet krav", "Utleggsforretning uten resultat", "For lite beløp til å forfølge"},
		disputes: []string{"Kunden mener leveransen var mangelfull og holder tilbake betaling", "Bestrider antall timer på faktura %s",
			"Uenig i prisen – mener det var avtalt fastpris"},
		hardship:  []string{"Permittert, venter på dagpenger", "Sykemeldt over lengre tid, redusert inntekt", "Mistet stor kunde, likviditetsproblemer"},
		onHold:    []string{"Venter på kreditnota", "Avtalt betalingsutsettelse til neste måned", "Eierskifte – venter på ny kontaktperson"},
		agency:    "Overlevert til inkassobyrå",
		insolvent: "Konkurs åpnet %s, kravet meldt i boet",
		reached:   "Snakket med %s, skal se på saken", noAnswer: "Ingen svar", voicemail: "La igjen beskjed på svarer",
		promised: "Lovet betaling av faktura %s innen %s", refused: "Nekter å betale før reklamasjonen er løst",
		hardshipCall: "Forklarte vanskelig økonomi, ønsker nedbetalingsplan",
		reminder:     "Betalingspåminnelse sendt på e-post for faktura %s", sms: "SMS-påminnelse sendt",
		workplace: "Arbeidsgiver", nextOfKin: "Nærmeste pårørende: %s", director: "Daglig leder",
		relatives:  []string{"ektefelle", "samboer", "mor", "far", "bror", "søster"},
		notes:      []string{"Foretrekker kontakt på e-post", "Fakturaer må merkes med bestillingsnummer", "Betaler vanligvis først etter purring", "Kontaktperson er på kontoret tirsdag–torsdag"},
		cnPrefix:   "KN",
		instalment: "Avdrag",
	},
	"pl": {
		months: [12]string{"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"},
		services: []string{"Usługi projektowe – %s", "Projekt graficzny ulotki", "Obsługa strony internetowej za %s", "Doradztwo – %s",
			"Sesja zdjęciowa i obróbka zdjęć", "Identyfikacja wizualna i logo", "Projekt opakowania", "Skład i łamanie raportu rocznego",
			"Projekt stoiska targowego"},
		creditNote: "Faktura korygująca do %s: %s", cnReasons: []string{"rabat", "błędna liczba godzin", "reklamacja", "podwójne zafakturowanie"},
		payRef:    "FV %s",
		writeOffs: []string{"Upadłość dłużnika, brak szans na zaspokojenie", "Roszczenie przedawnione", "Umorzenie egzekucji – bezskuteczność", "Kwota zbyt mała, by dochodzić"},
		disputes: []string{"Klient kwestionuje jakość wykonanych usług i wstrzymuje płatność", "Reklamacja liczby godzin na fakturze %s",
			"Spór o cenę – klient twierdzi, że uzgodniono ryczałt"},
		hardship:  []string{"Utrata pracy, trudna sytuacja finansowa", "Długotrwała choroba, obniżone dochody", "Utrata głównego kontrahenta, problemy z płynnością"},
		onHold:    []string{"Oczekuje na fakturę korygującą", "Uzgodnione odroczenie płatności do przyszłego miesiąca", "Zmiana właściciela – czekamy na nową osobę kontaktową"},
		agency:    "Przekazano do firmy windykacyjnej",
		insolvent: "Ogłoszono upadłość %s, wierzytelność zgłoszona syndykowi",
		reached:   "Rozmowa z: %s, sprawdzi sprawę", noAnswer: "Nikt nie odebrał", voicemail: "Zostawiono wiadomość na poczcie głosowej",
		promised: "Obiecano zapłatę faktury %s do %s", refused: "Odmawia zapłaty do czasu rozpatrzenia reklamacji",
		hardshipCall: "Wyjaśnił(a) trudną sytuację finansową, prosi o rozłożenie na raty",
		reminder:     "Wysłano e-mailem przypomnienie o płatności faktury %s", sms: "Wysłano SMS z przypomnieniem",
		workplace: "Pracodawca", nextOfKin: "Osoba bliska: %s", director: "Prezes zarządu",
		relatives:  []string{"małżonek", "partner", "matka", "ojciec", "brat", "siostra"},
		notes:      []string{"Preferuje kontakt mailowy", "Faktury muszą zawierać numer zamówienia", "Płaci zwykle dopiero po przypomnieniu", "Osoba kontaktowa jest w biurze od wtorku do czwartku"},
		cnPrefix:   "FK",
		instalment: "Rata",
	},
	"de": {
		months: [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		services: []string{"Beratungsleistung %s", "Gestaltung Geschäftsausstattung", "Webseitenpflege %s", "Fotoproduktion und Bildbearbeitung",
			"Druckvorstufe Katalog", "Corporate Design und Logo", "Verpackungsdesign", "Messestand – Gestaltung und Aufbau", "Konzeption, %s"},
		creditNote: "Gutschrift zu Rechnung %s: %s", cnReasons: []string{"Preisnachlass", "falsche Stundenzahl", "Reklamation", "doppelt berechnet"},
		payRef:    "Rechnung %s",
		writeOffs: []string{"Insolvenz des Schuldners, keine Quote zu erwarten", "Forderung verjährt", "Zwangsvollstreckung erfolglos", "Betrag zu gering für weitere Schritte"},
		disputes: []string{"Kunde bemängelt die Leistung und hält die Zahlung zurück", "Bestreitet die abgerechneten Stunden auf Rechnung %s",
			"Preis strittig – Kunde beruft sich auf ein Pauschalangebot"},
		hardship:  []string{"Kurzarbeit, Einkommen stark gesunken", "Längere Krankheit, reduziertes Einkommen", "Großkunde verloren, Liquiditätsengpass"},
		onHold:    []string{"Wartet auf Gutschrift", "Zahlungsaufschub bis nächsten Monat vereinbart", "Inhaberwechsel – neuer Ansprechpartner noch offen"},
		agency:    "An ein Inkassobüro übergeben",
		insolvent: "Insolvenzverfahren eröffnet am %s, Forderung zur Tabelle angemeldet",
		reached:   "Mit %s gesprochen, kümmert sich darum", noAnswer: "Niemand erreicht", voicemail: "Nachricht auf dem Anrufbeantworter hinterlassen",
		promised: "Zahlung von Rechnung %s bis %s zugesagt", refused: "Verweigert die Zahlung bis zur Klärung der Reklamation",
		hardshipCall: "Schilderte finanzielle Notlage, bittet um Ratenzahlung",
		reminder:     "Zahlungserinnerung zu Rechnung %s per E-Mail gesendet", sms: "SMS-Erinnerung gesendet",
		workplace: "Arbeitgeber", nextOfKin: "Angehörige(r): %s", director: "Geschäftsführung",
		relatives:  []string{"Ehefrau", "Ehemann", "Lebensgefährte", "Mutter", "Vater", "Bruder", "Schwester"},
		notes:      []string{"Bevorzugt Kontakt per E-Mail", "Rechnungen nur mit Bestellnummer", "Zahlt meist erst nach Erinnerung", "Ansprechpartnerin dienstags bis donnerstags im Büro"},
		cnPrefix:   "GS",
		instalment: "Ratenzahlung",
	},
	"en": {
		months: [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		services: []string{"Design services – %s", "Consulting, %s", "Website maintenance – %s", "Brand identity package",
			"Photography and retouching", "Packaging design", "Annual report layout", "Exhibition stand design"},
		creditNote: "Credit note for invoice %s: %s", cnReasons: []string{"discount", "wrong number of hours", "complaint", "billed twice"},
		payRef:    "Invoice %s",
		writeOffs: []string{"Debtor insolvent, no dividend expected", "Claim time-barred", "Enforcement unsuccessful", "Too small to pursue"},
		disputes: []string{"Says the work was incomplete and is withholding payment", "Disputes the hours billed on invoice %s",
			"Price dispute – says a fixed fee was agreed"},
		hardship:  []string{"Laid off, waiting for benefits", "Long-term illness, reduced income", "Lost their largest client, cash-flow problems"},
		onHold:    []string{"Waiting for a credit note", "Payment deferred to next month by agreement", "Change of ownership – waiting for a new contact"},
		agency:    "Passed to a collection agency",
		insolvent: "Went into liquidation on %s, claim lodged with the liquidator",
		reached:   "Spoke to %s, will look into it", noAnswer: "No answer", voicemail: "Left a voicemail",
		promised: "Promised to pay invoice %s by %s", refused: "Refuses to pay until the complaint is resolved",
		hardshipCall: "Explained financial difficulties, asks for a payment plan",
		reminder:     "Payment reminder emailed for invoice %s", sms: "Text reminder sent",
		workplace: "Employer", nextOfKin: "Next of kin: %s", director: "Managing director",
		relatives:  []string{"spouse", "partner", "mother", "father", "brother", "sister"},
		notes:      []string{"Prefers email", "Invoices must quote the purchase order number", "Usually pays only after a reminder", "Contact is in the office Tuesday to Thursday"},
		cnPrefix:   "CN",
		instalment: "Instalment",
	},
}

// monthYear names d's month in the language: "oktober 2025", "październik 2025".
func (t *texts) monthYear(d data.Date) string {
	y, m, _ := d.Parts()
	return fmt.Sprintf("%s %d", t.months[m-1], y)
}

// formatDate writes d the way the language usually does: 02.03.2026 or 2 March 2026.
func formatDate(d data.Date, lang string) string {
	y, m, dd := d.Parts()
	if lang == "en" {
		return fmt.Sprintf("%d %s %d", dd, time.Month(m).String(), y)
	}
	return fmt.Sprintf("%02d.%02d.%d", dd, int(m), y)
}
