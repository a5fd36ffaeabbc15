package data

import (
	"errors"
	"testing"
)

func TestDefaultLaddersFollowTheSeeds(t *testing.T) {
	s := newTestStore(t)
	for _, country := range Countries {
		l, err := s.Ladder(country)
		if err != nil {
			t.Fatal(err)
		}
		if len(l) < 4 {
			t.Fatalf("%s ladder has %d levels", country, len(l))
		}
		if l[0].DaysPastDue != 1 || l[0].Fee != 0 {
			t.Errorf("%s: first level %+v, want a free reminder the day after the due date", country, l[0])
		}
		if last := l[len(l)-1]; last.Action != ActionHandover {
			t.Errorf("%s: last level %+v, want a hand-over", country, last)
		}
		for i := 1; i < len(l); i++ {
			if l[i].DaysPastDue <= l[i-1].DaysPastDue || l[i].Level <= l[i-1].Level {
				t.Errorf("%s: level %d does not come after level %d", country, l[i].Level, l[i-1].Level)
			}
		}
		for _, x := range l {
			if err := x.Validate(); err != nil {
				t.Errorf("%s level %d: %v", country, x.Level, err)
			}
		}
	}
	no, _ := s.Ladder("NO")
	fees := 0
	for _, x := range no {
		if x.Fee > 0 {
			fees++
			if x.Fee > 3500 || x.DeadlineDays < 14 || x.DaysPastDue < 14 {
				t.Errorf("Norwegian level with fee breaks inkassoforskriften: %+v", x)
			}
		}
	}
	if fees > 2 {
		t.Errorf("Norwegian ladder charges %d fees, at most two are allowed", fees)
	}
	if x, ok := Ladder(no).Level(3); !ok || x.Name != "Inkassovarsel" {
		t.Errorf("NO level 3 = %+v", x)
	}
}

func TestSaveDunningLevel(t *testing.T) {
	s := newTestStore(t)
	de, _ := s.Ladder("DE")
	l := de[1]
	l.Fee, l.DaysPastDue = 150, 35
	if err := s.SaveDunningLevel(&l); err != nil {
		t.Fatal(err)
	}
	got, err := s.DunningLevel(l.ID)
	if err != nil || got.Fee != 150 || got.DaysPastDue != 35 {
		t.Errorf("after save: %+v, %v", got, err)
	}
	tests := []struct {
		name  string
		edit  func(*DunningLevel)
		field string
	}{
		{"out of order", func(x *DunningLevel) { x.DaysPastDue = 95 }, "DaysPastDue"},
		{"no name", func(x *DunningLevel) { x.Name = " " }, "Name"},
		{"negative fee", func(x *DunningLevel) { x.Fee = -1 }, "Fee"},
		{"no deadline", func(x *DunningLevel) { x.DeadlineDays = 0 }, "DeadlineDays"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := l
			tt.edit(&x)
			err := s.SaveDunningLevel(&x)
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Field(tt.field) == "" {
				t.Errorf("err = %v, want a message on %s", err, tt.field)
			}
		})
	}
	no, _ := s.Ladder("NO")
	short := no[1]
	short.DeadlineDays = 10
	var ve *ValidationError
	if err := s.SaveDunningLevel(&short); !errors.As(err, &ve) || ve.Field("DeadlineDays") == "" {
		t.Errorf("Norwegian purring with 10 days: %v", err)
	}
	dup := de[2]
	dup.ID, dup.DaysPastDue = 0, 61
	if err := s.SaveDunningLevel(&dup); !errors.Is(err, ErrDuplicate) {
		t.Errorf("duplicate level number: %v", err)
	}
	if err := s.DeleteDunningLevel(de[4].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDunningLevel(de[4].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete twice: %v", err)
	}
	if _, err := s.DunningLevel(de[4].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted level: %v", err)
	}
}
