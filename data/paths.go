package data

import (
	"os"
	"path/filepath"
	"runtime"
)

// DefaultDir returns the folder where company files live unless the user picks another:
// $XDG_DATA_HOME/Overdue (~/.local/share/Overdue) on Linux, the user's application data
// folder on Windows and macOS.
func DefaultDir() string {
	if runtime.GOOS == "linux" {
		if x := os.Getenv("XDG_DATA_HOME"); x != "" {
			return filepath.Join(x, "Overdue")
		}
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, ".local", "share", "Overdue")
		}
	}
	if dir, err := os.UserConfigDir(); err == nil {
		return filepath.Join(dir, "Overdue")
	}
	return "Overdue"
}

// DefaultPath returns the default company file, used when no other is chosen.
func DefaultPath() string { return filepath.Join(DefaultDir(), "company"+FileExtension) }
