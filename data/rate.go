package data

import "fmt"

// RateDebtor says which debtors a rate or fee row applies to.
type RateDebtor string

// Rate debtor kinds: business covers companies, sole traders and public bodies.
const (
	RateConsumer RateDebtor = "consumer"
	RateBusiness RateDebtor = "business"
	RateAll      RateDebtor = "all"
)

// RateDebtorOf returns the rate kind of a debtor type (consumer or business).
func RateDebtorOf(t DebtorType) RateDebtor {
	if t.IsBusiness() {
		return RateBusiness
	}
	return RateConsumer
}

// Applies reports whether a row for kind r applies to a debtor of kind k.
func (r RateDebtor) Applies(k RateDebtor) bool { return r == RateAll || r == k }

// InterestRate is one dated period of a statutory late-payment rate: from ValidFrom until
// the next row of the same country and debtor kind. The annual rate is Base + Margin.
type InterestRate struct {
	ID        int64
	Country   string
	Debtor    RateDebtor
	ValidFrom Date
	BaseBP    int // reference rate in basis points (1/100 %), may be negative
	MarginBP  int // statutory margin in basis points
	Source    string
}

// AnnualBP returns the annual rate in basis points (never below zero).
func (r InterestRate) AnnualBP() int { return max(0, r.BaseBP+r.MarginBP) }

// FormatBP writes basis points as a percentage, e.g. 1250 → "12.50".
func FormatBP(bp int) string {
	sign := ""
	if bp < 0 {
		sign, bp = "-", -bp
	}
	return fmt.Sprintf("%s%d.%02d", sign, bp/100, bp%100)
}

// Validate checks the rate before it is saved.
func (r *InterestRate) Validate() error {
	var v validator
	v.check(oneOf(r.Country, Countries), "Country", "choose NO, PL, DE, GB or US")
	v.check(validRateDebtor(r.Debtor), "Debtor", "choose consumer, business or all")
	v.check(r.ValidFrom != 0, "ValidFrom", "enter the date the rate applies from")
	v.check(r.BaseBP >= -2000 && r.BaseBP <= 10000, "BaseBP", "enter a rate between -20 % and 100 %")
	v.check(r.MarginBP >= 0 && r.MarginBP <= 10000, "MarginBP", "enter a margin between 0 and 100 points")
	return v.result("interest rate")
}

// FeeKind is what a fee rule limits or grants.
type FeeKind string

// Fee kinds.
const (
	FeeReminderCap  FeeKind = "reminder_cap" // highest reminder fee per letter, and how many per claim
	FeeCompensation FeeKind = "compensation" // fixed compensation per invoice owed by business debtors
)

// FeeRule is a dated reminder-fee cap or fixed-compensation amount. Compensation rows come in
// tiers: the row with the highest MinPrincipal not above the invoice amount applies.
type FeeRule struct {
	ID                int64
	Country           string
	Kind              FeeKind
	Debtor            RateDebtor
	ValidFrom         Date
	Amount            int64 // minor units of Currency
	Currency          string
	MinPrincipal      int64  // tier: invoices of at least this amount (minor units of PrincipalCurrency)
	PrincipalCurrency string // currency of MinPrincipal; "" means the invoice's currency
	MaxCount          int    // reminder fees per claim; 0: no limit
	OffsetsFees       bool   // compensation is reduced by the reminder fees charged
	Source            string
}

// Validate checks the rule before it is saved.
func (f *FeeRule) Validate() error {
	var v validator
	v.check(oneOf(f.Country, Countries), "Country", "choose NO, PL, DE, GB or US")
	v.check(f.Kind == FeeReminderCap || f.Kind == FeeCompensation, "Kind", "choose reminder-fee cap or compensation")
	v.check(validRateDebtor(f.Debtor), "Debtor", "choose consumer, business or all")
	v.check(f.ValidFrom != 0, "ValidFrom", "enter the date the rule applies from")
	v.check(f.Amount >= 0 && f.Amount <= MaxAmount, "Amount", "enter zero or a positive amount")
	v.check(ValidCurrency(f.Currency), "Currency", "choose an ISO currency code such as EUR")
	v.check(f.MinPrincipal >= 0 && f.MinPrincipal <= MaxAmount, "MinPrincipal", "enter zero or a positive amount")
	v.check(f.PrincipalCurrency == "" || ValidCurrency(f.PrincipalCurrency), "PrincipalCurrency", "choose an ISO currency code")
	v.check(f.MaxCount >= 0 && f.MaxCount <= 100, "MaxCount", "enter 0 (no limit) to 100")
	return v.result("fee rule")
}

// ExchangeRate converts From into To on a date: one unit of From is RateMicro/1,000,000 units of To.
type ExchangeRate struct {
	ID        int64
	Date      Date
	From, To  string
	RateMicro int64
	Source    string
}

// Validate checks the rate before it is saved.
func (x *ExchangeRate) Validate() error {
	var v validator
	v.check(x.Date != 0, "Date", "enter the date of the rate")
	v.check(ValidCurrency(x.From), "From", "choose an ISO currency code such as EUR")
	v.check(ValidCurrency(x.To) && x.To != x.From, "To", "choose another ISO currency code")
	v.check(x.RateMicro > 0 && x.RateMicro < 1e12, "RateMicro", "enter a rate above zero")
	return v.result("exchange rate")
}

func validRateDebtor(d RateDebtor) bool {
	return d == RateConsumer || d == RateBusiness || d == RateAll
}
