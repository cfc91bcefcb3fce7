package journal

import (
	"fmt"
	"testing"
	"time"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Café":           "cafe",
		"ÉLAN":           "elan",
		"naïve Ångström": "naive angstrom",
		"Straße":         "straße",
		"cafe\u0301":     "cafe",
		"日本語":            "日本語",
		"":               "",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func entry(id int, kind string, at time.Time, text string, tags, feels []string) Entry {
	return Entry{
		ID: fmt.Sprintf("0193f1a2-7c1e-7000-8000-%012d", id), Kind: kind,
		CreatedAt: at, UpdatedAt: at, OccurredAt: at,
		Answers: []Answer{{Text: text}}, Tags: tags, Emotions: feels,
	}
}

func TestSearch(t *testing.T) {
	deleted := entry(5, KindNote, t0.Add(-time.Hour), "gone café", nil, nil)
	deleted.DeletedAt = &t0
	ix := NewIndex([]Entry{
		entry(1, KindNote, t0.Add(-72*time.Hour), "Coffee at the café with Léa", []string{"Friends"}, []string{"calm"}),
		entry(2, KindCheckin, t0.Add(-48*time.Hour), "Exam went badly", []string{"exam"}, []string{"ashamed", "tired"}),
		entry(3, KindWin, t0.Add(-24*time.Hour), "Sent the email", []string{"work"}, []string{"proud"}),
		entry(4, KindNote, t0, "Cafe again, then work", []string{"work"}, nil),
		deleted,
	})
	ids := func(p Page) string {
		s := ""
		for _, e := range p.Entries {
			s += e.ID[len(e.ID)-1:]
		}
		return s
	}
	for _, tc := range []struct {
		name string
		f    Filter
		want string // newest first
	}{
		{"all live", Filter{}, "4321"},
		{"diacritics ignored both ways", Filter{Query: "CAFÉ"}, "41"},
		{"all words", Filter{Query: "cafe work"}, "4"},
		{"matches tags and emotions", Filter{Query: "ashamed"}, "2"},
		{"kind", Filter{Kind: KindNote}, "41"},
		{"tag ignores case", Filter{Tag: "friends"}, "1"},
		{"emotion", Filter{Emotion: "Tired"}, "2"},
		{"from", Filter{From: t0.Add(-48 * time.Hour)}, "432"},
		{"to excludes its end", Filter{To: t0.Add(-24 * time.Hour)}, "21"},
		{"no match", Filter{Query: "zebra"}, ""},
		{"tombstones", Filter{Deleted: true}, "5"},
	} {
		if got := ids(ix.Search(tc.f, 0, 100)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	p := ix.Search(Filter{}, 1, 2)
	if ids(p) != "32" || p.Total != 4 || !p.More() {
		t.Errorf("paging: %q total %d more %v", ids(p), p.Total, p.More())
	}
	if last := ix.Search(Filter{}, 2, 2); last.More() {
		t.Error("the last page says more follow")
	}
}

func TestByDayAcrossTimeZonesAndDST(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	// 2026-03-29 is the spring-forward day in Paris (02:00 → 03:00).
	es := []Entry{
		entry(3, KindNote, time.Date(2026, 3, 29, 23, 30, 0, 0, time.UTC), "Monday 01:30 in Paris", nil, nil),
		entry(2, KindNote, time.Date(2026, 3, 29, 1, 30, 0, 0, time.UTC), "03:30 CEST, after the jump", nil, nil),
		entry(1, KindNote, time.Date(2026, 3, 28, 23, 30, 0, 0, time.UTC), "00:30 CET, Sunday already", nil, nil),
	}
	days := ByDay(es, paris)
	if len(days) != 2 {
		t.Fatalf("%d days, want 2", len(days))
	}
	if d := days[0].Date; d.Day() != 30 || len(days[0].Entries) != 1 {
		t.Errorf("first day %v with %d entries", d, len(days[0].Entries))
	}
	if d := days[1].Date; d.Day() != 29 || len(days[1].Entries) != 2 {
		t.Errorf("second day %v with %d entries", d, len(days[1].Entries))
	}
	if days := ByDay(es, time.UTC); len(days) != 2 || len(days[0].Entries) != 2 {
		t.Errorf("in UTC the grouping differs: %d days", len(days))
	}
}
