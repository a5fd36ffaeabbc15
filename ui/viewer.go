package ui

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2/storage"

	"overdue/data"
)

// writeLetterFile writes a PDF into the "Letters" folder beside the company file.
func writeLetterFile(store *data.Store, name string, pdf []byte) (string, error) {
	dir := filepath.Join(filepath.Dir(store.Path()), "Letters")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("letters folder: %w", err)
	}
	path := filepath.Join(dir, name+"-"+time.Now().Format("150405")+".pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	return path, nil
}

// openInViewer opens a file with the program the system uses for it (the PDF viewer).
func openInViewer(a *App, path string) {
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err == nil {
		err = a.fyne.OpenURL(u)
	}
	if err != nil {
		a.ShowError(fmt.Errorf("open %s: %w", path, err))
	}
}
