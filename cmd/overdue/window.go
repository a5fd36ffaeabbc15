package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"overdue/assets"
	"overdue/data"
	"overdue/data/demo"
	"overdue/letters"
	"overdue/ui"
)

// runWindow opens the main window. Two hidden flags serve the build: --smoke opens the
// window on a generated sample company, waits for the first frame and quits with status 0;
// --screenshots DIR does the same and writes a PNG of each main screen into DIR.
func runWindow(e *env, args []string) int {
	fs := flag.NewFlagSet("overdue", flag.ContinueOnError)
	smoke := fs.Bool("smoke", false, "open the window on a sample company, wait for the first frame, quit")
	shots := fs.String("screenshots", "", "write PNGs of the main screens into this folder and quit")
	pos, err := parseFlags(fs, args)
	if err == nil && len(pos) > 0 {
		err = usagef("unexpected argument %q", pos[0])
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "overdue: %v\n", err)
		printUsage(e.stderr)
		return 2
	}
	if err := ui.RegisterTranslations(); err != nil {
		log.Printf("overdue: %v", err)
	}
	fa := app.NewWithID("app.overdue.desktop")
	fa.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	a := ui.New(fa)
	switch {
	case *smoke:
		return runSmoke(e, fa, a)
	case *shots != "":
		return runScreenshots(e, fa, a, *shots)
	}
	a.Start(e.db, e.db != data.DefaultPath())
	a.Window().ShowAndRun()
	a.Close()
	return 0
}

// sampleFile generates a sample company into a new file in a temporary folder.
func sampleFile(ctx context.Context, customers, invoices int, asOf data.Date) (path string, cleanup func(), err error) {
	dir, err := os.MkdirTemp("", "overdue-window-")
	if err != nil {
		return "", nil, err
	}
	cleanup = func() { os.RemoveAll(dir) }
	path = dir + string(os.PathSeparator) + "sample" + data.FileExtension
	s, err := data.Open(path)
	if err != nil {
		cleanup()
		return "", nil, err
	}
	_, err = demo.Generate(ctx, s, demo.Options{Customers: customers, Invoices: invoices, Seed: demo.DefaultSeed,
		AsOf: asOf, Country: ui.SampleCountry()}, nil)
	if err == nil {
		_, err = letters.SampleHistory(ctx, s, asOf)
	}
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		cleanup()
		return "", nil, err
	}
	return path, cleanup, nil
}

// runSmoke opens the real window on a sample company (or on the file given with --db) and
// quits once the first frame is drawn.
func runSmoke(e *env, fa fyne.App, a *ui.App) int {
	path := e.db
	if path == data.DefaultPath() {
		p, cleanup, err := sampleFile(e.ctx, 50, 400, 0)
		if err != nil {
			fmt.Fprintf(e.stderr, "overdue --smoke: %v\n", err)
			return 1
		}
		defer cleanup()
		path = p
	}
	a.Ephemeral = true
	status := 1
	start := time.Now()
	a.OnOpened = func() {
		a.OnOpened = nil
		fmt.Fprintf(e.stdout, "smoke: %s open and its first screen built %v after the window was asked for\n",
			filepath.Base(path), time.Since(start).Round(time.Millisecond))
		time.AfterFunc(500*time.Millisecond, func() {
			fyne.Do(func() {
				img, fromGL := a.Capture()
				how := "OpenGL front buffer"
				if !fromGL {
					how = "software painter; the OpenGL front buffer is not readable here"
				}
				if ui.Blank(img) {
					fmt.Fprintf(e.stderr, "smoke: the window is blank (%v)\n", img.Bounds())
				} else {
					status = 0
					fmt.Fprintf(e.stdout, "smoke: window drawn, %dx%d, captured 0.5 s later with the %s\n",
						img.Bounds().Dx(), img.Bounds().Dy(), how)
				}
				fa.Quit()
			})
		})
	}
	watchdog := time.AfterFunc(90*time.Second, func() {
		fmt.Fprintln(e.stderr, "smoke: the window did not open within 90 s")
		os.Exit(1)
	})
	defer watchdog.Stop()
	a.Start(path, true)
	a.Window().ShowAndRun()
	a.Close()
	return status
}

// runScreenshots opens a sample company and writes a PNG of each main screen into dir.
func runScreenshots(e *env, fa fyne.App, a *ui.App, dir string) int {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(e.stderr, "overdue --screenshots: %v\n", err)
		return 1
	}
	asOf := data.MustDate("2026-10-30")
	path, cleanup, err := sampleFile(e.ctx, demo.DefaultCustomers, demo.DefaultInvoices, asOf)
	if err != nil {
		fmt.Fprintf(e.stderr, "overdue --screenshots: %v\n", err)
		return 1
	}
	defer cleanup()
	a.Ephemeral = true
	a.SetToday(asOf)
	status := 1
	a.OnOpened = func() {
		a.OnOpened = nil
		a.TakeScreenshots(dir, func(name string) { fmt.Fprintf(e.stdout, "wrote %s\n", name) }, func(err error) {
			if err != nil {
				fmt.Fprintf(e.stderr, "overdue --screenshots: %v\n", err)
			} else {
				status = 0
			}
			fa.Quit()
		})
	}
	watchdog := time.AfterFunc(240*time.Second, func() {
		fmt.Fprintln(e.stderr, "screenshots: not done within 240 s")
		os.Exit(1)
	})
	defer watchdog.Stop()
	a.Start(path, true)
	a.Window().ShowAndRun()
	a.Close()
	return status
}
