package data

import (
	"context"
	"errors"
	"testing"
)

func TestCompanyProfile(t *testing.T) {
	s := newTestStore(t)
	if _, err := s.Company(); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Company on a new file: %v, want ErrNotFound", err)
	}
	c := Company{Name: "Fjord Regnskap AS", Country: "NO", Currency: "NOK", Language: "nb",
		IBAN: "NO93 8601 1117 947", Logo: []byte{1, 2, 3}}
	if err := s.SaveCompany(&c); err != nil {
		t.Fatal(err)
	}
	c.City = "Bergen"
	if err := s.SaveCompany(&c); err != nil {
		t.Fatal(err)
	}
	got, err := s.Company()
	if err != nil || got.City != "Bergen" || got.IBAN != c.IBAN || len(got.Logo) != 3 {
		t.Errorf("Company() = %+v, %v", got, err)
	}
	bad := Company{Name: "", Country: "FR", Currency: "XXX", Language: "fr", IBAN: "NO93 8601 1117 948"}
	err = s.SaveCompany(&bad)
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Fields) != 5 {
		t.Errorf("invalid company: %v", err)
	}
}

func TestCustomerCRUD(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{Number: "1001", Name: "Żółć Usługi", TimeZone: "Europe/Warsaw", NationalID: "85010112345"})
	got, err := s.Customer(c.ID)
	if err != nil || got.Name != "Żółć Usługi" || got.Status != StatusActive {
		t.Fatalf("Customer = %+v, %v", got, err)
	}
	if m := got.MaskedNationalID(); m != "•••••••2345" {
		t.Errorf("masked id = %q", m)
	}
	if _, err := s.Customer(999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing customer: %v", err)
	}
	dup := Customer{Number: "1001", Name: "Other", Type: Consumer, Currency: "EUR"}
	if err := s.CreateCustomer(&dup); !errors.Is(err, ErrDuplicate) {
		t.Errorf("duplicate number: %v", err)
	}
	got.Status, got.StatusReason = StatusDisputed, "says goods arrived damaged"
	if err := s.UpdateCustomer(&got); err != nil {
		t.Fatal(err)
	}
	evs, _ := s.Events(EventFilter{CustomerID: c.ID, Kinds: []EventKind{EventStatusChanged}})
	if len(evs) != 1 || evs[0].Outcome != "disputed" || evs[0].Text != "says goods arrived damaged" {
		t.Errorf("status event = %+v", evs)
	}
	missing := Customer{ID: 404, Number: "X", Name: "X", Type: Consumer, Currency: "EUR", Status: StatusActive}
	if err := s.UpdateCustomer(&missing); !errors.Is(err, ErrNotFound) {
		t.Errorf("update missing: %v", err)
	}
	for _, ref := range []string{"1001", "Żółć Usługi"} {
		if r, err := s.CustomerByRef(ref); err != nil || r.ID != c.ID {
			t.Errorf("CustomerByRef(%q) = %v, %v", ref, r.ID, err)
		}
	}
	if _, err := s.CustomerByRef("nobody"); !errors.Is(err, ErrNotFound) {
		t.Errorf("CustomerByRef(nobody): %v", err)
	}
}

func TestCustomerValidation(t *testing.T) {
	tests := []struct {
		name  string
		c     Customer
		field string
	}{
		{"no number", Customer{Name: "A", Type: Business, Currency: "EUR", Status: StatusActive}, "Number"},
		{"no name", Customer{Number: "1", Type: Business, Currency: "EUR", Status: StatusActive}, "Name"},
		{"bad type", Customer{Number: "1", Name: "A", Type: "alien", Currency: "EUR", Status: StatusActive}, "Type"},
		{"bad currency", Customer{Number: "1", Name: "A", Type: Business, Currency: "EURO", Status: StatusActive}, "Currency"},
		{"bad zone", Customer{Number: "1", Name: "A", Type: Business, Currency: "EUR", Status: StatusActive, TimeZone: "Mars/Base"}, "TimeZone"},
		{"negative limit", Customer{Number: "1", Name: "A", Type: Business, Currency: "EUR", Status: StatusActive, CreditLimit: -1}, "CreditLimit"},
	}
	for _, tt := range tests {
		err := tt.c.Validate()
		var ve *ValidationError
		if !errors.As(err, &ve) || ve.Field(tt.field) == "" {
			t.Errorf("%s: err = %v, want a message on %s", tt.name, err, tt.field)
		}
	}
}

func TestCustomerSearchAndSort(t *testing.T) {
	s := newTestStore(t)
	a := mustCustomer(t, s, Customer{Number: "1", Name: "Żółć Usługi"})
	b := mustCustomer(t, s, Customer{Number: "2", Name: "Müller GmbH", VATID: "DE123456789"})
	c := mustCustomer(t, s, Customer{Number: "3", Name: "Acme 100% Ltd"})
	mustInvoice(t, s, b, Invoice{Amount: 900_00})
	mustInvoice(t, s, a, Invoice{Amount: 100_00})
	tests := []struct {
		filter CustomerFilter
		want   []int64
	}{
		{CustomerFilter{Search: "zolc"}, []int64{a.ID}},
		{CustomerFilter{Search: "ŻÓŁĆ"}, []int64{a.ID}},
		{CustomerFilter{Search: "muller"}, []int64{b.ID}},
		{CustomerFilter{Search: "de1234"}, []int64{b.ID}},
		{CustomerFilter{Search: "100%"}, []int64{c.ID}},
		{CustomerFilter{Search: "%"}, []int64{c.ID}},
		{CustomerFilter{Sort: SortByName}, []int64{c.ID, b.ID, a.ID}},
		{CustomerFilter{Sort: SortByBalance}, []int64{b.ID, a.ID, c.ID}},
		{CustomerFilter{Sort: SortByBalance, Desc: true}, []int64{c.ID, a.ID, b.ID}},
		{CustomerFilter{OnlyOpen: true, Sort: SortByNumber}, []int64{a.ID, b.ID}},
		{CustomerFilter{Sort: SortByNumber, Limit: 1, Offset: 1}, []int64{b.ID}},
	}
	for _, tt := range tests {
		got, err := s.Customers(tt.filter)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, g := range got {
			ids = append(ids, g.ID)
		}
		if len(ids) != len(tt.want) {
			t.Errorf("%+v: got %v, want %v", tt.filter, ids, tt.want)
			continue
		}
		for i := range ids {
			if ids[i] != tt.want[i] {
				t.Errorf("%+v: got %v, want %v", tt.filter, ids, tt.want)
				break
			}
		}
	}
	if n, _ := s.CountCustomers(CustomerFilter{Search: "gmbh"}); n != 1 {
		t.Errorf("count = %d", n)
	}
}

func TestContacts(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{})
	home := Contact{CustomerID: c.ID, Kind: ContactHome, Name: "Jan Kowalski", Street: "ul. Długa 5", Postcode: "00-238", City: "Warszawa", Country: "PL"}
	bill := Contact{CustomerID: c.ID, Kind: ContactBilling, Name: "Księgowość", Email: "faktury@example.pl", Phone: "+48 22 123 45 67"}
	for _, ct := range []*Contact{&home, &bill} {
		if err := s.CreateContact(ct); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.BillingContact(c.ID)
	if err != nil || got.ID != bill.ID {
		t.Errorf("billing contact = %+v, %v", got, err)
	}
	if lines := home.AddressLines(); len(lines) != 3 || lines[2] != "00-238 Warszawa" {
		t.Errorf("address lines = %q", lines)
	}
	home.Email = "not an email"
	if err := s.UpdateContact(&home); err == nil {
		t.Error("invalid email accepted")
	}
	if err := s.DeleteContact(home.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Contact(home.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted contact: %v", err)
	}
	if err := s.DeleteContact(home.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete twice: %v", err)
	}
}

func TestEventsAreAppendOnly(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{})
	e := Event{Kind: EventContact, CustomerID: c.ID, Channel: ChannelPhone, Outcome: "no answer", Text: "called office"}
	if err := s.AddEvent(&e); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"UPDATE events SET text = 'x'", "DELETE FROM events"} {
		if _, err := s.w.Exec(q); err == nil {
			t.Errorf("%s succeeded on the append-only log", q)
		}
	}
	evs, err := s.Events(EventFilter{CustomerID: c.ID})
	if err != nil || len(evs) != 2 || evs[0].Kind != EventContact || evs[1].Kind != EventCustomerCreated {
		t.Errorf("events = %+v, %v", evs, err)
	}
}

func TestSettings(t *testing.T) {
	s := newTestStore(t)
	if v, err := s.Setting("k"); err != nil || v != "" {
		t.Fatalf("empty setting = %q, %v", v, err)
	}
	s.SetSetting("k", "a")
	s.SetSetting("k", "b")
	if v, _ := s.Setting("k"); v != "b" {
		t.Errorf("setting = %q", v)
	}
}

func TestBatchIsAllOrNothing(t *testing.T) {
	s := newTestStore(t)
	err := s.Batch(context.Background(), func(b *Batch) error {
		c := Customer{Number: "B1", Name: "Batch", Type: Business, Currency: "EUR"}
		if err := b.CreateCustomer(&c); err != nil {
			return err
		}
		inv := Invoice{Number: "B-1", CustomerID: c.ID, IssueDate: MustDate("2026-01-01"), DueDate: MustDate("2026-01-15"), Amount: 1, Currency: "EUR"}
		if err := b.CreateInvoice(&inv); err != nil {
			return err
		}
		dup := inv
		return b.CreateInvoice(&dup) // duplicate number fails the whole batch
	})
	if !errors.Is(err, ErrDuplicate) {
		t.Fatalf("batch err = %v", err)
	}
	if n, _ := s.CountCustomers(CustomerFilter{}); n != 0 {
		t.Errorf("failed batch left %d customers", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	err = s.Batch(ctx, func(b *Batch) error {
		c := Customer{Number: "B2", Name: "Cancelled", Type: Business, Currency: "EUR"}
		cancel()
		return b.CreateCustomer(&c)
	})
	if err == nil {
		t.Error("cancelled batch committed")
	}
	if n, _ := s.CountCustomers(CustomerFilter{}); n != 0 {
		t.Errorf("cancelled batch left %d customers", n)
	}
}
