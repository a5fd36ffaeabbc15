package data

import (
	"errors"
	"strings"
	"testing"
)

func TestDefaultRateTablesNameTheirSource(t *testing.T) {
	s := newTestStore(t)
	want := map[string]struct {
		debtor RateDebtor
		from   string
		bp     int
	}{
		"NO": {RateAll, "2025-01-01", 1250},
		"DE": {RateBusiness, "2026-01-01", 1027},
		"PL": {RateBusiness, "2024-07-01", 1575},
		"GB": {RateConsumer, "1993-04-01", 800},
		"US": {RateAll, "2000-01-01", 1000},
	}
	for _, country := range Countries {
		rates, err := s.InterestRates(country)
		if err != nil || len(rates) == 0 {
			t.Fatalf("%s rates: %v, %v", country, rates, err)
		}
		found := false
		for _, r := range rates {
			if strings.TrimSpace(r.Source) == "" {
				t.Errorf("%s %s %s has no source", country, r.Debtor, r.ValidFrom)
			}
			w := want[country]
			if r.Debtor == w.debtor && r.ValidFrom.String() == w.from {
				found = true
				if r.AnnualBP() != w.bp {
					t.Errorf("%s %s from %s = %d bp, want %d", country, r.Debtor, w.from, r.AnnualBP(), w.bp)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s rate from %s", country, want[country].debtor, want[country].from)
		}
	}
	no, _ := s.InterestRates("NO")
	if FormatBP(no[len(no)-1].AnnualBP()) != "12.00" {
		t.Errorf("Norway 2026 = %s", FormatBP(no[len(no)-1].AnnualBP()))
	}
	fees, _ := s.FeeRules("PL")
	if len(fees) != 3 || fees[2].Amount != 10000 || fees[2].Currency != "EUR" || fees[2].MinPrincipal != 5000000 {
		t.Errorf("Polish compensation tiers = %+v", fees)
	}
}

func TestSaveRatesFeesAndExchangeRates(t *testing.T) {
	s := newTestStore(t)
	r := InterestRate{Country: "NO", Debtor: RateAll, ValidFrom: MustDate("2026-07-01"), BaseBP: 375, MarginBP: 800,
		Source: "Finansdepartementet"}
	if err := s.SaveInterestRate(&r); err != nil || r.ID == 0 {
		t.Fatalf("save rate: %v", err)
	}
	r.BaseBP = 400
	if err := s.SaveInterestRate(&r); err != nil {
		t.Fatal(err)
	}
	dup := r
	dup.ID = 0
	if err := s.SaveInterestRate(&dup); !errors.Is(err, ErrDuplicate) {
		t.Errorf("same period twice: %v", err)
	}
	bad := InterestRate{Country: "FR", Debtor: "x", BaseBP: 20000, MarginBP: -1}
	var ve *ValidationError
	if err := s.SaveInterestRate(&bad); !errors.As(err, &ve) || len(ve.Fields) != 5 {
		t.Errorf("invalid rate: %v", err)
	}
	if err := s.DeleteInterestRate(r.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteInterestRate(r.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete twice: %v", err)
	}
	f := FeeRule{Country: "DE", Kind: FeeReminderCap, Debtor: RateConsumer, ValidFrom: MustDate("2027-01-01"),
		Amount: 300, Currency: "EUR"}
	if err := s.SaveFeeRule(&f); err != nil || f.ID == 0 {
		t.Fatalf("save fee rule: %v", err)
	}
	if err := s.SaveFeeRule(&FeeRule{Country: "DE", Kind: "gift"}); !errors.As(err, &ve) || ve.Field("Kind") == "" {
		t.Errorf("invalid fee rule: %v", err)
	}
	x := ExchangeRate{Date: MustDate("2026-05-29"), From: "EUR", To: "PLN", RateMicro: 4_251_300, Source: "NBP tabela A"}
	if err := s.SaveExchangeRate(&x); err != nil {
		t.Fatal(err)
	}
	xs, err := s.ExchangeRates()
	if err != nil || len(xs) != 1 || xs[0].RateMicro != 4_251_300 {
		t.Errorf("exchange rates = %+v, %v", xs, err)
	}
	if err := s.SaveExchangeRate(&ExchangeRate{Date: x.Date, From: "EUR", To: "EUR", RateMicro: 1}); !errors.As(err, &ve) {
		t.Errorf("EUR to EUR: %v", err)
	}
}

// TestGermanFlatFeeOffsetsReminderCosts checks migration 4: the shipped German € 40 flat fee
// is credited against reminder costs (§ 288 Abs. 5 Satz 3 BGB), like Norway's compensation.
func TestGermanFlatFeeOffsetsReminderCosts(t *testing.T) {
	s := newTestStore(t)
	rules, err := s.FeeRules("DE")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rules {
		if r.Kind == FeeCompensation {
			found = true
			if !r.OffsetsFees || !strings.Contains(r.Source, "Mahnkosten") {
				t.Errorf("German compensation rule %+v does not offset the reminder costs", r)
			}
		}
	}
	if !found {
		t.Error("no German compensation rule shipped")
	}
}
