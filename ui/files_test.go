package ui

import (
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	_ "modernc.org/sqlite"

	"overdue/data"
)

// emptyApp is a test app with no company file open and its own data folder.
func emptyApp(t *testing.T) *App {
	t.Helper()
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	fa := test.NewTempApp(t)
	a := New(fa)
	a.SetToday(testToday)
	a.win.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(func() { a.Wait(); a.Close(); a.win.Close() })
	return a
}

// screenText returns every text drawn in the window, dialogs included, in one string.
func screenText(a *App) string {
	var b strings.Builder
	objs := append([]fyne.CanvasObject{a.win.Content()}, a.win.Canvas().Overlays().List()...)
	for _, o := range objs {
		for _, c := range test.LaidOutObjects(o) {
			if t, ok := c.(*canvas.Text); ok {
				b.WriteString(t.Text)
				b.WriteString(" ")
			}
		}
	}
	return b.String()
}

// findButton returns the visible button with the given text.
func findButton(t *testing.T, a *App, text string) *widget.Button {
	t.Helper()
	objs := append([]fyne.CanvasObject{a.win.Content()}, a.win.Canvas().Overlays().List()...)
	for _, o := range objs {
		for _, c := range test.LaidOutObjects(o) {
			if b, ok := c.(*widget.Button); ok && b.Text == text && b.Visible() {
				return b
			}
		}
	}
	t.Fatalf("no button %q on screen:\n%s", text, screenText(a))
	return nil
}

func TestFirstStartShowsWelcome(t *testing.T) {
	a := emptyApp(t)
	onUI(a, func() { a.Start(data.DefaultPath(), false) })
	a.Wait()
	got := screenText(a)
	for _, want := range []string{"Welcome to Overdue", "Create a company", "Open the sample company"} {
		if !strings.Contains(got, want) {
			t.Errorf("welcome screen lacks %q:\n%s", want, got)
		}
	}
	if a.Store() != nil {
		t.Error("a company file is open on first start")
	}
}

func TestCreateCompanyFromWelcome(t *testing.T) {
	a := emptyApp(t)
	onUI(a, func() { a.Start(data.DefaultPath(), false) })
	tap(a, findButton(t, a, "Create a company"))
	for _, c := range test.LaidOutObjects(a.win.Content()) {
		if e, ok := c.(*widget.Entry); ok { // the first field is the company name
			typeInto(a, e, "Fjordlys Design AS")
			break
		}
	}
	tap(a, findButton(t, a, "Create company"))
	tap(a, findButton(t, a, "Save here"))
	a.Wait()
	want := filepath.Join(data.DefaultDir(), "fjordlys-design-as"+data.FileExtension)
	if a.Store() == nil || a.Store().Path() != want {
		t.Fatalf("open file %v, want %s", a.Store(), want)
	}
	c, err := a.Store().Company()
	if err != nil || c.Name != "Fjordlys Design AS" || c.Country != "NO" || c.Currency != "NOK" {
		t.Errorf("profile %+v, %v", c, err)
	}
	if r := a.Recent(); len(r) != 1 || r[0] != want {
		t.Errorf("recent files %v", r)
	}
}

func TestOpenSampleCompany(t *testing.T) {
	a := emptyApp(t)
	onUI(a, func() { a.openSample() })
	a.Wait()
	a.Wait() // the generated file is then opened
	if a.Store() == nil || a.Store().Path() != SamplePath() {
		t.Fatalf("sample not open: %v", a.Store())
	}
	n, err := a.Store().CountCustomers(data.CustomerFilter{})
	if err != nil || n == 0 {
		t.Errorf("sample has %d customers (%v)", n, err)
	}
	if _, err := os.Stat(SamplePath() + ".part"); err == nil {
		t.Error("the partial file was left behind")
	}
}

func TestStartOpensMostRecentFile(t *testing.T) {
	a := emptyApp(t)
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"one", "two", "gone"} {
		p := filepath.Join(dir, name+data.FileExtension)
		s, err := data.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		c := data.Company{Name: name, Country: "DE", Currency: "EUR", Language: "de"}
		s.SaveCompany(&c)
		s.Close()
		paths = append(paths, p)
	}
	for _, p := range paths {
		onUI(a, func() { a.OpenFile(p) })
		a.Wait()
	}
	if got := a.Recent(); len(got) != 3 || got[0] != paths[2] || got[2] != paths[0] {
		t.Errorf("recent %v", got)
	}
	onUI(a, func() { a.Close() })
	os.Remove(paths[2]) // the newest is gone: the next newest opens
	onUI(a, func() { a.Start(data.DefaultPath(), false) })
	a.Wait()
	if a.Store() == nil || a.Store().Path() != paths[1] {
		t.Errorf("opened %v, want %s", a.Store(), paths[1])
	}
}

func TestOpenRefusesNewerAndForeignFiles(t *testing.T) {
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer"+data.FileExtension)
	s, err := data.Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	foreign := filepath.Join(dir, "photo.overdue")
	os.WriteFile(foreign, []byte("\x89PNG\r\n\x1a\n not a database"), 0o644)

	tests := []struct{ path, want string }{
		{newer, "saved by a newer version of Overdue"},
		{foreign, "This is not an Overdue company file"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			a := emptyApp(t)
			onUI(a, func() { a.OpenFile(tt.path) })
			a.Wait()
			if got := screenText(a); !strings.Contains(got, tt.want) {
				t.Errorf("no dialog saying %q:\n%s", tt.want, got)
			}
			if a.Store() != nil {
				t.Error("the file was opened")
			}
			if !strings.Contains(screenText(a), "Welcome to Overdue") {
				t.Error("the welcome screen is not behind the dialog")
			}
		})
	}
}

func TestBackupInto(t *testing.T) {
	s := newTestStore(t)
	mustCustomer(t, s, data.Customer{Name: "Backed Up AS"})
	a := newTestApp(t, s)
	dir := t.TempDir()
	onUI(a, func() { a.backupInto(dir, "test-backup") })
	a.Wait()
	b, err := data.Open(filepath.Join(dir, "test-backup"+data.FileExtension))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if n, _ := b.CountCustomers(data.CustomerFilter{}); n != 1 {
		t.Errorf("backup has %d customers", n)
	}
	if !strings.Contains(screenText(a), "Backup written") {
		t.Error("no message saying where the backup is")
	}
}

func TestShortcuts(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Kurz AG"})
	a := newTestApp(t, s)
	// Fyne's test canvas wraps a software canvas, which dispatches shortcuts like the window's.
	handler, ok := reflect.ValueOf(a.win.Canvas()).Elem().FieldByName("WindowlessCanvas").Interface().(fyne.Shortcutable)
	if !ok {
		t.Fatal("the test canvas does not handle shortcuts")
	}
	press := func(k fyne.KeyName) {
		onUI(a, func() { handler.TypedShortcut(shortcut(k)) })
		a.Wait()
	}
	press(fyne.KeyN)
	if !strings.Contains(screenText(a), "New customer") || len(a.win.Canvas().Overlays().List()) != 1 {
		t.Errorf("Ctrl+N did not open the new customer form")
	}
	onUI(a, func() { a.win.Canvas().Overlays().Remove(a.win.Canvas().Overlays().Top()) })
	onUI(a, func() { a.OpenCustomer(c.ID) })
	a.Wait()
	press(fyne.KeyP)
	if !strings.Contains(screenText(a), "Payment from Kurz AG") {
		t.Errorf("Ctrl+P in a customer's file did not open the payment form:\n%s", screenText(a))
	}
	onUI(a, func() { a.win.Canvas().Overlays().Remove(a.win.Canvas().Overlays().Top()) })
	press(fyne.KeyF)
	scr, _ := a.shell.screen("customers").(*customersScreen)
	if scr.detail != nil || a.win.Canvas().Focused() != scr.search {
		t.Errorf("Ctrl+F did not go back to the list and focus the search: detail %v, focused %T", scr.detail != nil, a.win.Canvas().Focused())
	}
}
