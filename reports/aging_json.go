package reports

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// MarshalJSON writes the report in the command line's contract shape (see PRODUCT.md):
//
//	{"as_of": "YYYY-MM-DD",
//	 "totals": [{"currency": "EUR", "current": N, "1-30": N, "31-60": N, "61-90": N, "over_90": N, "total": N}],
//	 "customers": [{"customer": "…", "number": "…", "currency": "…", same buckets…}]}
//
// Amounts are integers in minor units; the bucket keys follow the edges (Edges.Keys) and are
// exactly those above with the default edges. "customers" appears only in a report by
// customer, largest total first.
func (r *Report) MarshalJSON() ([]byte, error) {
	keys := r.Edges.orDefault().Keys()
	var b bytes.Buffer
	str := func(s string) {
		enc, _ := json.Marshal(s)
		b.Write(enc)
	}
	num := func(key string, v int64) {
		b.WriteString(`, `)
		str(key)
		b.WriteString(`: `)
		b.WriteString(strconv.FormatInt(v, 10))
	}
	buckets := func(bk Buckets) {
		for i, k := range keys {
			num(k, bk[i])
		}
		num("total", bk.Total())
	}
	b.WriteString(`{"as_of": `)
	str(r.AsOf.String())
	b.WriteString(`, "totals": [`)
	for i, t := range r.Totals {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`{"currency": `)
		str(t.Currency)
		buckets(t.Buckets)
		b.WriteString("}")
	}
	b.WriteString("]")
	if r.Customers != nil {
		b.WriteString(`, "customers": [`)
		for i, c := range r.Customers {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n  {\"customer\": ")
			str(c.Name)
			b.WriteString(`, "number": `)
			str(c.Number)
			b.WriteString(`, "currency": `)
			str(c.Currency)
			buckets(c.Buckets)
			b.WriteString("}")
		}
		b.WriteString("]")
	}
	b.WriteString("}")
	return b.Bytes(), nil
}
