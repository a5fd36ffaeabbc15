package assets

import (
	"embed"
	"io/fs"
	"sort"
)

// Translations holds the user-interface texts: one folder per feature under translations/
// (core, import, aging, letters, …), each with en.json, de.json, nb.json and pl.json in the
// go-i18n JSON format that fyne.io/fyne/v2/lang reads. A new feature adds its own folder;
// nothing else needs to change, because every folder is loaded at start (see TranslationDirs).
//
//go:embed translations
var Translations embed.FS

// TranslationDirs returns the path of every feature folder inside Translations
// ("translations/core", "translations/import", …): core first, then the others by name.
// Keys are namespaced by feature ("customers.title", "import.preview", …), so folders never
// collide.
func TranslationDirs() []string {
	entries, err := fs.ReadDir(Translations, "translations")
	if err != nil {
		return nil // the folder is embedded at build time; an empty one is not an error
	}
	var dirs []string
	for _, e := range entries {
		if e.IsDir() && e.Name() != "core" {
			dirs = append(dirs, "translations/"+e.Name())
		}
	}
	sort.Strings(dirs)
	return append([]string{"translations/core"}, dirs...)
}
