package journal

import (
	"testing"
	"time"
)

func TestWeekStart(t *testing.T) {
	nz := time.FixedZone("NZDT", 13*3600)
	tests := []struct {
		in, want time.Time
	}{
		{time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC), time.Date(2026, 11, 16, 0, 0, 0, 0, time.UTC)}, // Sunday
		{time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}, // Monday midnight
		{time.Date(2026, 11, 24, 23, 59, 0, 0, nz), time.Date(2026, 11, 23, 0, 0, 0, 0, nz)},           // in its own zone
		{time.Date(2027, 1, 2, 12, 0, 0, 0, time.UTC), time.Date(2026, 12, 28, 0, 0, 0, 0, time.UTC)},  // across a year
	}
	for _, tt := range tests {
		if got := WeekStart(tt.in); !got.Equal(tt.want) || got.Location() != tt.want.Location() {
			t.Errorf("WeekStart(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
	sunday := []struct{ in, want time.Time }{
		{time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC), time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)},  // a Sunday
		{time.Date(2026, 11, 28, 23, 0, 0, 0, time.UTC), time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)}, // the Saturday after
		{time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC), time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range sunday {
		if got := WeekStartOn(tt.in, time.Sunday); !got.Equal(tt.want) {
			t.Errorf("WeekStartOn(%v, Sunday) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestBetweenAndDue(t *testing.T) {
	at := func(day int) time.Time { return time.Date(2026, 11, day, 12, 0, 0, 0, time.UTC) }
	win := func(id string, day int) Entry {
		return Entry{ID: id, Kind: KindWin, OccurredAt: at(day)}
	}
	gone := win("gone", 18)
	gone.DeletedAt = new(time.Time)
	note := Entry{ID: "note", Kind: KindNote, OccurredAt: at(18)}
	entries := []Entry{win("mon", 16), win("wed", 18), win("before", 15), win("next", 23), gone, note}
	got := Between(entries, KindWin, at(16).Add(-12*time.Hour), at(23).Add(-12*time.Hour))
	if len(got) != 2 || got[0].ID != "wed" || got[1].ID != "mon" {
		t.Errorf("Between = %v, want wed then mon", got)
	}

	r1, r2, r3 := at(20), at(19), at(25)
	a := Entry{ID: "a", RevisitAt: &r1}
	b := Entry{ID: "b", RevisitAt: &r2}
	c := Entry{ID: "c", RevisitAt: &r3}
	d := Entry{ID: "d", RevisitAt: &r2, DeletedAt: &r2}
	due := Due([]Entry{a, b, c, d, note}, at(22))
	if len(due) != 2 || due[0].ID != "b" || due[1].ID != "a" {
		t.Errorf("Due = %v, want b then a", due)
	}
}
