package importer

import (
	"errors"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/journal"
)

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no tz database here: %v", err)
	}
	return loc
}

func TestPlace(t *testing.T) {
	for _, c := range []struct {
		zone    string
		wall    Wall
		want    string // RFC 3339 in the zone
		shifted bool
	}{
		{"Europe/Berlin", Wall{2024, 7, 1, 21, 0}, "2024-07-01T21:00:00+02:00", false},
		{"Europe/Berlin", Wall{2024, 1, 15, 8, 30}, "2024-01-15T08:30:00+01:00", false},
		// Clocks go forward at 02:00: 02:30 never happened on that night.
		{"Europe/Berlin", Wall{2024, 3, 31, 2, 30}, "2024-03-31T03:00:00+02:00", true},
		{"Europe/Berlin", Wall{2024, 3, 31, 3, 0}, "2024-03-31T03:00:00+02:00", false},
		// Clocks go back at 03:00: 02:30 happened twice; the first is taken.
		{"Europe/Berlin", Wall{2024, 10, 27, 2, 30}, "2024-10-27T02:30:00+02:00", false},
		{"America/New_York", Wall{2024, 3, 10, 2, 15}, "2024-03-10T03:00:00-04:00", true},
		{"America/New_York", Wall{2024, 11, 3, 1, 30}, "2024-11-03T01:30:00-04:00", false},
		// Half an hour of daylight saving.
		{"Australia/Lord_Howe", Wall{2024, 10, 6, 2, 10}, "2024-10-06T02:30:00+11:00", true},
		{"Asia/Kolkata", Wall{2024, 3, 31, 2, 30}, "2024-03-31T02:30:00+05:30", false},
		{"UTC", Wall{2024, 2, 29, 23, 59}, "2024-02-29T23:59:00Z", false},
	} {
		got, shifted := place(c.wall, zone(t, c.zone))
		if got.Format(time.RFC3339) != c.want || shifted != c.shifted {
			t.Errorf("%s %+v: got %s shifted=%v, want %s shifted=%v", c.zone, c.wall, got.Format(time.RFC3339), shifted, c.want, c.shifted)
		}
	}
}

func pleasant(p int) *int { return &p }

func TestEntries(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	f := &File{App: Daylio, Format: "Daylio CSV", Records: []Record{
		{Key: "b", Kind: journal.KindCheckin, Wall: &Wall{2024, 3, 31, 2, 30}, MoodName: "Irritable ", Emotions: []string{"irritable"},
			Tags: []string{"work", "Work", " friends "}, Answers: []Answer{{Text: "A long day."}}},
		{Key: "a", Kind: journal.KindCheckin, Wall: &Wall{2024, 1, 2, 9, 5}, MoodName: "rad", Mood: pleasant(2)},
		{Key: "c", Kind: journal.KindCheckin, Wall: &Wall{2024, 4, 1, 20, 0}, MoodName: "IRRITABLE"},
	}}
	if got := f.MoodNames(); len(got) != 2 || got[0].Name != "Irritable" || got[0].Count != 2 || got[0].Mood != nil || got[1].Mood == nil || *got[1].Mood != 2 {
		t.Fatalf("MoodNames = %+v", got)
	}
	es, s, err := f.Entries(Options{Local: berlin, Moods: map[string]*int{"irritable": pleasant(-1)}})
	if err != nil {
		t.Fatal(err)
	}
	if s.Entries != 3 || s.Shifted != 1 || s.First.Format(time.RFC3339) != "2024-01-02T09:05:00+01:00" || s.Last.Format(time.RFC3339) != "2024-04-01T20:00:00+02:00" {
		t.Errorf("summary = %+v", s)
	}
	if es[0].ID != ID(Daylio, "a") || es[0].Mood.Pleasantness != 2 || es[0].Source != Daylio {
		t.Errorf("first entry = %+v", es[0])
	}
	if es[1].Mood == nil || es[1].Mood.Pleasantness != -1 || len(es[1].Tags) != 2 || es[1].Answers[0].Text != "A long day." {
		t.Errorf("second entry = %+v", es[1])
	}
	again, _, _ := f.Entries(Options{Local: berlin})
	if again[2].ID != es[2].ID || again[2].Mood != nil {
		t.Errorf("same file, same ids; an unmapped name gets no mood: %+v", again[2])
	}
}

func TestEntriesTimesAndWords(t *testing.T) {
	ny := zone(t, "America/New_York")
	at := time.Date(2024, 7, 4, 23, 30, 0, 0, time.UTC)
	f := &File{App: FreeCBT, Format: "FreeCBT JSON", Records: []Record{
		{Key: "x", Kind: journal.KindNote, At: at, Updated: at.Add(time.Hour), Distortions: []string{"all-or-nothing", "new-trap"},
			Answers: []Answer{{Label: LabelThought, Text: "I ruin everything."}, {Label: LabelAlternative, Text: "I ruined one dinner."}}},
		{Key: "y", Kind: journal.KindNote, At: at, Zone: "Asia/Tokyo", Answers: []Answer{{Text: "Far away."}}},
		{Key: "z", Kind: journal.KindNote, At: at.In(time.FixedZone("", 3600)), Answers: []Answer{{Text: "Offset kept."}}},
	}}
	labels := map[string]string{"answer.thought": "The thought", "distortion.all-or-nothing": "All or nothing"}
	es, _, err := f.Entries(Options{Local: ny,
		InZone: func(name string, _ time.Time) *time.Location { return zone(t, name) },
		Label:  func(k string) string { return labels[k] }})
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]journal.Entry{}
	for _, e := range es {
		byKey[e.ID] = e
	}
	x, y, z := byKey[ID(FreeCBT, "x")], byKey[ID(FreeCBT, "y")], byKey[ID(FreeCBT, "z")]
	if got := x.OccurredAt.Format(time.RFC3339); got != "2024-07-04T19:30:00-04:00" {
		t.Errorf("a UTC instant is shown in the device's zone: %s", got)
	}
	if !x.UpdatedAt.Equal(at.Add(time.Hour)) || !x.CreatedAt.Equal(at) {
		t.Errorf("created %v updated %v", x.CreatedAt, x.UpdatedAt)
	}
	if x.Answers[0].Prompt != "The thought" || x.Answers[1].Prompt != "alternative" {
		t.Errorf("prompts: %+v", x.Answers)
	}
	if len(x.Tags) != 2 || x.Tags[0] != "All or nothing" || x.Tags[1] != "new-trap" {
		t.Errorf("tags: %v", x.Tags)
	}
	if got := y.OccurredAt.Format(time.RFC3339); got != "2024-07-05T08:30:00+09:00" {
		t.Errorf("a named zone is kept: %s", got)
	}
	if got := z.OccurredAt.Format(time.RFC3339); got != "2024-07-05T00:30:00+01:00" {
		t.Errorf("a file's own offset is kept: %s", got)
	}
}

func TestEntriesInvalid(t *testing.T) {
	f := &File{App: Daylio, Format: "Daylio CSV", Records: []Record{
		{Key: "a", Kind: journal.KindCheckin, Wall: &Wall{2024, 1, 2, 9, 5}},
		{Key: "b", Kind: "poem", Wall: &Wall{2024, 1, 2, 9, 5}},
	}}
	_, _, err := f.Entries(Options{Local: time.UTC})
	var e *Error
	if !errors.As(err, &e) || e.Entry != 2 || e.Code != BadValue || !errors.Is(err, ErrMalformed) {
		t.Fatalf("err = %v", err)
	}
}

// The namespace is written out as bytes so that no code runs for it at
// start-up; it must stay the UUID every imported id was made with.
func TestNamespace(t *testing.T) {
	if got := namespace.String(); got != "6f1c2a8e-3b9d-5e47-9a0c-d2f4b6e81357" {
		t.Fatalf("namespace = %s", got)
	}
}
