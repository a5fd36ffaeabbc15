// Command overdue is the Overdue desktop app. With no arguments it opens the window; with a
// sub-command it does a batch job without one (see `overdue --help`).
//
// Exit status: 0 on success, 1 on a user error (the message goes to stderr and nothing is
// written), 2 on bad usage.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
