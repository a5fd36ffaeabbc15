package ui

import (
	"encoding/json"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"overdue/assets"
	"overdue/reports/spreadsheet"
)

func importTranslations(t *testing.T, code string) map[string]any {
	t.Helper()
	b, err := assets.Translations.ReadFile("translations/import/" + code + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("import/%s.json: %v", code, err)
	}
	return m
}

// TestImportTranslationsComplete: the four languages have the same keys with the same
// template variables, every field and problem has a name, and every key the import and
// export screens use exists.
func TestImportTranslationsComplete(t *testing.T) {
	en := importTranslations(t, "en")
	for _, code := range []string{"de", "nb", "pl"} {
		other := importTranslations(t, code)
		for k, v := range en {
			ov, ok := other[k]
			if !ok {
				t.Errorf("%s.json lacks %s", code, k)
				continue
			}
			if vars(v) != vars(ov) {
				t.Errorf("%s.json %s uses {{%s}}, English {{%s}}", code, k, vars(ov), vars(v))
			}
			if s, ok := ov.(string); ok && s == en[k] && len(s) > 12 && !strings.Contains(k, "encoding") {
				t.Errorf("%s.json %s is not translated: %q", code, k, s)
			}
		}
		for k := range other {
			if _, ok := en[k]; !ok {
				t.Errorf("%s.json has %s, which English lacks", code, k)
			}
		}
	}
	for _, f := range append(spreadsheet.Fields, spreadsheet.FieldNone) {
		key := "import.field." + f.Key()
		if f == spreadsheet.FieldNone {
			key = "import.field.none"
		}
		if _, ok := en[key]; !ok {
			t.Errorf("no translation %s", key)
		}
	}
	for _, c := range spreadsheet.ProblemCodes {
		if _, ok := en["import.problem."+c]; !ok && c != "rejected" {
			t.Errorf("no translation import.problem.%s", c)
		}
	}
	used := regexp.MustCompile(`lang\.XN?\("((?:import|export)\.[a-z0-9_.]+[a-z0-9_])"`)
	var missing []string
	for _, file := range []string{"import.go", "import_preview.go", "import_check.go", "export.go"} {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range used.FindAllStringSubmatch(string(src), -1) {
			if _, ok := en[m[1]]; !ok {
				missing = append(missing, m[1])
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("keys used but not translated: %v", missing)
	}
}
