package data

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one embedded SQL file; file NNNN_name.sql brings the schema to version NNNN.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order. Versions must be 1, 2, 3, … without gaps.
func migrations() []migration {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		panic(err) // embedded at build time
	}
	var out []migration
	for _, e := range entries {
		var v int
		if _, err := fmt.Sscanf(e.Name(), "%04d_", &v); err != nil {
			panic(fmt.Sprintf("migration %s: name must start with a 4-digit version", e.Name()))
		}
		b, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			panic(err)
		}
		out = append(out, migration{v, e.Name(), string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			panic(fmt.Sprintf("migration %s: expected version %d", m.name, i+1))
		}
	}
	return out
}

// LatestVersion is the schema version this build of Overdue writes.
func LatestVersion() int { return len(migrations()) }

// migrate applies every migration newer than the file's version, each in its own transaction
// together with the new user_version, so a failure leaves the file at the last good version.
func (s *Store) migrate(ctx context.Context) error {
	return s.migrateTo(ctx, migrations())
}

func (s *Store) migrateTo(ctx context.Context, ms []migration) error {
	current, err := s.Version()
	if err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	for _, m := range ms {
		if m.version <= current {
			continue
		}
		err := s.tx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			if m.version == 1 {
				if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
					return err
				}
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version))
			return err
		})
		if err != nil {
			return fmt.Errorf("upgrade company file to version %d (%s): %w", m.version, m.name, err)
		}
	}
	return nil
}
