// Package spreadsheet reads invoices from xlsx and csv files into a company file and writes
// customers, invoices, aging and the ledger as xlsx workbooks.
//
// Import finds the header row below report titles, maps columns by their names in English,
// German, Norwegian and Polish, reads dates and amounts in the formats those countries use,
// skips headings and total rows, and writes everything in one data.Batch: all or nothing,
// unless the caller explicitly asks to import only the valid rows.
package spreadsheet
