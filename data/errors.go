// Package data is Overdue's domain model (customers, invoices, payments, the event log,
// money and dates) and the SQLite store that keeps one company in one file. It knows
// nothing of windows or PDFs.
package data

import (
	"errors"
	"fmt"
	"strings"
)

// ErrNotFound is returned (wrapped) when a looked-up record does not exist.
var ErrNotFound = errors.New("not found")

// ErrNewerSchema is returned by Open for a company file written by a newer version of Overdue.
var ErrNewerSchema = errors.New("the company file was written by a newer version of Overdue")

// ErrNotCompanyFile is returned by Open for a file that is not an Overdue company file.
var ErrNotCompanyFile = errors.New("not an Overdue company file")

// ErrDuplicate is returned (wrapped) when a unique number is already taken.
var ErrDuplicate = errors.New("already exists")

// FieldError says which field of a record is invalid and why; forms show it next to the field.
type FieldError struct {
	Field   string // the Go field name, e.g. "DueDate"
	Message string // what is wrong, in English
}

// ValidationError lists every invalid field of a record.
type ValidationError struct {
	Record string // e.g. "customer", "invoice"
	Fields []FieldError
}

// Error joins the field messages.
func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = f.Field + ": " + f.Message
	}
	return fmt.Sprintf("invalid %s: %s", e.Record, strings.Join(parts, "; "))
}

// Field returns the message for field name, or "" when it is valid.
func (e *ValidationError) Field(name string) string {
	for _, f := range e.Fields {
		if f.Field == name {
			return f.Message
		}
	}
	return ""
}

// validator collects field errors for one record.
type validator struct{ err ValidationError }

func (v *validator) check(ok bool, field, msg string) {
	if !ok {
		v.err.Fields = append(v.err.Fields, FieldError{field, msg})
	}
}

func (v *validator) result(record string) error {
	if len(v.err.Fields) == 0 {
		return nil
	}
	v.err.Record = record
	return &v.err
}
