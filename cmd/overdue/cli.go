package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"

	"overdue/data"
)

// command is one sub-command. Each lives in its own file and registers itself in init.
type command struct {
	name     string
	synopsis string // arguments after the name, e.g. "[--customers N] [--seed S]"
	summary  string // one line for --help
	// run does the work. Errors from usagef exit 2; any other error exits 1.
	run func(e *env, args []string) error
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// env is what a sub-command gets: the company file path, output streams and a context
// cancelled by Ctrl-C.
type env struct {
	ctx    context.Context
	db     string
	stdout io.Writer
	stderr io.Writer
}

// usageError is bad usage: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// openStore opens the company file, which must already exist (sub-commands that read never
// create an empty file by accident).
func (e *env) openStore() (*data.Store, error) {
	if _, err := os.Stat(e.db); err != nil {
		return nil, fmt.Errorf("company file %s: %w (create one with `overdue --db FILE demo` or in the window)", e.db, err)
	}
	return data.Open(e.db)
}

// run parses the global options and dispatches; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e := &env{ctx: ctx, stdout: stdout, stderr: stderr}
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--db" || a == "-db":
			if i+1 >= len(args) {
				fmt.Fprintln(stderr, "overdue: --db needs a file name")
				return 2
			}
			e.db = args[i+1]
			i++
		case strings.HasPrefix(a, "--db="):
			e.db = strings.TrimPrefix(a, "--db=")
		case a == "-h" || a == "--help" || a == "help":
			printUsage(stdout)
			return 0
		default:
			rest = append(rest, a)
		}
	}
	if e.db == "" {
		e.db = data.DefaultPath()
	}
	if len(rest) == 0 || strings.HasPrefix(rest[0], "-") {
		return runWindow(e, rest)
	}
	cmd, ok := commands[rest[0]]
	if !ok {
		fmt.Fprintf(stderr, "overdue: unknown command %q\n\n", rest[0])
		printUsage(stderr)
		return 2
	}
	err := cmd.run(e, rest[1:])
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "overdue %s: %s\nusage: overdue [--db FILE] %s %s\n", cmd.name, ue.msg, cmd.name, cmd.synopsis)
		return 2
	default:
		fmt.Fprintf(stderr, "overdue %s: %s\n", cmd.name, err)
		return 1
	}
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "Overdue: get paid for your unpaid invoices.")
	fmt.Fprintln(w, "\nUsage:\n  overdue [--db FILE]                 open the window")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := commands[n]
		fmt.Fprintf(w, "  overdue [--db FILE] %s %s\n      %s\n", c.name, c.synopsis, c.summary)
	}
	fmt.Fprintf(w, "\n--db FILE picks the company file (default %s).\n", data.DefaultPath())
	fmt.Fprintln(w, "Exit status: 0 success, 1 user error (nothing written), 2 bad usage.")
}

// parseFlags parses fs from args, allowing flags and positional arguments in any order
// (`import FILE.xlsx --dry-run` as well as `import --dry-run FILE.xlsx`), and returns the
// positional ones.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usagef("%v", err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
