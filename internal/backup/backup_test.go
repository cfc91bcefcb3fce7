package backup

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/i18n"
	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/journal/journaltest"
	"github.com/kindly/kindly/internal/store"
)

var update = flag.Bool("update", false, "rewrite golden files")

var now = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

func read(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Export then Parse gives back exactly the entries, unreadable records and
// all: times with their offsets, markup, right-to-left marks, 100 KB text.
func TestRoundTripIsLossless(t *testing.T) {
	entries := journaltest.Entries(200, 7, now)
	entries[0].Answers[0].Text = strings.Repeat("long \u202e 💜 <b>", 100<<10/14)
	entries[1].OccurredAt = entries[1].OccurredAt.In(time.FixedZone("", -(9*3600 + 1800)))
	rev := now.AddDate(0, 0, 3)
	entries[2].RevisitAt = &rev
	entries[3].DeletedAt = &now
	l := journal.Loaded{Entries: entries, Unreadable: []store.Record{{ID: "x", Schema: 9, Updated: now, Data: []byte{0, 1, 2, 255}}}}

	data, err := New(l, nil, now).JSON()
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entries) != len(entries) {
		t.Fatalf("%d entries back, want %d", len(d.Entries), len(entries))
	}
	for i := range entries {
		a, b := entries[i], d.Entries[i]
		if !reflect.DeepEqual(asJSON(t, a), asJSON(t, b)) {
			t.Fatalf("entry %d differs after the round trip", i)
		}
		if !a.OccurredAt.Equal(b.OccurredAt) {
			t.Fatalf("entry %d occurredAt %v → %v", i, a.OccurredAt, b.OccurredAt)
		}
	}
	if len(d.Unreadable) != 1 || !bytes.Equal(d.Unreadable[0].Data, []byte{0, 1, 2, 255}) {
		t.Fatalf("unreadable records: %+v", d.Unreadable)
	}
	if d.Format != Format || d.Version != Version || !d.ExportedAt.Equal(now) {
		t.Fatalf("header %q %d %v", d.Format, d.Version, d.ExportedAt)
	}
}

func asJSON(t *testing.T, e journal.Entry) string {
	r, err := journal.Encode(e)
	if err != nil {
		t.Fatal(err)
	}
	return string(r.Data)
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"too large", bytes.Repeat([]byte(" "), MaxSize+1), "imports files up to 50 MB"},
		{"not json", []byte("hello"), "not a Kindly backup"},
		{"syntax", read(t, "syntax.json"), "line 3, column"},
		{"wrong type", read(t, "wrong-type.json"), "entries.id should be string"},
		{"other format", []byte(`{"format":"diary","version":1}`), `format "diary"`},
		{"encrypted", []byte(`{"format":"kindly-backup-encrypted","version":1}`), "encrypted backup"},
		{"future version", []byte(`{"format":"kindly-backup","version":2}`), "version 2 backup"},
		{"bad mood", read(t, "hostile-mood.json"), `entry 1 (id "0193f1a2-7c1e-7000-8000-000000000003"): mood pleasantness 99`},
		{"duplicate ids", duplicate(t), "entries 1 and 3 have the same id"},
	} {
		_, err := Parse(tc.data)
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an ErrInvalid naming %q", tc.name, err, tc.want)
		}
	}
}

func duplicate(t *testing.T) []byte {
	es := journaltest.Entries(3, 1, now)
	es[2].ID = es[0].ID
	data, _ := New(journal.Loaded{Entries: es}, nil, now).JSON()
	return data
}

func TestMerge(t *testing.T) {
	base := journaltest.Entries(4, 3, now)
	older, newer, same := base[0], base[1], base[2]
	older.UpdatedAt = older.UpdatedAt.Add(-time.Hour)
	newer.UpdatedAt = newer.UpdatedAt.Add(time.Hour)
	newer.Answers = []journal.Answer{{Text: "edited elsewhere"}}
	fresh := journaltest.Entries(1, 99, now)[0]
	fresh.ID = "0193f1a2-7c1e-7000-8000-0000000000ff"

	put, s := Merge(base, []journal.Entry{older, newer, same, fresh})
	if s != (Stats{Added: 1, Updated: 1, Unchanged: 2}) {
		t.Fatalf("stats %+v", s)
	}
	if len(put) != 2 || put[0].ID != newer.ID || put[1].ID != fresh.ID {
		t.Fatalf("put %v", put)
	}
}

func TestImportTwiceChangesNothing(t *testing.T) {
	ctx := context.Background()
	st := store.NewMemory()
	data := read(t, "valid.json")
	s1, err := Import(ctx, st, data)
	if err != nil || s1.Added != 2 {
		t.Fatalf("first import %+v %v", s1, err)
	}
	before, _ := st.List(ctx, store.Entries)
	s2, err := Import(ctx, st, data)
	if err != nil || s2 != (Stats{Unchanged: 2}) {
		t.Fatalf("second import %+v %v", s2, err)
	}
	after, _ := st.List(ctx, store.Entries)
	if !reflect.DeepEqual(before, after) {
		t.Fatal("importing the same file twice changed the store")
	}
}

// failing fails every Apply, as a full disk or an aborted transaction would.
type failing struct{ *store.Memory }

func (failing) Apply(context.Context, ...store.Change) error { return store.ErrQuota }

func TestImportIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	m := store.NewMemory()
	j := journal.Journal{Store: m, Now: func() time.Time { return now }}
	kept := journaltest.Entries(1, 5, now)[0]
	if _, err := j.Save(ctx, kept, ""); err != nil {
		t.Fatal(err)
	}
	before, _ := m.List(ctx, store.Entries)
	if _, err := Import(ctx, failing{m}, read(t, "valid.json")); !errors.Is(err, store.ErrQuota) {
		t.Fatalf("import into a full store: %v", err)
	}
	for _, bad := range []string{"hostile-mood.json", "syntax.json", "wrong-type.json"} {
		if _, err := Import(ctx, m, read(t, bad)); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v", bad, err)
		}
	}
	after, _ := m.List(ctx, store.Entries)
	if !reflect.DeepEqual(before, after) {
		t.Fatal("a failed import changed the store")
	}
}

func TestMarkdownGolden(t *testing.T) {
	d, err := Parse(read(t, "valid.json"))
	if err != nil {
		t.Fatal(err)
	}
	english := Voice{
		Msg:   i18n.Load("en"),
		Day:   func(t time.Time) string { return t.Format("Monday 2 January 2006") },
		Clock: func(t time.Time) string { return t.Format("15:04") },
	}
	got := Markdown(d.Entries, d.Mantras, time.FixedZone("EST", -5*3600), now, english)
	if *update {
		os.WriteFile("testdata/valid.md", []byte(got), 0o644)
	}
	if want := string(read(t, "valid.md")); got != want {
		t.Errorf("Markdown differs from testdata/valid.md (go test -update to accept):\n%s", got)
	}
	if loose := regexp.MustCompile(`(^|[^\\])<|\n# not|\n1\. not`).FindString(got); loose != "" {
		t.Errorf("user text %q reaches the Markdown unescaped", loose)
	}
}

func TestFileName(t *testing.T) {
	if got := FileName(now, "json"); got != "kindly-2026-11-22.json" {
		t.Fatal(got)
	}
}

func TestRemind(t *testing.T) {
	for _, tc := range []struct {
		last    time.Time
		entries int
		want    bool
	}{
		{time.Time{}, 0, false},
		{time.Time{}, 1, true},
		{now.Add(-13 * 24 * time.Hour), 5, false},
		{now.Add(-14 * 24 * time.Hour), 5, true},
		{now.Add(-30 * 24 * time.Hour), 0, false},
	} {
		if got := Remind(tc.last, now, tc.entries); got != tc.want {
			t.Errorf("Remind(%v, %d) = %v", tc.last, tc.entries, got)
		}
	}
}

func TestLastExport(t *testing.T) {
	ctx := context.Background()
	st := store.NewMemory()
	if last, err := LastExport(ctx, st); err != nil || !last.IsZero() {
		t.Fatalf("never exported: %v %v", last, err)
	}
	MarkExported(ctx, st, now)
	if last, _ := LastExport(ctx, st); !last.Equal(now) {
		t.Fatalf("last export %v", last)
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"valid.json", "hostile-mood.json", "wrong-type.json", "syntax.json"} {
		f.Add(read(f, name))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(data)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			return
		}
		for _, e := range d.Entries {
			if err := e.Validate(); err != nil {
				t.Fatalf("Parse accepted an invalid entry: %v", err)
			}
		}
		// What parses must export and parse again to the same entries.
		again, err := New(journal.Loaded{Entries: d.Entries}, nil, now).JSON()
		if err != nil {
			t.Fatal(err)
		}
		if d2, err := Parse(again); err != nil || len(d2.Entries) != len(d.Entries) {
			t.Fatalf("re-export does not parse: %v", err)
		}
	})
}

func BenchmarkExport10k(b *testing.B) {
	l := journal.Loaded{Entries: journaltest.Entries(10_000, 1, now)}
	for b.Loop() {
		if _, err := New(l, nil, now).JSON(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkImport10k(b *testing.B) {
	data, _ := New(journal.Loaded{Entries: journaltest.Entries(10_000, 1, now)}, nil, now).JSON()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Import(context.Background(), store.NewMemory(), data); err != nil {
			b.Fatal(err)
		}
	}
}

func TestImportEntries(t *testing.T) {
	ctx := context.Background()
	m := store.NewMemory()
	es := journaltest.Entries(3, 7, now)
	if s, err := ImportEntries(ctx, m, es, nil); err != nil || s.Added != 3 {
		t.Fatalf("first import %+v %v", s, err)
	}
	before, _ := m.List(ctx, store.Entries)
	if s, err := ImportEntries(ctx, m, es, nil); err != nil || s != (Stats{Unchanged: 3}) {
		t.Fatalf("second import %+v %v", s, err)
	}
	bad := append(journaltest.Entries(2, 8, now), journal.Entry{ID: "not-a-uuid"})
	if _, err := ImportEntries(ctx, m, bad, nil); !errors.Is(err, ErrInvalid) {
		t.Fatalf("an invalid entry: %v", err)
	}
	if _, err := ImportEntries(ctx, failing{m}, journaltest.Entries(2, 9, now), nil); !errors.Is(err, store.ErrQuota) {
		t.Fatalf("a full store: %v", err)
	}
	after, _ := m.List(ctx, store.Entries)
	if !reflect.DeepEqual(before, after) {
		t.Fatal("a second or failed import changed the store")
	}
}
