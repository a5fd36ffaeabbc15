package ui

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// onRestore asks for a backup, then whether it replaces the open company file or goes into
// a folder as a new file, confirms, and copies it there. A file it replaces is kept beside
// it. (Fyne's save dialog would empty an existing file it is pointed at, so it is not used.)
func (a *App) onRestore() {
	a.pickCompanyFile(lang.X("restore.choose", "Choose the backup to restore"), a.chooseRestoreTarget)
}

func (a *App) chooseRestoreTarget(backup string) {
	var d *dialog.CustomDialog
	name := strings.TrimSuffix(filepath.Base(backup), filepath.Ext(backup))
	folder := widget.NewButton(lang.X("restore.folder", "Restore as a new file in a folder…"), func() {
		d.Hide()
		fd := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
			if err != nil {
				a.ShowError(err)
				return
			}
			if dir != nil {
				a.confirmRestore(backup, freePath(dir.Path(), name))
			}
		}, a.win)
		a.showIn(fd, "")
	})
	buttons := []fyne.CanvasObject{widget.NewButton(lang.X("form.cancel", "Cancel"), func() { d.Hide() }), folder}
	msg := lang.X("restore.where", "Where should the backup go?")
	if a.store != nil {
		current := a.store.Path()
		replace := widget.NewButton(lang.X("restore.replace", "Replace the open company file"), func() {
			d.Hide()
			a.confirmRestore(backup, current)
		})
		replace.Importance = widget.HighImportance
		buttons = append(buttons, replace)
		msg += "\n\n" + lang.X("restore.current", "The open company file is {{.Path}}.", map[string]any{"Path": current})
	}
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapBreak
	d = dialog.NewCustomWithoutButtons(lang.X("restore.title", "Restore a backup"), label, a.win)
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(620, 0))
	d.Show()
}

func (a *App) confirmRestore(backup, target string) {
	keep := fmt.Sprintf("%s.before-restore-%s", target, time.Now().Format("20060102-150405"))
	msg := lang.X("restore.confirm", "Replace {{.Target}} with the backup {{.Backup}}?\n\nThe file it replaces is kept as {{.Keep}}.",
		map[string]any{"Target": target, "Backup": backup, "Keep": filepath.Base(keep)})
	dialog.ShowConfirm(lang.X("restore.title", "Restore a backup"), msg, func(ok bool) {
		if !ok {
			return
		}
		if a.store != nil && a.store.Path() == target {
			a.Close()
			a.showBusy(lang.X("restore.busy", "Restoring…"))
		}
		a.jobs.Add(1)
		go func() {
			defer a.jobs.Done()
			err := restoreFile(backup, target, keep)
			a.do(func() {
				if err != nil {
					a.ShowError(err)
				}
				if err == nil || a.store == nil {
					a.OpenFile(target)
				}
			})
		}()
	}, a.win)
}

// restoreFile copies backup to target, keeping an existing target as keep. The copy is
// checked (and upgraded if old) before it replaces anything; on any failure target is as before.
func restoreFile(backup, target, keep string) error {
	tmp := target + ".restoring"
	if err := copyFile(backup, tmp); err != nil {
		return fmt.Errorf("restore %s: %w", backup, err)
	}
	s, err := data.Open(tmp)
	if err != nil {
		removeDB(tmp)
		return fmt.Errorf("restore %s: %w", backup, err)
	}
	if err := s.Close(); err != nil {
		removeDB(tmp)
		return fmt.Errorf("restore %s: %w", backup, err)
	}
	if _, err := os.Stat(target); err == nil {
		if err := moveDB(target, keep); err != nil {
			removeDB(tmp)
			return fmt.Errorf("restore: keep the current file: %w", err)
		}
	}
	if err := moveDB(tmp, target); err != nil {
		moveDB(keep, target)
		return fmt.Errorf("restore to %s: %w", target, err)
	}
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		os.Remove(dst)
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// moveDB renames a SQLite file together with its -wal and -shm companions.
func moveDB(from, to string) error {
	if err := os.Rename(from, to); err != nil {
		return err
	}
	for _, ext := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(from + ext); err == nil {
			os.Rename(from+ext, to+ext)
		}
	}
	return nil
}

func removeDB(path string) {
	for _, ext := range []string{"", "-wal", "-shm"} {
		os.Remove(path + ext)
	}
}
