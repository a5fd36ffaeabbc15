package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"overdue/data"
)

// showStatusForm changes a customer's collection status, with the reason and the date.
func showStatusForm(a *App, c data.Customer, done func()) *recordForm {
	f := newRecordForm(a, lang.X("status.form.save", "Change status"))
	values := make([]string, len(data.CustomerStatuses))
	labels := make([]string, len(data.CustomerStatuses))
	for i, s := range data.CustomerStatuses {
		values[i], labels[i] = string(s), statusText(s)
	}
	_, status := f.choice("Status", lang.X("status.form.status", "Status"), values, labels, string(c.Status))
	f.add("StatusDate", lang.X("status.form.date", "Since"), newDateEntry(a, a.Today()), "")
	dateEntry := f.fields["StatusDate"].input
	reason := f.multiline("StatusReason", lang.X("status.form.reason", "Reason"), c.StatusReason, 3)
	reason.SetPlaceHolder(lang.X("status.form.reason_hint", "Why: what is disputed, the hardship, who the agency is…"))
	f.submit = func() (func() error, bool) {
		n := c
		n.Status = data.CustomerStatus(status())
		n.StatusReason = strings.TrimSpace(reason.Text)
		d, err := parseDate(entryText(dateEntry))
		if err != nil {
			f.fieldError("StatusDate", err.Error())
			return nil, false
		}
		if n.Status != data.StatusActive && n.StatusReason == "" {
			f.fieldError("StatusReason", lang.X("status.form.reason_needed", "Say why, so the reason is on file."))
			return nil, false
		}
		n.StatusDate = d
		store := a.Store()
		return func() error { return store.UpdateCustomer(&n) }, true
	}
	f.done = done
	f.show(lang.X("status.form.title", "Status of {{.Name}}", map[string]any{"Name": c.Name}))
	return f
}
