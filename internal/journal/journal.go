package journal

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/kindly/kindly/internal/store"
	"github.com/kindly/kindly/internal/sync"
)

// Journal reads and writes entries through a store. The clock is passed in
// so tests and pages decide what "now" is.
type Journal struct {
	Store store.Store
	Now   func() time.Time
	// Clock stamps every write for merging with the person's other
	// devices; nil stamps for no device.
	Clock *sync.Clock
	// Pause, if set, is called now and then in long loops, so that a
	// single-threaded caller (the browser) can paint and answer input.
	Pause func()
}

// Loaded is the whole journal as read from the store.
type Loaded struct {
	Entries    []Entry        // tombstones included
	Unreadable []store.Record // records kept aside, now and before
}

// Load reads every entry. A record that cannot be read is moved, in one
// transaction, to the quarantine collection: kept, never deleted, and
// offered in the export.
func (j Journal) Load(ctx context.Context) (Loaded, error) {
	recs, err := j.Store.List(ctx, store.Entries)
	if err != nil {
		return Loaded{}, err
	}
	var out Loaded
	var bad []store.Record
	for i, r := range recs {
		if j.Pause != nil && i%500 == 499 {
			j.Pause()
		}
		e, err := Decode(r)
		if err != nil {
			bad = append(bad, r)
			continue
		}
		out.Entries = append(out.Entries, e)
	}
	if len(bad) > 0 {
		ids := make([]string, len(bad))
		for i, r := range bad {
			ids[i] = r.ID
		}
		err := j.Store.Apply(ctx,
			store.Change{Collection: store.Quarantine, Put: bad},
			store.Change{Collection: store.Entries, Delete: ids},
		)
		if err != nil {
			return Loaded{}, fmt.Errorf("keeping unreadable entries aside: %w", err)
		}
	}
	if out.Unreadable, err = j.Store.List(ctx, store.Quarantine); err != nil {
		return Loaded{}, err
	}
	return out, nil
}

// Newest returns up to n of the most recent live entries, reading only
// those from the store: the first page of a large journal, shown before
// the whole of it is loaded.
func (j Journal) Newest(ctx context.Context, n int) ([]Entry, error) {
	recs, err := j.Store.Last(ctx, store.Entries, n+n/2) // room for a few tombstones
	if err != nil {
		return nil, err
	}
	out := make([]Entry, 0, n)
	for _, r := range recs {
		if e, err := Decode(r); err == nil && !e.Deleted() && len(out) < n {
			out = append(out, e)
		}
	}
	return out, nil
}

// Get returns one entry.
func (j Journal) Get(ctx context.Context, id string) (Entry, error) {
	r, err := j.Store.Get(ctx, store.Entries, id)
	if err != nil {
		return Entry{}, err
	}
	return Decode(r)
}

// Save writes e as the newest version of its entry and, in the same
// transaction, drops the draft it came from (draftID, if any). UpdatedAt
// becomes now; if another tab or an import stored a later time, the save
// still wins, a millisecond after it, because it is what the user just did.
func (j Journal) Save(ctx context.Context, e Entry, draftID string) (Entry, error) {
	now := j.Now()
	e.UpdatedAt = now
	old, err := j.Get(ctx, e.ID)
	switch {
	case err == nil:
		e.CreatedAt = old.CreatedAt
		if !old.UpdatedAt.Before(now) {
			e.UpdatedAt = old.UpdatedAt.Add(time.Millisecond)
		}
		e.Stamp, e.Fence = j.Clock.After(now, old.Version(), old.Fence, old.Deleted(), e.Deleted())
	case errors.Is(err, store.ErrNotFound) || errors.Is(err, ErrUnreadable):
		e.Stamp, e.Fence = j.Clock.Next(now, sync.Stamp{}), sync.Stamp{}
	default:
		return Entry{}, err
	}
	if e.CreatedAt.IsZero() || e.CreatedAt.After(e.UpdatedAt) {
		e.CreatedAt = e.UpdatedAt
	}
	rec, err := Encode(e)
	if err != nil {
		return Entry{}, err
	}
	changes := []store.Change{{Collection: store.Entries, Put: []store.Record{rec}}}
	if draftID != "" {
		changes = append(changes, store.Change{Collection: store.Drafts, Delete: []string{draftID}})
	}
	if err := j.Store.Apply(ctx, changes...); err != nil {
		return Entry{}, err
	}
	return e, nil
}

// Delete turns an entry into a tombstone, which Undo reverses; tombstones
// also carry deletions through backups and merges.
func (j Journal) Delete(ctx context.Context, id string) (Entry, error) {
	e, err := j.Get(ctx, id)
	if err != nil {
		return Entry{}, err
	}
	now := j.Now()
	e.DeletedAt = &now
	return j.Save(ctx, e, "")
}

// Undo brings a deleted entry back.
func (j Journal) Undo(ctx context.Context, id string) (Entry, error) {
	e, err := j.Get(ctx, id)
	if err != nil {
		return Entry{}, err
	}
	e.DeletedAt = nil
	return j.Save(ctx, e, "")
}
