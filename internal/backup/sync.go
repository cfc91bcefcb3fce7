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
func SyncRecords(ctx context.Context, st store.Store) ([]sync.Record, error) {
	recs, _, err := records(ctx, st, true)
	return recs, err
}

// records reads every record that travels. Without bodies, live records
// carry a placeholder and the values they came from, by key, so that a
// merge (which writes only incoming versions) encodes only what it needs.
func records(ctx context.Context, st store.Store, bodies bool) ([]sync.Record, map[string]any, error) {
	l, err := journal.Journal{Store: st}.Load(ctx)
	if err != nil {
		return nil, nil, err
	}
	saved, _, err := mantra.Book{Store: st}.All(ctx)
	if err != nil {
		return nil, nil, err
	}
	ps, err := people.Book{Store: st}.All(ctx)
	if err != nil {
		return nil, nil, err
	}
	out := make([]sync.Record, 0, len(l.Entries)+len(saved)+len(ps))
	values := map[string]any{}
	add := func(kind, id string, stamp, fence sync.Stamp, deleted bool, v any) error {
		r := sync.Record{Kind: kind, ID: id, Stamp: stamp, Deleted: deleted}
		if !deleted {
			r.Fence = fence
			if bodies {
				body, err := json.Marshal(v)
				if err != nil {
					return err
				}
				r.Body = body
			} else {
				r.Body, values[kind+"/"+id] = placeholder, v
			}
		}
		out = append(out, r)
		return nil
	}
	for _, e := range l.Entries {
		if err := add(sync.Entry, e.ID, e.Version(), e.Fence, e.Deleted(), e); err != nil {
			return nil, nil, err
		}
	}
	for _, s := range saved {
		if err := add(sync.Mantra, s.ID, s.Version(), s.Fence, s.DeletedAt != nil, s); err != nil {
			return nil, nil, err
		}
	}
	for _, p := range ps {
		if err := add(sync.Person, p.ID, p.Version(), p.Fence, p.DeletedAt != nil, p); err != nil {
			return nil, nil, err
		}
	}
	return out, values, nil
}

// placeholder stands for a local body not encoded; it is never written.
var placeholder = json.RawMessage(`{}`)

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
// with what is stored, without writing anything. Every incoming body is
// decoded and checked here: one that is not a valid record of its kind
// rejects the whole plan.
func PlanSync(ctx context.Context, st store.Store, incoming []sync.Record) (SyncPlan, error) {
	local, values, err := records(ctx, st, false)
	if err != nil {
		return SyncPlan{}, err
	}
	p, err := sync.Merge(local, incoming)
	if err != nil {
		return SyncPlan{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	// A lost edit of this device's is shown with its words.
	for i, c := range p.Conflicts {
		if c.Here {
			if p.Conflicts[i].Lost.Body, err = json.Marshal(values[c.Lost.Kind+"/"+c.Lost.ID]); err != nil {
				return SyncPlan{}, err
			}
		}
	}
	out := SyncPlan{Plan: p}
	for _, r := range local {
		if r.Kind == sync.Entry && !r.Deleted {
			out.LiveEntries++
		}
	}
	out.Drastic = p.Drastic(out.LiveEntries)
	byKind := map[string]*store.Change{}
	for _, r := range p.Put {
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
	bad := func(err error) (store.Record, error) {
		return store.Record{}, fmt.Errorf("%w: %s %s: %v", ErrInvalid, r.Kind, r.ID, err)
	}
	switch r.Kind {
	case sync.Entry:
		e := journal.Entry{ID: r.ID, Kind: journal.KindNote, CreatedAt: at, UpdatedAt: at, OccurredAt: at, DeletedAt: &at}
		if !r.Deleted {
			if err := decodeBody(r, &e); err != nil {
				return bad(err)
			}
		}
		e.Stamp, e.Fence = r.Stamp, r.Fence
		rec, err := journal.Encode(e)
		if err != nil {
			return bad(err)
		}
		return rec, nil
	case sync.Mantra:
		s := mantra.Saved{ID: r.ID, CreatedAt: at, UpdatedAt: at, DeletedAt: &at}
		if !r.Deleted {
			if err := decodeBody(r, &s); err != nil {
				return bad(err)
			}
		}
		s.Stamp, s.Fence = r.Stamp, r.Fence
		rec, err := mantra.Encode(s)
		if err != nil {
			return bad(err)
		}
		return rec, nil
	default:
		p := people.Person{ID: r.ID, CreatedAt: at, UpdatedAt: at, DeletedAt: &at}
		if !r.Deleted {
			if err := decodeBody(r, &p); err != nil {
				return bad(err)
			}
		}
		p.Stamp, p.Fence = r.Stamp, r.Fence
		rec, err := people.Encode(p)
		if err != nil {
			return bad(err)
		}
		return rec, nil
	}
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
