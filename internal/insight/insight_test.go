package insight

import (
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the tests name zones with daylight saving

	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/journal/journaltest"
)

var ny, _ = time.LoadLocation("America/New_York")

// at is a New York wall-clock time.
func at(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, ny) }

func entry(kind string, t time.Time, mood *journal.Mood, text string, emotions ...string) journal.Entry {
	e := journal.Entry{ID: t.String() + kind + text, Kind: kind, OccurredAt: t, Mood: mood, Emotions: emotions}
	if text != "" {
		e.Answers = []journal.Answer{{Text: text}}
	}
	return e
}

func mood(p, e int) *journal.Mood { return &journal.Mood{Pleasantness: p, Energy: e} }

func TestDayAcrossDaylightSaving(t *testing.T) {
	tests := []struct {
		in   time.Time
		want time.Time
	}{
		{at(2026, 3, 8, 12, 0), at(2026, 3, 8, 0, 0)},                          // spring forward: a 23-hour day
		{at(2026, 11, 1, 23, 30), at(2026, 11, 1, 0, 0)},                       // fall back: a 25-hour day
		{time.Date(2026, 11, 2, 3, 30, 0, 0, time.UTC), at(2026, 11, 1, 0, 0)}, // still the 1st in New York
		{time.Date(2026, 3, 8, 4, 59, 0, 0, time.UTC), at(2026, 3, 7, 0, 0)},   // 23:59 EST on the 7th
	}
	for _, tt := range tests {
		if got := Day(tt.in, ny); !got.Equal(tt.want) {
			t.Errorf("Day(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
	// Seven days back from the day after a spring-forward is still 7 days.
	from, to := Range(Week, at(2026, 3, 9, 10, 0), ny, nil)
	if !from.Equal(at(2026, 3, 3, 0, 0)) || !to.Equal(at(2026, 3, 10, 0, 0)) {
		t.Errorf("week range across DST = %v – %v", from, to)
	}
}

func TestRange(t *testing.T) {
	now := at(2026, 11, 22, 9, 0)
	old := entry(journal.KindNote, at(2025, 2, 3, 8, 0), nil, "first")
	gone := entry(journal.KindNote, at(2020, 1, 1, 8, 0), nil, "deleted")
	gone.DeletedAt = &now
	tests := []struct {
		span Span
		from time.Time
	}{
		{Week, at(2026, 11, 16, 0, 0)},
		{Month, at(2026, 10, 24, 0, 0)},
		{Year, at(2025, 11, 23, 0, 0)},
		{All, at(2025, 2, 3, 0, 0)},
	}
	for _, tt := range tests {
		from, to := Range(tt.span, now, ny, []journal.Entry{old, gone})
		if !from.Equal(tt.from) || !to.Equal(at(2026, 11, 23, 0, 0)) {
			t.Errorf("%s: %v – %v, want from %v", tt.span, from, to, tt.from)
		}
	}
	if from, _ := Range(All, now, ny, nil); !from.Equal(at(2026, 11, 16, 0, 0)) {
		t.Errorf("all of an empty journal starts a week back, got %v", from)
	}
}

func TestMood(t *testing.T) {
	es := []journal.Entry{
		entry(journal.KindCheckin, at(2026, 11, 20, 8, 0), mood(-2, -1), ""),
		entry(journal.KindCheckin, at(2026, 11, 20, 20, 0), mood(0, 1), ""),
		entry(journal.KindNote, at(2026, 11, 21, 8, 0), nil, "no mood"),
		entry(journal.KindExercise, at(2026, 11, 22, 8, 0), mood(2, 2), ""),
	}
	got := Mood(es, at(2026, 11, 16, 0, 0), at(2026, 11, 23, 0, 0), ny, time.Monday)
	want := []Point{{at(2026, 11, 20, 0, 0), -1, 0, 2}, {at(2026, 11, 22, 0, 0), 2, 2, 1}}
	if !slices.EqualFunc(got, want, func(a, b Point) bool {
		return a.Start.Equal(b.Start) && a == Point{Start: a.Start, Pleasantness: b.Pleasantness, Energy: b.Energy, N: b.N}
	}) {
		t.Errorf("daily mood = %+v, want %+v", got, want)
	}
	weekly := Mood(es, at(2026, 1, 1, 0, 0), at(2026, 11, 23, 0, 0), ny, time.Monday)
	if len(weekly) != 1 || !weekly[0].Start.Equal(at(2026, 11, 16, 0, 0)) || weekly[0].N != 3 {
		t.Errorf("weekly mood over a long range = %+v", weekly)
	}
	if len(Mood(nil, at(2026, 11, 16, 0, 0), at(2026, 11, 23, 0, 0), ny, time.Monday)) != 0 {
		t.Error("an empty journal has no mood points")
	}
}

func TestWeeks(t *testing.T) {
	es := []journal.Entry{
		entry(journal.KindWin, at(2026, 11, 16, 9, 0), nil, "walked"),
		entry(journal.KindWin, at(2026, 11, 16, 18, 0), nil, "called Sam"),
		entry(journal.KindCheckin, at(2026, 11, 18, 9, 0), mood(0, 0), "I always mess up"),
		entry(journal.KindCheckin, at(2026, 11, 19, 9, 0), mood(0, 0), "not always easy"),
		entry(journal.KindExercise, at(2026, 11, 2, 9, 0), nil, ""),
	}
	got := Weeks(es, at(2026, 11, 2, 0, 0), at(2026, 11, 23, 0, 0), ny, time.Monday)
	want := []WeekSummary{
		{Start: at(2026, 11, 2, 0, 0), Days: 1, Entries: 1, Exercises: 1},
		{Start: at(2026, 11, 9, 0, 0)},
		{Start: at(2026, 11, 16, 0, 0), Days: 3, Entries: 4, Wins: 2, Checkins: 2, Absolutist: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("%d weeks, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if !g.Start.Equal(w.Start) || g.Days != w.Days || g.Entries != w.Entries || g.Wins != w.Wins ||
			g.Exercises != w.Exercises || g.Checkins != w.Checkins || g.Absolutist != w.Absolutist {
			t.Errorf("week %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestWeeksFromSunday(t *testing.T) {
	es := []journal.Entry{
		entry(journal.KindWin, at(2026, 11, 22, 9, 0), nil, "Sunday"),
		entry(journal.KindWin, at(2026, 11, 21, 9, 0), nil, "Saturday"),
	}
	got := Weeks(es, at(2026, 11, 16, 0, 0), at(2026, 11, 23, 0, 0), ny, time.Sunday)
	if len(got) != 2 || !got[0].Start.Equal(at(2026, 11, 15, 0, 0)) || got[0].Wins != 1 || got[1].Wins != 1 {
		t.Errorf("with Sunday first, Saturday and Sunday fall in different weeks: %+v", got)
	}
}

func TestEmotions(t *testing.T) {
	es := []journal.Entry{
		entry(journal.KindCheckin, at(2026, 11, 20, 8, 0), nil, "", "Tired", "hopeful"),
		entry(journal.KindCheckin, at(2026, 11, 21, 8, 0), nil, "", "tired ", "anxious"),
		entry(journal.KindCheckin, at(2026, 10, 1, 8, 0), nil, "", "angry", "angry"),
	}
	got := Emotions(es, at(2026, 11, 16, 0, 0), at(2026, 11, 23, 0, 0), 2, nil)
	want := []Count{{"tired", 2}, {"anxious", 1}}
	if !slices.Equal(got, want) {
		t.Errorf("Emotions = %v, want %v (the October anger is out of range)", got, want)
	}
	// One feeling named in two languages counts once, in today's words.
	es = append(es, entry(journal.KindCheckin, at(2026, 11, 22, 8, 0), nil, "", "cansancio", "Müde"))
	spanish := map[string]string{"tired": "cansancio", "müde": "cansancio", "cansancio": "cansancio"}
	got = Emotions(es, at(2026, 11, 16, 0, 0), at(2026, 11, 23, 0, 0), 1, func(w string) string {
		if s, ok := spanish[strings.ToLower(strings.TrimSpace(w))]; ok {
			return s
		}
		return w
	})
	if want := []Count{{"cansancio", 4}}; !slices.Equal(got, want) {
		t.Errorf("Emotions across languages = %v, want %v", got, want)
	}
}

func TestCalendarAndShowedUp(t *testing.T) {
	es := []journal.Entry{
		entry(journal.KindNote, at(2026, 11, 1, 23, 30), nil, "fall-back night"),
		entry(journal.KindNote, at(2026, 11, 20, 8, 0), nil, "a"),
		entry(journal.KindNote, at(2026, 11, 20, 9, 0), nil, "b"),
		entry(journal.KindNote, at(2026, 11, 22, 9, 0), nil, "c"),
		entry(journal.KindNote, at(2026, 10, 25, 9, 0), nil, "d"),
	}
	cal := Calendar(es, at(2026, 11, 15, 0, 0), ny)
	if len(cal) != 30 || cal[0].N != 1 || cal[19].N != 2 || cal[21].N != 1 || cal[5].N != 0 {
		t.Errorf("calendar: %d days, Nov 1 %d, Nov 20 %d, Nov 22 %d", len(cal), cal[0].N, cal[19].N, cal[21].N)
	}
	if feb := Calendar(nil, at(2028, 2, 10, 0, 0), ny); len(feb) != 29 {
		t.Errorf("February 2028 has %d days", len(feb))
	}
	tests := []struct {
		now  time.Time
		w, m int
	}{
		{at(2026, 11, 22, 20, 0), 2, 4},
		{at(2026, 11, 30, 20, 0), 0, 3}, // a quiet week: nothing lost, just fewer days
		{at(2027, 3, 1, 20, 0), 0, 0},
	}
	for _, tt := range tests {
		if w, m := ShowedUp(es, tt.now, ny); w != tt.w || m != tt.m {
			t.Errorf("ShowedUp(%v) = %d, %d; want %d, %d", tt.now, w, m, tt.w, tt.m)
		}
	}
}

func BenchmarkEverything10k(b *testing.B) {
	now := at(2026, 11, 22, 9, 0)
	es := journaltest.Entries(10_000, 1, now)
	for b.Loop() {
		from, to := Range(All, now, ny, es)
		Mood(es, from, to, ny, time.Monday)
		Weeks(es, from, to, ny, time.Monday)
		Emotions(es, from, to, 8, nil)
		Calendar(es, now, ny)
		ShowedUp(es, now, ny)
	}
}
