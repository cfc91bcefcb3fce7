package backup

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/journal/journaltest"
	"github.com/kindly/kindly/internal/mantra"
	"github.com/kindly/kindly/internal/people"
	"github.com/kindly/kindly/internal/store"
	"github.com/kindly/kindly/internal/sync"
)

// phone and laptop are two devices, each with its own store and clock.
type syncDevice struct {
	st    store.Store
	clock *sync.Clock
	at    time.Time
}

func (d *syncDevice) journal() journal.Journal {
	return journal.Journal{Store: d.st, Now: func() time.Time { return d.at }, Clock: d.clock}
}

// receive merges everything from into d, as a sync file would.
func (d *syncDevice) receive(t *testing.T, from *syncDevice) SyncPlan {
	t.Helper()
	recs, err := SyncRecords(context.Background(), from.st, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := PlanSync(context.Background(), d.st, recs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := ApplySync(context.Background(), d.st, p, d.at); err != nil {
		t.Fatal(err)
	}
	for _, r := range p.Put {
		d.clock.Observe(r.Stamp, d.at)
	}
	return p
}

func twoDevices() (*syncDevice, *syncDevice) {
	return &syncDevice{st: store.NewMemory(), clock: &sync.Clock{Device: "0a"}, at: now},
		&syncDevice{st: store.NewMemory(), clock: &sync.Clock{Device: "0b"}, at: now}
}

// Entries written before sync have no stamps: they travel with stamps made
// from their update times, nothing rewritten and nothing lost.
func TestSyncMigratesOlderJournals(t *testing.T) {
	phone, laptop := twoDevices()
	ctx := context.Background()
	entries := journaltest.Entries(50, 3, now)
	if _, err := ImportEntries(ctx, phone.st, entries, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := (mantra.Book{Store: phone.st, Now: func() time.Time { return now }}).Add(ctx, "One step, then another.", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := (people.Book{Store: phone.st, Now: func() time.Time { return now }}).Add(ctx, "Sam", "+34 600 000 000"); err != nil {
		t.Fatal(err)
	}
	p := laptop.receive(t, phone)
	if p.Added[sync.Entry] != 50 || p.Added[sync.Mantra] != 1 || p.Added[sync.Person] != 1 {
		t.Fatalf("first merge added %v", p.Added)
	}
	l, _ := laptop.journal().Load(ctx)
	for i, e := range l.Entries {
		want := entries[i]
		want.Source = e.Source
		if e.Text() != want.Text() || !e.OccurredAt.Equal(want.OccurredAt) || e.Version() != sync.Legacy(want.UpdatedAt) {
			t.Fatalf("entry %d arrived as %+v", i, e)
		}
	}
	if again := laptop.receive(t, phone); again.Total() != 0 || len(again.Put) != 0 {
		t.Fatalf("a second merge changed %+v", again.Plan)
	}
	if back := phone.receive(t, laptop); back.Total() != 0 {
		t.Fatalf("merging back changed %+v", back.Plan)
	}
}

func TestSyncDeleteAgainstEdit(t *testing.T) {
	for _, order := range []string{"phone first", "laptop first"} {
		t.Run(order, func(t *testing.T) {
			ctx := context.Background()
			phone, laptop := twoDevices()
			e := journal.New(journal.KindNote, now)
			e.Answers = []journal.Answer{{Text: "the talk went badly"}}
			e, err := phone.journal().Save(ctx, e, "")
			if err != nil {
				t.Fatal(err)
			}
			laptop.receive(t, phone)
			phone.at, laptop.at = now.Add(time.Hour), now.Add(2*time.Hour)
			if _, err := phone.journal().Delete(ctx, e.ID); err != nil {
				t.Fatal(err)
			}
			edited, _ := laptop.journal().Get(ctx, e.ID)
			edited.Answers[0].Text = "the talk went badly, and I learned what to prepare"
			if _, err := laptop.journal().Save(ctx, edited, ""); err != nil {
				t.Fatal(err)
			}
			first, second := phone, laptop
			if order == "laptop first" {
				first, second = laptop, phone
			}
			p1 := first.receive(t, second)
			second.receive(t, first)
			for name, d := range map[string]*syncDevice{"phone": phone, "laptop": laptop} {
				got, err := d.journal().Get(ctx, e.ID)
				if err != nil || !got.Deleted() {
					t.Fatalf("%s: the entry is %+v, %v; want it deleted", name, got, err)
				}
				if got.Text() != "" && d == laptop {
					t.Errorf("%s: a tombstone from the other device kept the words %q", name, got.Text())
				}
			}
			if len(p1.Conflicts) != 1 || !strings.Contains(string(p1.Conflicts[0].Lost.Body), "learned what to prepare") {
				t.Fatalf("the first merge reported %+v, want the lost edit", p1.Conflicts)
			}
			// Shown once: the same file again tells of it no more.
			if again := first.receive(t, second); len(again.Conflicts) != 0 {
				t.Errorf("the lost edit was reported again: %+v", again.Conflicts)
			}
			// Kept, it comes back as a new entry with the edit's words.
			if err := KeepConflict(ctx, first.st, first.clock, first.at, p1.Conflicts[0].Lost); err != nil {
				t.Fatal(err)
			}
			live, _ := first.journal().Newest(ctx, 10)
			if len(live) != 1 || live[0].ID == e.ID || !strings.Contains(live[0].Text(), "learned") {
				t.Fatalf("after keeping: %+v", live)
			}
		})
	}
}

func TestSyncRejectsBadBodies(t *testing.T) {
	ctx := context.Background()
	phone, _ := twoDevices()
	good := journal.New(journal.KindNote, now)
	good.Answers = []journal.Answer{{Text: "fine"}}
	body, _ := json.Marshal(good)
	other := journal.New(journal.KindNote, now)
	for name, r := range map[string]sync.Record{
		"another id inside": {Kind: sync.Entry, ID: other.ID, Stamp: sync.Stamp{Wall: 5}, Body: body},
		"not an entry":      {Kind: sync.Entry, ID: good.ID, Stamp: sync.Stamp{Wall: 5}, Body: json.RawMessage(`{"id":"` + good.ID + `","kind":"poem"}`)},
		"live but deleted":  {Kind: sync.Entry, ID: good.ID, Stamp: sync.Stamp{Wall: 5}, Body: json.RawMessage(strings.Replace(string(body), `"id"`, `"deletedAt":"2026-01-01T00:00:00Z","id"`, 1))},
		"a person nameless": {Kind: sync.Person, ID: other.ID, Stamp: sync.Stamp{Wall: 5}, Body: json.RawMessage(`{"id":"` + other.ID + `","name":" "}`)},
	} {
		ok := sync.Record{Kind: sync.Entry, ID: good.ID, Stamp: sync.Stamp{Wall: 5}, Body: body}
		if name == "not an entry" || name == "live but deleted" {
			ok.ID = journal.New(journal.KindNote, now).ID
			ok.Body, _ = json.Marshal(journal.Entry{ID: ok.ID, Kind: journal.KindNote, CreatedAt: now, UpdatedAt: now, OccurredAt: now})
		}
		if _, err := PlanSync(ctx, phone.st, []sync.Record{ok, r}, nil); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v, want the whole plan refused", name, err)
		}
	}
}

func TestSyncDrastic(t *testing.T) {
	ctx := context.Background()
	phone, laptop := twoDevices()
	if _, err := ImportEntries(ctx, phone.st, journaltest.Entries(20, 1, now), nil); err != nil {
		t.Fatal(err)
	}
	laptop.receive(t, phone)
	l, _ := laptop.journal().Load(ctx)
	laptop.at = now.Add(time.Hour)
	for _, e := range l.Entries[:6] {
		if _, err := laptop.journal().Delete(ctx, e.ID); err != nil {
			t.Fatal(err)
		}
	}
	recs, _ := SyncRecords(ctx, laptop.st, nil)
	p, err := PlanSync(ctx, phone.st, recs, nil)
	if err != nil || !p.Drastic || p.Deleted[sync.Entry] != 6 || p.LiveEntries != 20 {
		t.Fatalf("6 of 20 deleted: drastic %v, %v, %v", p.Drastic, p.Deleted, err)
	}
}

// BenchmarkPlanSync is the merge budget as the app runs it: read every
// stored record, merge with 10,000 incoming that differ in 500, decode and
// check the 500 bodies to write (≤ 1 s natively).
func BenchmarkPlanSync(b *testing.B) {
	ctx := context.Background()
	here, there := store.NewMemory(), store.NewMemory()
	entries := journaltest.Entries(10_000, 9, now)
	for _, st := range []store.Store{here, there} {
		if _, err := ImportEntries(ctx, st, entries, nil); err != nil {
			b.Fatal(err)
		}
	}
	extra := journaltest.Entries(500, 11, now.Add(time.Hour))
	for i := range extra {
		extra[i].ID = fmt.Sprintf("0193f1a2-7c1e-7000-9000-%012d", i)
	}
	if _, err := ImportEntries(ctx, there, extra, nil); err != nil {
		b.Fatal(err)
	}
	incoming, err := SyncRecords(ctx, there, nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		p, err := PlanSync(ctx, here, incoming, nil)
		if err != nil || len(p.Put) != 500 {
			b.Fatalf("%d to write, %v", len(p.Put), err)
		}
	}
}
