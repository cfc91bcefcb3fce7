package backup

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/mantra"
	"github.com/kindly/kindly/internal/people"
	"github.com/kindly/kindly/internal/store"
	"github.com/kindly/kindly/internal/sync"
)

// This file turns what is stored into sync records and back: the bridge
// between the journal, mantras and people and the merge core.

// SyncRecords returns every record that travels to the person's other
// devices, tombstones included (without their words).
// pause, when set, is called every few dozen records.
func SyncRecords(ctx context.Context, st store.Store, pause func()) ([]sync.Record, error) {
	return records(ctx, st, pause)
}

// records reads every record that travels, straight from the store: the
// stored JSON is the body as it is, and only the few fields that order a
// record are decoded, which keeps a 10,000-entry journal quick on a phone.
// A record that cannot be read stays on this device, untouched.
func records(ctx context.Context, st store.Store, pause func()) ([]sync.Record, error) {
	var out []sync.Record
	for _, kind := range sync.Kinds {
		recs, err := st.List(ctx, collection(kind))
		if err != nil {
			return nil, err
		}
		for i, r := range recs {
			if pause != nil && i%50 == 49 {
				pause()
			}
			var m struct {
				ID        string          `json:"id"`
				UpdatedAt time.Time       `json:"updatedAt"`
				DeletedAt json.RawMessage `json:"deletedAt"`
				Stamp     sync.Stamp      `json:"hlc"`
				Fence     sync.Stamp      `json:"fence"`
			}
			if r.Schema != 1 || json.Unmarshal(r.Data, &m) != nil || m.ID != r.ID || m.UpdatedAt.IsZero() && m.Stamp.IsZero() {
				continue
			}
			rec := sync.Record{Kind: kind, ID: r.ID, Stamp: m.Stamp, Fence: m.Fence, Body: r.Data}
			if rec.Stamp.IsZero() {
				rec.Stamp = sync.Legacy(m.UpdatedAt)
			}
			if len(m.DeletedAt) > 0 && string(m.DeletedAt) != "null" {
				rec.Deleted, rec.Fence, rec.Body = true, sync.Stamp{}, nil
			}
			out = append(out, rec)
		}
	}
	return out, nil
}

// SyncPlan is what merging another device's records would do here.
type SyncPlan struct {
	sync.Plan
	LiveEntries int  // entries here now, for the question before a drastic merge
	Drastic     bool // the merge would delete a large part of the journal: ask first
	puts        []store.Change
}

// seenID is the settings record listing the conflicts already shown, so
// that opening the same file twice tells of each lost edit once.
const seenID = "sync-seen"

// maxSeen bounds that list; the oldest are forgotten first.
const maxSeen = 1000

// PlanSync merges incoming records (already authenticated and checked)
// with what is stored, without writing anything; pause as for
// SyncRecords. Every incoming body is decoded and checked here: one that
// is not a valid record of its kind rejects the whole plan.
func PlanSync(ctx context.Context, st store.Store, incoming []sync.Record, pause func()) (SyncPlan, error) {
	local, err := records(ctx, st, pause)
	if err != nil {
		return SyncPlan{}, err
	}
	p, err := sync.Merge(local, incoming)
	if err != nil {
		return SyncPlan{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	out := SyncPlan{Plan: p}
	for _, r := range local {
		if r.Kind == sync.Entry && !r.Deleted {
			out.LiveEntries++
		}
	}
	out.Drastic = p.Drastic(out.LiveEntries)
	byKind := map[string]*store.Change{}
	for i, r := range p.Put {
		if pause != nil && i%25 == 24 {
			pause()
		}
		rec, err := storeRecord(r)
		if err != nil {
			return SyncPlan{}, err
		}
		c := byKind[r.Kind]
		if c == nil {
			c = &store.Change{Collection: collection(r.Kind)}
			byKind[r.Kind] = c
		}
		c.Put = append(c.Put, rec)
	}
	for _, k := range sync.Kinds {
		if c := byKind[k]; c != nil {
			out.puts = append(out.puts, *c)
		}
	}
	seen := loadSeen(ctx, st)
	out.Conflicts = slices.DeleteFunc(out.Conflicts, func(c sync.Conflict) bool { return slices.Contains(seen, seenKey(c)) })
	return out, nil
}

func collection(kind string) string {
	switch kind {
	case sync.Mantra:
		return store.Mantras
	case sync.Person:
		return store.People
	}
	return store.Entries
}

func seenKey(c sync.Conflict) string {
	return c.Lost.Kind + "/" + c.Lost.ID + "@" + c.Lost.Stamp.String()
}

func loadSeen(ctx context.Context, st store.Store) []string {
	var seen []string
	if r, err := st.Get(ctx, store.Settings, seenID); err == nil {
		_ = json.Unmarshal(r.Data, &seen) // a damaged list only means a notice shown again
	}
	return seen
}

// ApplySync writes a plan in one transaction, and notes its conflicts as
// shown.
func ApplySync(ctx context.Context, st store.Store, p SyncPlan, now time.Time) error {
	changes := p.puts
	if len(p.Conflicts) > 0 {
		seen := loadSeen(ctx, st)
		for _, c := range p.Conflicts {
			seen = append(seen, seenKey(c))
		}
		seen = seen[max(0, len(seen)-maxSeen):]
		data, err := json.Marshal(seen)
		if err != nil {
			return err
		}
		changes = append(changes, store.Change{Collection: store.Settings, Put: []store.Record{{ID: seenID, Schema: 1, Updated: now, Data: data}}})
	}
	if len(changes) == 0 {
		return nil
	}
	return st.Apply(ctx, changes...)
}

// storeRecord turns a winning sync record into what is stored. A
// tombstone from elsewhere is stored bare: its words are gone here too.
func storeRecord(r sync.Record) (store.Record, error) {
	at := r.Stamp.Time()
	switch r.Kind {
	case sync.Entry:
		return storeAs(r, journal.Entry{ID: r.ID, Kind: journal.KindNote, CreatedAt: at, UpdatedAt: at, OccurredAt: at, DeletedAt: &at},
			func(e *journal.Entry) { e.Stamp, e.Fence = r.Stamp, r.Fence }, journal.Encode)
	case sync.Mantra:
		return storeAs(r, mantra.Saved{ID: r.ID, CreatedAt: at, UpdatedAt: at, DeletedAt: &at},
			func(s *mantra.Saved) { s.Stamp, s.Fence = r.Stamp, r.Fence }, mantra.Encode)
	default:
		return storeAs(r, people.Person{ID: r.ID, CreatedAt: at, UpdatedAt: at, DeletedAt: &at},
			func(p *people.Person) { p.Stamp, p.Fence = r.Stamp, r.Fence }, people.Encode)
	}
}

// storeAs is storeRecord for one kind: tomb is the bare tombstone, used
// as it is for a delete; a live record is its body, checked by encode.
func storeAs[T any](r sync.Record, tomb T, stamp func(*T), encode func(T) (store.Record, error)) (store.Record, error) {
	v := tomb
	if !r.Deleted {
		if err := decodeBody(r, &v); err != nil {
			return store.Record{}, fmt.Errorf("%w: %s %s: %v", ErrInvalid, r.Kind, r.ID, err)
		}
	}
	stamp(&v)
	rec, err := encode(v)
	if err != nil {
		return store.Record{}, fmt.Errorf("%w: %s %s: %v", ErrInvalid, r.Kind, r.ID, err)
	}
	return rec, nil
}

// errOtherID is a body that names another record than its envelope.
var errOtherID = errors.New("the record inside has another id")

// decodeBody reads a live record's body into v (a pointer to a struct
// with an ID field that must match), starting from a zero value.
func decodeBody[T any](r sync.Record, v *T) error {
	var zero T
	*v = zero
	if err := json.Unmarshal(r.Body, v); err != nil {
		return err
	}
	var id struct {
		ID        string          `json:"id"`
		DeletedAt json.RawMessage `json:"deletedAt"`
	}
	if err := json.Unmarshal(r.Body, &id); err != nil {
		return err
	}
	if id.ID != r.ID {
		return errOtherID
	}
	if len(id.DeletedAt) > 0 && string(id.DeletedAt) != "null" {
		return errors.New("a live record says it was deleted")
	}
	return nil
}

// KeepConflict saves the words of an edit that lost to a delete as a new
// record of its kind, with a new id: the person chose to keep them.
func KeepConflict(ctx context.Context, st store.Store, c *sync.Clock, now time.Time, lost sync.Record) error {
	switch lost.Kind {
	case sync.Entry:
		var e journal.Entry
		if err := decodeBody(lost, &e); err != nil {
			return fmt.Errorf("%w: %v", ErrInvalid, err)
		}
		fresh := journal.New(e.Kind, now)
		e.ID, e.CreatedAt, e.Stamp, e.Fence = fresh.ID, now, sync.Stamp{}, sync.Stamp{}
		_, err := journal.Journal{Store: st, Now: func() time.Time { return now }, Clock: c}.Save(ctx, e, "")
		return err
	case sync.Mantra:
		var s mantra.Saved
		if err := decodeBody(lost, &s); err != nil {
			return fmt.Errorf("%w: %v", ErrInvalid, err)
		}
		_, err := mantra.Book{Store: st, Now: func() time.Time { return now }, Clock: c}.Add(ctx, s.Text, s.From)
		return err
	default:
		var p people.Person
		if err := decodeBody(lost, &p); err != nil {
			return fmt.Errorf("%w: %v", ErrInvalid, err)
		}
		_, err := people.Book{Store: st, Now: func() time.Time { return now }, Clock: c}.Add(ctx, p.Name, p.Reach)
		return err
	}
}
