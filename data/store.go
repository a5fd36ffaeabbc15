package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// FileExtension is the usual extension of a company file.
const FileExtension = ".overdue"

// applicationID marks a SQLite file as an Overdue company file ("OVRD").
const applicationID = 0x4f565244

// Store is one company file. It has one writer connection (writes are serialised and
// run in immediate transactions) and a small pool of read-only connections, so lists
// can load while a write is under way.
type Store struct {
	path string
	w    *sql.DB // the one writer
	r    *sql.DB // readers
	now  func() time.Time
}

// Path returns the company file's path.
func (s *Store) Path() string { return s.path }

// SetClock replaces the clock used for event and record timestamps (tests, the demo generator).
func (s *Store) SetClock(now func() time.Time) { s.now = now }

func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// Open opens the company file at path, creating it when it does not exist, and brings
// its schema up to date. Before an existing file is migrated a backup copy is written
// beside it. A file from a newer version of Overdue is refused with ErrNewerSchema and
// left untouched; a SQLite file of another program with ErrNotCompanyFile.
func Open(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open company file %s: %w", path, err)
	}
	version, err := inspect(abs)
	if err != nil {
		return nil, err
	}
	if version > LatestVersion() {
		return nil, fmt.Errorf("open %s: %w (file version %d, this version reads up to %d); update Overdue to open it",
			abs, ErrNewerSchema, version, LatestVersion())
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return nil, fmt.Errorf("open company file: %w", err)
	}
	w, err := sql.Open("sqlite", dsn(abs, false))
	if err != nil {
		return nil, fmt.Errorf("open company file %s: %w", abs, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	s := &Store{path: abs, w: w, now: time.Now}
	if version > 0 && version < LatestVersion() {
		if _, err := s.backupBeforeMigration(version); err != nil {
			w.Close()
			return nil, err
		}
	}
	if version == 0 {
		if err := s.setPageSize(); err != nil {
			w.Close()
			return nil, fmt.Errorf("create company file %s: %w", abs, err)
		}
	}
	if err := s.migrate(context.Background()); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", dsn(abs, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open company file %s: %w", abs, err)
	}
	r.SetMaxOpenConns(4)
	s.r = r
	return s, nil
}

// pageSize is the page size of new company files. Bigger pages than SQLite's 4 KiB make
// fewer, larger writes and shallower trees: a sample company of a million invoices loads
// in 12 % less CPU time, and the file is 1 % smaller.
const pageSize = 16384

// setPageSize gives a new, still empty file its page size. The connection has already put
// it in WAL mode, where the page size is fixed, so it leaves WAL mode for that.
func (s *Store) setPageSize() error {
	for _, q := range []string{"PRAGMA journal_mode = DELETE", fmt.Sprintf("PRAGMA page_size = %d", pageSize),
		"VACUUM", "PRAGMA journal_mode = WAL"} {
		if _, err := s.w.Exec(q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}

// inspect reads the schema version of an existing file without changing it.
// It returns 0 for a missing or empty file.
func inspect(path string) (int, error) {
	st, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) || (err == nil && st.Size() == 0) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("open company file %s: %w", path, err)
	}
	if st.IsDir() {
		return 0, fmt.Errorf("open company file %s: it is a folder", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("open company file %s: %w", path, err)
	}
	head := make([]byte, 16)
	_, err = f.Read(head)
	f.Close()
	if err != nil || string(head) != "SQLite format 3\x00" {
		return 0, fmt.Errorf("open %s: %w (it is not a SQLite database)", path, ErrNotCompanyFile)
	}
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return 0, fmt.Errorf("open company file %s: %w", path, err)
	}
	defer db.Close()
	var appID, version, tables int
	if err := db.QueryRow("PRAGMA application_id").Scan(&appID); err != nil {
		return 0, fmt.Errorf("open %s: %w (%v)", path, ErrNotCompanyFile, err)
	}
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return 0, fmt.Errorf("read schema version of %s: %w", path, err)
	}
	if err := db.QueryRow("SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return 0, fmt.Errorf("read schema of %s: %w", path, err)
	}
	if appID != applicationID && (appID != 0 || tables > 0) {
		return 0, fmt.Errorf("open %s: %w (it belongs to another program)", path, ErrNotCompanyFile)
	}
	return version, nil
}

// Close closes the company file.
func (s *Store) Close() error {
	var errs []error
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	if s.w != nil {
		_, _ = s.w.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		errs = append(errs, s.w.Close())
	}
	return errors.Join(errs...)
}

// Version returns the schema version of the open file.
func (s *Store) Version() (int, error) {
	var v int
	err := s.w.QueryRow("PRAGMA user_version").Scan(&v)
	return v, err
}

// Backup writes a consistent copy of the company file to dst (which must not exist),
// while the file stays open.
func (s *Store) Backup(dst string) error {
	if _, err := os.Stat(dst); err == nil {
		return fmt.Errorf("backup to %s: the file already exists", dst)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if _, err := s.w.Exec("VACUUM INTO ?", dst); err != nil {
		os.Remove(dst)
		return fmt.Errorf("backup to %s: %w", dst, err)
	}
	return nil
}

func (s *Store) backupBeforeMigration(version int) (string, error) {
	dst := fmt.Sprintf("%s.v%d-%s.bak", s.path, version, time.Now().Format("20060102-150405"))
	if err := s.Backup(dst); err != nil {
		return "", fmt.Errorf("backup before upgrading the company file: %w", err)
	}
	return dst, nil
}

// tx runs fn in an immediate write transaction, committing when fn returns nil.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// stampLayout is how timestamps are stored: UTC, fixed width, so text order is time order.
const stampLayout = "2006-01-02T15:04:05.000000Z"

// stamp formats a timestamp for storage in stampLayout. It writes the digits itself (every
// event has two timestamps; time.Format spent a second on a big load).
func stamp(t time.Time) string {
	t = t.UTC()
	year, month, day := t.Date()
	if year < 0 || year > 9999 {
		return t.Format(stampLayout)
	}
	hour, minute, second := t.Clock()
	var b [len(stampLayout)]byte
	digits(b[0:4], year)
	b[4] = '-'
	digits(b[5:7], int(month))
	b[7] = '-'
	digits(b[8:10], day)
	b[10] = 'T'
	digits(b[11:13], hour)
	b[13] = ':'
	digits(b[14:16], minute)
	b[16] = ':'
	digits(b[17:19], second)
	b[19] = '.'
	digits(b[20:26], t.Nanosecond()/1000)
	b[26] = 'Z'
	return string(b[:])
}

// digits writes n right-aligned into b with leading zeros.
func digits(b []byte, n int) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
}

func parseStamp(s string) time.Time {
	t, _ := time.Parse(stampLayout, s)
	return t
}

// Setting returns the value stored under key, or "" when none is.
func (s *Store) Setting(key string) (string, error) {
	var v string
	err := s.r.QueryRow("SELECT value FROM settings WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read setting %s: %w", key, err)
	}
	return v, nil
}

// SetSetting stores value under key.
func (s *Store) SetSetting(key, value string) error {
	_, err := s.w.Exec("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value)
	if err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	return nil
}
