package pdfdoc

// companyIDLabels name a company's registration and VAT numbers in each language, by the
// country that issued them: a German company writing in Polish prints "Nr rej." before its
// "HRB 123456" and "Nr VAT UE" before its "DE123456789", not the Polish "KRS/REGON" and
// "NIP". Index: language (en, de, nb, pl), then the company's country ("" for any other).
var companyIDLabels = map[string]map[string][2]string{
	"en": {"": {"Reg. no.", "VAT no."}, "NO": {"Org. no.", "VAT no."}, "PL": {"KRS/REGON", "NIP (VAT no.)"},
		"GB": {"Company no.", "VAT no."}, "US": {"EIN", "Tax ID"}},
	"de": {"": {"Reg.-Nr.", "USt-IdNr."}, "NO": {"Org.-Nr.", "MwSt.-Nr."}, "PL": {"KRS/REGON", "NIP (USt-IdNr.)"},
		"GB": {"Company No.", "VAT-Nr."}, "US": {"EIN", "Steuer-Nr."}},
	"nb": {"": {"Reg.nr.", "MVA-nr."}, "NO": {"Org.nr.", "MVA-nr."}, "PL": {"KRS/REGON", "NIP (MVA-nr.)"},
		"GB": {"Company No.", "MVA-nr."}, "US": {"EIN", "Skattenr."}},
	"pl": {"": {"Nr rej.", "Nr VAT UE"}, "NO": {"Nr org.", "Nr VAT"}, "PL": {"KRS/REGON", "NIP"},
		"GB": {"Company No.", "Nr VAT"}, "US": {"EIN", "Nr podatkowy"}},
}

// CompanyIDLabels returns the labels of a company's registration number and VAT number in
// lang for a company registered in country (English labels for another language).
func CompanyIDLabels(country, lang string) (org, vat string) {
	byCountry, ok := companyIDLabels[lang]
	if !ok {
		byCountry = companyIDLabels["en"]
	}
	l, ok := byCountry[country]
	if !ok {
		l = byCountry[""]
	}
	return l[0], l[1]
}
