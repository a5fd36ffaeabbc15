package main

import (
	"flag"
	"fmt"
)

func init() {
	register(&command{
		name:     "backup",
		synopsis: "--out FILE",
		summary:  "write a consistent copy of the company file to FILE",
		run:      runBackup,
	})
}

func runBackup(e *env, args []string) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	out := fs.String("out", "", "file to write the copy to")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	if *out == "" {
		return usagef("--out FILE is required")
	}
	s, err := e.openStore()
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Backup(*out); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "backup written to %s\n", *out)
	return nil
}
