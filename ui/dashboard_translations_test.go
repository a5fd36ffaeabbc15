package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"overdue/assets"
	"overdue/data"
)

// TestAgingTranslationsComplete: every key the dashboard and chart files use is in the aging
// (or core) folder, and every language has every aging key with the same placeholders.
func TestAgingTranslationsComplete(t *testing.T) {
	read := func(code string) map[string]string {
		b, err := assets.Translations.ReadFile("translations/aging/" + code + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("aging/%s.json: %v", code, err)
		}
		return m
	}
	en := read("en")
	placeholder := regexp.MustCompile(`\{\{\s*\.\w+\s*\}\}`)
	for _, code := range data.Languages {
		tr := read(code)
		for k, v := range en {
			got, ok := tr[k]
			switch {
			case !ok || strings.TrimSpace(got) == "":
				t.Errorf("%s: %q missing", code, k)
			case strings.Join(placeholder.FindAllString(got, -1), " ") != strings.Join(placeholder.FindAllString(v, -1), " "):
				t.Errorf("%s: %q has other placeholders than English", code, k)
			}
		}
		if len(tr) != len(en) {
			t.Errorf("%s.json has %d keys, en.json %d", code, len(tr), len(en))
		}
	}
	all := englishKeys(t)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || !(strings.HasPrefix(f, "dashboard") || strings.HasPrefix(f, "chart")) {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range uiKeyUse.FindAllStringSubmatch(string(src), -1) {
			if _, ok := all[m[1]]; !ok {
				t.Errorf("%s: key %q is in no en.json", f, m[1])
			}
		}
	}
}
