package journal

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/store"
)

var t0 = time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)

func valid() Entry {
	return Entry{
		ID: "0193f1a2-7c1e-7000-8000-000000000001", Kind: KindNote,
		CreatedAt: t0, UpdatedAt: t0, OccurredAt: t0,
		Answers: []Answer{{Text: "hello"}},
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edit  func(*Entry)
		wants string // "" for valid
	}{
		{"valid", func(*Entry) {}, ""},
		{"backdated", func(e *Entry) { e.OccurredAt = t0.AddDate(0, 0, -30) }, ""},
		{"mood edges", func(e *Entry) { e.Mood = &Mood{-2, 2} }, ""},
		{"100 KB", func(e *Entry) { e.Answers[0].Text = strings.Repeat("x", 100<<10) }, ""},
		{"bad id", func(e *Entry) { e.ID = "42" }, "not a UUID"},
		{"unknown kind", func(e *Entry) { e.Kind = "diary" }, `kind "diary"`},
		{"no createdAt", func(e *Entry) { e.CreatedAt = time.Time{} }, "createdAt is missing"},
		{"updated before created", func(e *Entry) { e.UpdatedAt = t0.Add(-time.Second) }, "before createdAt"},
		{"mood too pleasant", func(e *Entry) { e.Mood = &Mood{3, 0} }, "pleasantness 3"},
		{"mood too low energy", func(e *Entry) { e.Mood = &Mood{0, -3} }, "energy -3"},
		{"too long", func(e *Entry) { e.Answers[0].Text = strings.Repeat("x", MaxTextBytes+1) }, "longer than"},
		{"bad utf-8", func(e *Entry) { e.Answers[0].Text = "\xff" }, "not valid text"},
		{"empty tag", func(e *Entry) { e.Tags = []string{" "} }, "tags has"},
	} {
		e := valid()
		tc.edit(&e)
		err := e.Validate()
		if tc.wants == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.wants) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.wants)
		}
	}
}

// A stored record of schema 1 (testdata) decodes to exactly this entry.
func TestDecodeFixtureV1(t *testing.T) {
	data, err := os.ReadFile("testdata/entry-v1.json")
	if err != nil {
		t.Fatal(err)
	}
	e, err := Decode(store.Record{ID: "0193f1a2-7c1e-7000-8000-000000000042", Schema: 1, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	cet, cest := time.FixedZone("", 3600), time.FixedZone("", 7200)
	revisit := time.Date(2026, 4, 5, 9, 0, 0, 0, cest)
	want := Entry{
		ID: "0193f1a2-7c1e-7000-8000-000000000042", Kind: KindCheckin,
		CreatedAt:  time.Date(2026, 3, 29, 1, 30, 0, 0, cet),
		UpdatedAt:  time.Date(2026, 3, 29, 3, 45, 0, 0, cest),
		OccurredAt: time.Date(2026, 3, 28, 23, 50, 0, 0, cet),
		Mood:       &Mood{-1, 2},
		Emotions:   []string{"anxious", "hopeful"},
		Answers: []Answer{
			{"How are you, really?", "Nervous about Monday. <b>Not</b> panicking \u202e though. 💜"},
			{"One next step", "Email Sam."},
		},
		Tags:      []string{"work"},
		RevisitAt: &revisit,
	}
	if !equalEntries(e, want) {
		t.Fatalf("decoded\n%+v\nwant\n%+v", e, want)
	}
	// Encoding writes the current schema and round-trips.
	r, err := Encode(e)
	if err != nil || r.Schema != Schema {
		t.Fatalf("Encode: schema %d, %v", r.Schema, err)
	}
	back, err := Decode(r)
	if err != nil || !equalEntries(back, e) {
		t.Fatalf("round trip: %v", err)
	}
}

func equalEntries(a, b Entry) bool {
	norm := func(e Entry) Entry {
		for _, p := range []*time.Time{&e.CreatedAt, &e.UpdatedAt, &e.OccurredAt} {
			*p = p.UTC()
		}
		if e.RevisitAt != nil {
			r := e.RevisitAt.UTC()
			e.RevisitAt = &r
		}
		return e
	}
	return reflect.DeepEqual(norm(a), norm(b))
}

func TestDecodeUnreadable(t *testing.T) {
	good, _ := Encode(valid())
	for name, r := range map[string]store.Record{
		"future schema": {ID: good.ID, Schema: Schema + 1, Data: good.Data},
		"schema 0":      {ID: good.ID, Schema: 0, Data: good.Data},
		"not json":      {ID: good.ID, Schema: 1, Data: []byte("{oops")},
		"other id":      {ID: "0193f1a2-7c1e-7000-8000-000000000999", Schema: 1, Data: good.Data},
		"invalid entry": {ID: good.ID, Schema: 1, Data: []byte(`{"id":"` + good.ID + `","kind":"nope"}`)},
	} {
		if _, err := Decode(r); !errors.Is(err, ErrUnreadable) {
			t.Errorf("%s: %v, want ErrUnreadable", name, err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	fixture, _ := os.ReadFile("testdata/entry-v1.json")
	good, _ := Encode(valid())
	f.Add(fixture, 1)
	f.Add(good.Data, 1)
	f.Add([]byte(`{}`), 1)
	f.Add([]byte(`{"id":"0193f1a2-7c1e-7000-8000-000000000042","mood":{"pleasantness":9}}`), 1)
	f.Fuzz(func(t *testing.T, data []byte, schema int) {
		e, err := Decode(store.Record{ID: "0193f1a2-7c1e-7000-8000-000000000042", Schema: schema, Data: data})
		if err != nil {
			if !errors.Is(err, ErrUnreadable) {
				t.Fatalf("error %v does not wrap ErrUnreadable", err)
			}
			return
		}
		if err := e.Validate(); err != nil {
			t.Fatalf("Decode returned an invalid entry: %v", err)
		}
	})
}

func newJournal(now *time.Time) (Journal, *store.Memory) {
	m := store.NewMemory()
	return Journal{Store: m, Now: func() time.Time { return *now }}, m
}

func TestSaveDeleteUndo(t *testing.T) {
	ctx := context.Background()
	now := t0
	j, m := newJournal(&now)
	store.Put(ctx, m, store.Drafts, store.Record{ID: "draft-1", Schema: 1, Data: []byte("typing")})

	e := valid()
	saved, err := j.Save(ctx, e, "draft-1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Get(ctx, store.Drafts, "draft-1"); !errors.Is(err, store.ErrNotFound) {
		t.Error("saving did not drop the draft")
	}
	now = t0.Add(time.Hour)
	saved.Answers[0].Text = "edited"
	edited, _ := j.Save(ctx, saved, "")
	if !edited.CreatedAt.Equal(t0) || !edited.UpdatedAt.Equal(now) {
		t.Errorf("edit: created %v updated %v", edited.CreatedAt, edited.UpdatedAt)
	}

	now = now.Add(time.Minute)
	del, err := j.Delete(ctx, e.ID)
	if err != nil || !del.Deleted() {
		t.Fatalf("Delete: %v %v", del.DeletedAt, err)
	}
	ix := NewIndex(mustLoad(t, j).Entries)
	if ix.Search(Filter{}, 0, 10).Total != 0 || ix.Search(Filter{Deleted: true}, 0, 10).Total != 1 {
		t.Error("a deleted entry still lists, or its tombstone is gone")
	}
	now = now.Add(time.Minute)
	back, err := j.Undo(ctx, e.ID)
	if err != nil || back.Deleted() || back.Text() != "edited" {
		t.Fatalf("Undo: %+v %v", back, err)
	}
}

// Another tab (or an import) stored a later time than this device's clock:
// the user's save still wins.
func TestSaveWinsOverSkewedClock(t *testing.T) {
	ctx := context.Background()
	now := t0
	j, _ := newJournal(&now)
	e, _ := j.Save(ctx, valid(), "")
	now = t0.Add(-time.Hour) // this tab's clock is behind
	e.Answers[0].Text = "mine"
	got, err := j.Save(ctx, e, "")
	if err != nil {
		t.Fatal(err)
	}
	if !got.UpdatedAt.After(t0) {
		t.Fatalf("updatedAt %v is not after the stored %v", got.UpdatedAt, t0)
	}
}

func TestLoadKeepsUnreadableAside(t *testing.T) {
	ctx := context.Background()
	now := t0
	j, m := newJournal(&now)
	j.Save(ctx, valid(), "")
	bad := store.Record{ID: "0193f1a2-7c1e-7000-8000-00000000dead", Schema: 7, Updated: t0, Data: []byte("from the future")}
	store.Put(ctx, m, store.Entries, bad)

	l := mustLoad(t, j)
	if len(l.Entries) != 1 || len(l.Unreadable) != 1 || string(l.Unreadable[0].Data) != "from the future" {
		t.Fatalf("Load: %d entries, unreadable %+v", len(l.Entries), l.Unreadable)
	}
	if _, err := m.Get(ctx, store.Entries, bad.ID); !errors.Is(err, store.ErrNotFound) {
		t.Error("the unreadable record is still among entries")
	}
	if again := mustLoad(t, j); len(again.Unreadable) != 1 {
		t.Error("the unreadable record was not kept")
	}
}

func mustLoad(t *testing.T, j Journal) Loaded {
	t.Helper()
	l, err := j.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestNewest(t *testing.T) {
	ctx := context.Background()
	now := t0
	j, _ := newJournal(&now)
	for i, back := range []time.Duration{3, 1, 2, 5, 4} { // hours ago
		e := valid()
		e.ID = fmt.Sprintf("0193f1a2-7c1e-7000-8000-%012d", i)
		e.OccurredAt = t0.Add(-back * time.Hour)
		if _, err := j.Save(ctx, e, ""); err != nil {
			t.Fatal(err)
		}
	}
	j.Delete(ctx, "0193f1a2-7c1e-7000-8000-000000000001") // the newest
	got, err := j.Newest(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID[len(got[0].ID)-1] != '2' || got[1].ID[len(got[1].ID)-1] != '0' {
		t.Fatalf("Newest(2) = %v, want entries 2 then 0 (1 is deleted)", got)
	}
}

func TestSortKeyOrdersByTime(t *testing.T) {
	a, b := valid(), valid()
	a.OccurredAt = time.Date(2026, 1, 1, 23, 0, 0, 0, time.FixedZone("", -5*3600)) // 04:00 UTC next day
	b.OccurredAt = time.Date(2026, 1, 2, 3, 0, 0, 0, time.UTC)
	if !(SortKey(a) > SortKey(b)) {
		t.Fatalf("%q should sort after %q", SortKey(a), SortKey(b))
	}
}

func TestPlain(t *testing.T) {
	e := Entry{Answers: []Answer{{Prompt: "What happened?", Text: "It rained."}, {Prompt: "Skipped", Text: ""}, {Text: "A free note."}}}
	if got, want := e.Plain(), "What happened?\nIt rained.\n\nA free note."; got != want {
		t.Errorf("Plain = %q, want %q", got, want)
	}
}
