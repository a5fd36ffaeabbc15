package letters

import (
	"testing"

	"overdue/data"
)

func TestRenderSamples(t *testing.T) {
	for _, country := range data.Countries {
		for _, lang := range data.Languages {
			t.Run(country+"-"+lang, func(t *testing.T) {
				f := newFixture(t, country, lang, data.Business, "2026-06-01")
				f.send(t, "2026-06-02")
				f.send(t, "2026-07-01")
				res := f.send(t, "2026-08-01")
				dump(t, "letter-"+country+"-"+lang+".pdf", res.Letters[0].PDF)
			})
		}
	}
}
