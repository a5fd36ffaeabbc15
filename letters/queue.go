package letters

import (
	"errors"
	"fmt"

	"overdue/data"
)

// Book is what letters are written from: the company, its jurisdiction's ladder and the rate,
// fee and exchange-rate tables, read once per batch. It also caches the user's templates.
type Book struct {
	Store     *data.Store
	Company   data.Company
	Ladder    data.Ladder
	Rates     []data.InterestRate
	FeeRules  []data.FeeRule
	FX        []data.ExchangeRate
	KIDMethod string // "mod10" to print a KID made of the customer number and a MOD10 check digit
	templates map[string]data.LetterTemplate
}

// SettingKID is the per-file setting that switches on KID references (Norway): "mod10" or "".
const SettingKID = "letters.kid"

// Open reads what letters need from the store. The company profile must exist.
func Open(s *data.Store) (*Book, error) {
	b := &Book{Store: s}
	var err error
	if b.Company, err = s.Company(); err != nil {
		return nil, fmt.Errorf("letters need the company profile (Settings › Company): %w", err)
	}
	country := b.Company.Country
	if b.Ladder, err = s.Ladder(country); err != nil {
		return nil, err
	}
	if b.Rates, err = s.InterestRates(country); err != nil {
		return nil, err
	}
	if b.FeeRules, err = s.FeeRules(country); err != nil {
		return nil, err
	}
	if b.FX, err = s.ExchangeRates(); err != nil {
		return nil, err
	}
	if b.KIDMethod, err = s.Setting(SettingKID); err != nil {
		return nil, err
	}
	tpls, err := s.LetterTemplates(country)
	if err != nil {
		return nil, err
	}
	b.templates = map[string]data.LetterTemplate{}
	for _, t := range tpls {
		b.templates[fmt.Sprint(t.Level, t.Language)] = t
	}
	return b, nil
}

// Template returns the wording of a level in a language: the user's own if saved, else the
// built-in text the level starts from.
func (b *Book) Template(level data.DunningLevel, lang string) Template {
	if t, ok := b.templates[fmt.Sprint(level.Level, lang)]; ok {
		return Template{Subject: t.Subject, Body: t.Body}
	}
	t, _ := BuiltIn(level.TextKey, lang)
	return t
}

// Item is one row of the letters queue: a claim with the level now due.
type Item struct {
	Candidate data.DunningCandidate
	Level     data.DunningLevel
	Language  string // the customer's language, else the company's
}

// IsLetter reports whether the level sends a letter (rather than a hand-over).
func (it Item) IsLetter() bool { return it.Level.Action == data.ActionLetter }

// Queue returns the letters and hand-overs due on asOf, for one customer or (customerID 0) all.
func (b *Book) Queue(asOf data.Date, customerID int64) ([]Item, error) {
	if len(b.Ladder) == 0 {
		return nil, errors.New("the escalation ladder of " + b.Company.Country + " has no levels (Settings › Ladder)")
	}
	cands, err := b.Store.DunningCandidates(asOf, customerID)
	if err != nil {
		return nil, err
	}
	var out []Item
	for _, c := range cands {
		dec := Decide(c, b.Ladder, asOf)
		if !dec.Due {
			continue
		}
		lang := c.Language
		if lang == "" {
			lang = b.Company.Language
		}
		out = append(out, Item{Candidate: c, Level: dec.Level, Language: lang})
	}
	return out, nil
}
