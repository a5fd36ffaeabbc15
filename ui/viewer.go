package ui

import (
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"overdue/data"
)

// writeLetterFile writes a PDF into the "Letters" folder beside the company file.
func writeLetterFile(store *data.Store, name string, pdf []byte) (string, error) {
	return writeViewerFile(store, name, ".pdf", pdf)
}

// writeViewerFile writes a file to open in the system's viewer (a letter, the scan of a
// return receipt) into the "Letters" folder beside the company file; ext names its type.
func writeViewerFile(store *data.Store, name, ext string, b []byte) (string, error) {
	dir := filepath.Join(filepath.Dir(store.Path()), "Letters")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("letters folder: %w", err)
	}
	path := filepath.Join(dir, name+"-"+time.Now().Format("150405")+ext)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	return path, nil
}

// scanExtension picks the file extension the system's viewer knows a scan by from its MIME
// type, or from its first bytes when the type is unknown ("application/octet-stream").
func scanExtension(mimeType string, b []byte) string {
	t, _, err := mime.ParseMediaType(mimeType)
	if err != nil || t == "" || t == "application/octet-stream" {
		t, _, _ = mime.ParseMediaType(http.DetectContentType(b))
	}
	switch t {
	case "image/png":
		return ".png"
	case "image/jpeg", "image/jpg", "image/pjpeg":
		return ".jpg"
	case "application/pdf":
		return ".pdf"
	case "image/tiff":
		return ".tif"
	case "image/gif":
		return ".gif"
	case "image/webp":
		return ".webp"
	}
	if exts, _ := mime.ExtensionsByType(t); len(exts) > 0 && t != "application/octet-stream" {
		return exts[0]
	}
	return ".bin"
}

// openInViewer opens a file with the program the system uses for it (the PDF viewer).
func openInViewer(a *App, path string) {
	if strings.EqualFold(filepath.Ext(path), ".pdf") && a.noPDFViewer() {
		// xdg-open would fail silently (exit 3): say where the file is instead.
		a.ShowInfo(lang.X("viewer.title", "Open PDF"), lang.X("viewer.none",
			"No program for PDF files is set up on this computer. The file is saved as:\n{{.File}}",
			map[string]any{"File": path}))
		return
	}
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err == nil {
		err = a.fyne.OpenURL(u)
	}
	if err != nil {
		a.ShowError(fmt.Errorf("open %s: %w", path, err))
	}
}

// pdfViewerMissing reports whether the desktop (Linux, freedesktop.org) has no program set
// up for PDF files; elsewhere, or when it cannot tell, it assumes there is one.
func pdfViewerMissing() bool {
	if runtime.GOOS != "linux" {
		return false
	}
	out, err := exec.Command("xdg-mime", "query", "default", "application/pdf").Output()
	return err == nil && strings.TrimSpace(string(out)) == ""
}
