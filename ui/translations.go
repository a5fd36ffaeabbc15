package ui

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2/lang"

	"overdue/assets"
)

// RegisterTranslations loads every feature folder of assets.Translations into Fyne's
// translation bundle, so lang.L and lang.X find the texts in English, German, Norwegian
// Bokmål and Polish. The language is picked from the system locale (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG on Linux). Call it once before building any screen.
func RegisterTranslations() error {
	var errs []error
	for _, dir := range assets.TranslationDirs() {
		if err := lang.AddTranslationsFS(assets.Translations, dir); err != nil {
			errs = append(errs, fmt.Errorf("translations in %s: %w", dir, err))
		}
	}
	return errors.Join(errs...)
}

// Language returns the language the user interface speaks: en, de, nb or pl. Every core
// translation file names its own language under the key "meta.language", so this is
// exactly the language Fyne's localizer picked.
func Language() string {
	switch l := lang.X("meta.language", "en"); l {
	case "de", "nb", "pl":
		return l
	}
	return "en"
}
