package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"overdue/data"
)

// shortcut is a keyboard shortcut with Ctrl (Cmd on macOS).
func shortcut(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// mainMenu builds the window's menu: File with New, Open, Recent, Backup, Restore and Quit,
// Customer with the main actions, and the actions of the screen shown if it has any.
func (a *App) mainMenu() *fyne.MainMenu {
	item := func(label string, key fyne.KeyName, fn func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, fn)
		if key != "" {
			it.Shortcut = shortcut(key)
		}
		return it
	}
	recent := fyne.NewMenuItem(lang.X("menu.recent", "Recent"), nil)
	for _, p := range a.Recent() {
		path := p
		recent.ChildMenu = appendItem(recent.ChildMenu, fyne.NewMenuItem(filepath.Base(p)+"  ("+filepath.Dir(p)+")", func() { a.OpenFile(path) }))
	}
	if recent.ChildMenu == nil {
		recent.Disabled = true
	}
	open := a.store != nil
	backup := item(lang.X("menu.backup", "Backup…"), fyne.KeyB, a.onBackup)
	backup.Disabled = !open
	quit := fyne.NewMenuItem(lang.X("menu.quit", "Quit"), func() { a.fyne.Quit() })
	quit.IsQuit = true
	file := fyne.NewMenu(lang.X("menu.file", "File"),
		item(lang.X("menu.new", "New company…"), "", a.onNewCompany),
		item(lang.X("menu.open", "Open…"), fyne.KeyO, a.onOpen),
		recent,
		fyne.NewMenuItemSeparator(),
		backup,
		item(lang.X("menu.restore", "Restore…"), "", a.onRestore),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	file.Items = insertBefore(file.Items, backup, append(a.importExportItems(), fyne.NewMenuItemSeparator())...)
	customer := fyne.NewMenu(lang.X("menu.customer", "Customer"),
		item(lang.X("menu.new_customer", "New customer…"), fyne.KeyN, a.onNewCustomer),
		item(lang.X("menu.find", "Find customer"), fyne.KeyF, a.onFind),
		fyne.NewMenuItemSeparator(),
		item(lang.X("menu.new_invoice", "New invoice…"), fyne.KeyI, a.onNewInvoice),
		item(lang.X("menu.record_payment", "Record payment…"), fyne.KeyP, a.onRecordPayment),
		item(lang.X("menu.log_contact", "Log contact…"), fyne.KeyL, a.onLogContact),
	)
	for _, it := range customer.Items {
		it.Disabled = !open
	}
	menus := []*fyne.Menu{file, customer}
	if m := a.screenMenu(); m != nil {
		menus = append(menus, m)
	}
	return fyne.NewMainMenu(menus...)
}

func appendItem(m *fyne.Menu, it *fyne.MenuItem) *fyne.Menu {
	if m == nil {
		return fyne.NewMenu("", it)
	}
	m.Items = append(m.Items, it)
	return m
}

// addShortcuts binds the keyboard shortcuts to the window's canvas (menus only show them).
func (a *App) addShortcuts() {
	bind := map[fyne.KeyName]func(){
		fyne.KeyN: a.onNewCustomer, fyne.KeyF: a.onFind, fyne.KeyI: a.onNewInvoice, fyne.KeyP: a.onRecordPayment,
		fyne.KeyL: a.onLogContact, fyne.KeyO: a.onOpen, fyne.KeyB: a.onBackup,
	}
	for k, fn := range bind {
		a.win.Canvas().AddShortcut(shortcut(k), func(fyne.Shortcut) {
			if a.win.Canvas().Overlays().Top() == nil { // not while a dialog is open
				fn()
			}
		})
	}
	a.addImportExportShortcuts()
}

// customers returns the Customers screen (building it if needed), or nil with no company open.
func (a *App) customers() *customersScreen {
	if a.shell == nil {
		return nil
	}
	a.shell.show("customers")
	s, _ := a.shell.screen("customers").(*customersScreen)
	return s
}

func (a *App) onNewCustomer() {
	if s := a.customers(); s != nil {
		s.onNew()
	}
}

func (a *App) onFind() {
	if s := a.customers(); s != nil {
		s.focusSearch()
	}
}

// openDetail returns the customer file on screen, if one is.
func (a *App) openDetail() *customerDetail {
	if a.shell == nil || a.shell.current != "customers" {
		return nil
	}
	s, _ := a.shell.screen("customers").(*customersScreen)
	if s == nil || s.detail == nil || s.detail.cust.ID == 0 {
		return nil
	}
	return s.detail
}

func (a *App) onNewInvoice() {
	if a.store == nil {
		return
	}
	if d := a.openDetail(); d != nil {
		d.onAddInvoice()
		return
	}
	showInvoiceForm(a, nil, nil, func(data.Invoice) { a.Changed() })
}

// onRecordPayment records a payment for the customer on screen, or asks for the customer.
func (a *App) onRecordPayment() {
	if d := a.openDetail(); d != nil {
		d.onRecordPayment(data.KindPayment)
		return
	}
	a.pickCustomer(lang.X("menu.record_payment", "Record payment…"), func(c data.Customer) {
		showPaymentForm(a, c, data.KindPayment, a.Changed)
	})
}

func (a *App) onLogContact() {
	if d := a.openDetail(); d != nil {
		d.onLogContact()
		return
	}
	a.pickCustomer(lang.X("menu.log_contact", "Log contact…"), func(c data.Customer) {
		showContactLogForm(a, c, a.Changed)
	})
}
