package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"overdue/data"
	"overdue/reports"
)

// dashboardOnScreen shows the Dashboard of a and waits for its aging and history.
func dashboardOnScreen(t *testing.T, a *App) *dashboardScreen {
	t.Helper()
	onUI(a, func() { a.ShowSection("dashboard") })
	a.Wait()
	var s *dashboardScreen
	onUI(a, func() { s, _ = a.shell.screen("dashboard").(*dashboardScreen) })
	if s == nil {
		t.Fatal("no Dashboard screen")
	}
	return s
}

// agingStore has EUR customers in several buckets on testToday (2026-11-02) and one in NOK.
func agingStore(t *testing.T) *data.Store {
	t.Helper()
	s := newTestStore(t)
	add := func(name, cur string, due string, amount int64) {
		c := mustCustomer(t, s, data.Customer{Name: name, Currency: cur})
		d := data.MustDate(due)
		mustInvoice(t, s, c, data.Invoice{IssueDate: d.AddDays(-14), DueDate: d, Amount: amount})
	}
	add("Nordlys AS", "EUR", "2026-11-10", 500_00)          // current
	add("Kowalski Sp. z o.o.", "EUR", "2026-10-20", 300_00) // 13 days
	add("Müller GmbH", "EUR", "2026-07-01", 1200_00)        // 124 days
	add("Ørsted Bygg AS", "NOK", "2026-09-01", 9000_00)     // 62 days
	return s
}

func TestDashboardShowsAgingOfTheCompanyCurrency(t *testing.T) {
	a := newTestApp(t, agingStore(t))
	s := dashboardOnScreen(t, a)
	if s.cur != "EUR" || s.currency.Selected != "EUR" {
		t.Fatalf("currency %q / %q, want the company's EUR", s.cur, s.currency.Selected)
	}
	if s.total.Text != "€2,000.00" || s.overdue.Text != "€1,500.00" || s.overdueNote.Text != "75% of the total" {
		t.Errorf("figures %q %q %q", s.total.Text, s.overdue.Text, s.overdueNote.Text)
	}
	want := []int64{500_00, 300_00, 0, 0, 1200_00}
	for b, g := range s.aging.groups {
		if g.segs.Total() != want[b] || g.segs[b] != want[b] {
			t.Errorf("bar %d (%s) = %v, want %d", b, g.label, g.segs, want[b])
		}
	}
	if got := []string{s.aging.groups[0].label, s.aging.groups[4].label}; fmt.Sprint(got) != "[Current > 90]" {
		t.Errorf("bar labels %v", got)
	}
	if len(s.top.rows) != 3 || s.top.rows[0].Name != "Müller GmbH" {
		t.Errorf("largest debtors %+v", s.top.rows)
	}
	if len(s.trend.groups) != reports.TrendMonths || s.trend.groups[11].segs != (reports.Buckets{500_00, 300_00, 0, 0, 1200_00}) {
		t.Errorf("trend %+v", s.trend.groups)
	}
	if !strings.HasSuffix(s.dso.Text, "days") || s.speed.Text != "—" {
		t.Errorf("DSO %q, days to pay %q", s.dso.Text, s.speed.Text)
	}
	if n := len(s.currencies.Objects); n != 3 { // header, EUR, NOK
		t.Errorf("%d rows in the currency table", n)
	}

	onUI(a, func() { s.currency.SetSelected("NOK") })
	if s.total.Text != "NOK 9,000.00" || s.aging.groups[reports.Bucket3].segs[reports.Bucket3] != 9000_00 ||
		len(s.top.rows) != 1 || s.top.rows[0].Name != "Ørsted Bygg AS" {
		t.Errorf("NOK: total %q, bars %v, top %+v", s.total.Text, s.aging.groups, s.top.rows)
	}
}

func TestDashboardBarOpensCustomersInBucket(t *testing.T) {
	a := newTestApp(t, agingStore(t))
	s := dashboardOnScreen(t, a)
	onUI(a, func() {
		s.aging.Resize(fyne.NewSize(500, 260))
		g := s.aging.geometry(s.aging.Size())
		// a tap in the middle of the last bar's slot
		s.aging.Tapped(&fyne.PointEvent{Position: fyne.NewPos(g.plot.x+g.slot*4.5, g.plot.y+g.plot.h-5)})
	})
	a.Wait()
	scr := customersOnScreen(t, a)
	if scr.aging.bucket != reports.Over || scr.aging.currency != "EUR" || !scr.aging.active() {
		t.Fatalf("filter bucket %d currency %q", scr.aging.bucket, scr.aging.currency)
	}
	if got := fmt.Sprint(loadedNames(scr)); got != "[Müller GmbH]" {
		t.Errorf("customers over 90 days: %s", got)
	}
	// All ages again, sorted by the 1–30 column: everyone in EUR, the one with 1–30 first.
	onUI(a, func() { scr.aging.bucketSel.SetSelectedIndex(0) })
	a.Wait()
	onUI(a, func() { scr.aging.onSortBucket(reports.Bucket1) })
	a.Wait()
	if got := loadedNames(scr); len(got) != 3 || got[0] != "Kowalski Sp. z o.o." {
		t.Errorf("EUR by 1–30: %v", got)
	}
	// The bucket cells of a row.
	row := newCustomerRow()
	item, _ := scr.list.item(0)
	onUI(a, func() { scr.updateRow(item, row) })
	if cells := cellTexts(row); fmt.Sprint(cells[6:]) != "[– 300 – – –]" {
		t.Errorf("bucket cells %q", cells[6:])
	}
}

func TestDashboardFollowsAgingSettings(t *testing.T) {
	st := agingStore(t)
	a := newTestApp(t, st)
	s := dashboardOnScreen(t, a)
	if err := reports.SaveSettings(st, reports.Settings{Basis: reports.ByDueDate, Edges: reports.Edges{10, 100, 200}}); err != nil {
		t.Fatal(err)
	}
	onUI(a, func() { a.Changed() })
	a.Wait()
	labels := []string{}
	for _, g := range s.aging.groups {
		labels = append(labels, g.label)
	}
	if fmt.Sprint(labels) != "[Current 1–10 11–100 101–200 > 200]" {
		t.Errorf("labels %v", labels)
	}
	if s.aging.groups[2].segs[2] != 300_00 || s.aging.groups[3].segs[3] != 1200_00 { // 13 and 124 days
		t.Errorf("bars %v", s.aging.groups)
	}
}

func TestDashboardWritesReports(t *testing.T) {
	st := agingStore(t)
	a := newTestApp(t, st)
	s := dashboardOnScreen(t, a)
	onUI(a, s.onReport)
	a.Wait()
	dir := filepath.Join(filepath.Dir(st.Path()), "Reports")
	b, err := os.ReadFile(filepath.Join(dir, "aging-"+testToday.String()+".pdf"))
	if err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Errorf("aging report: %v", err)
	}
	var id int64
	onUI(a, func() { id = s.top.rows[0].CustomerID })
	onUI(a, func() { showStatement(a, id, testToday) })
	a.Wait()
	matches, _ := filepath.Glob(filepath.Join(dir, "statement-*-"+testToday.String()+".pdf"))
	if len(matches) != 1 {
		t.Errorf("statement files %v", matches)
	}
}

func TestAgingSettingsTab(t *testing.T) {
	st := agingStore(t)
	a := newTestApp(t, st)
	var s *agingSettings
	onUI(a, func() {
		s = newAgingSettings(a).(*agingSettings)
		s.Reload()
	})
	if got := []string{s.form.edges[0].Text, s.form.edges[1].Text, s.form.edges[2].Text}; fmt.Sprint(got) != "[30 60 90]" {
		t.Fatalf("edges shown %v", got)
	}
	onUI(a, func() {
		s.form.edges[1].SetText("20")
		s.form.save()
	})
	if !s.form.msg.Visible() {
		t.Error("falling edges saved without a message")
	}
	if got, _ := reports.LoadSettings(st); got != reports.DefaultSettings {
		t.Errorf("invalid settings were saved: %+v", got)
	}
	onUI(a, func() {
		s.form.edges[1].SetText("45")
		s.form.basis.SetSelected(s.form.issued)
		s.form.save()
	})
	a.Wait()
	want := reports.Settings{Basis: reports.ByInvoiceDate, Edges: reports.Edges{30, 45, 90}}
	if got, _ := reports.LoadSettings(st); got != want || s.form.msg.Visible() {
		t.Errorf("saved %+v, want %+v", got, want)
	}
}
