// Package store defines where Kindly keeps records: a small interface with
// a fixed set of collections, implemented in memory here and by IndexedDB in
// the browser. Records are opaque bytes so that encryption can wrap them
// without the store knowing.
package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
)

// The collections every implementation provides. IndexedDB needs its object
// stores declared up front, so the set is fixed rather than open-ended.
const (
	Entries    = "entries"    // journal entries
	Mantras    = "mantras"    // the user's own mantras
	Drafts     = "drafts"     // text being typed, saved as it is typed
	Settings   = "settings"   // preferences and bookkeeping (last backup…)
	Quarantine = "quarantine" // records that could not be read, kept aside
	People     = "people"     // the user's people to reach out to
)

// Collections lists every collection in a stable order.
var Collections = []string{Entries, Mantras, Drafts, Settings, Quarantine, People}

// Sentinel errors, wrapped with detail by implementations.
var (
	ErrNotFound          = errors.New("store: record not found")
	ErrUnknownCollection = errors.New("store: unknown collection")
	ErrInvalidRecord     = errors.New("store: invalid record")
	ErrUnavailable       = errors.New("store: storage unavailable")
	ErrQuota             = errors.New("store: storage is full")
	ErrClosed            = errors.New("store: closed")
	ErrBlocked           = errors.New("store: another tab holds an older version open")
)

// Record is one stored item. Data is opaque to the store.
type Record struct {
	ID      string    // unique within its collection
	Schema  int       // schema version of Data, for migrations
	Updated time.Time // last write time, used to resolve concurrent edits
	// Sort orders records for Last. Stores may index it in the clear, so
	// it holds nothing secret (a timestamp and the ID, say).
	Sort string
	Data []byte
}

// Validate reports whether r can be stored.
func (r Record) Validate() error {
	switch {
	case r.ID == "":
		return fmt.Errorf("%w: empty id", ErrInvalidRecord)
	case r.Schema < 1:
		return fmt.Errorf("%w: %q has schema %d, want 1 or more", ErrInvalidRecord, r.ID, r.Schema)
	}
	return nil
}

// Change is what one write does to one collection.
type Change struct {
	Collection string
	Put        []Record // inserted or replaced
	Delete     []string // IDs removed; missing ones are ignored
}

// Store keeps records in collections.
type Store interface {
	// Get returns one record, or an error wrapping ErrNotFound.
	Get(ctx context.Context, collection, id string) (Record, error)
	// List returns every record of a collection, ordered by ID.
	List(ctx context.Context, collection string) ([]Record, error)
	// Last returns up to n records with the greatest Sort, greatest first
	// (ties by greatest ID), without reading the rest: a first page.
	Last(ctx context.Context, collection string, n int) ([]Record, error)
	// Apply makes every change in one transaction: when it fails, nothing
	// has changed, whatever the number of records and collections.
	Apply(ctx context.Context, changes ...Change) error
	// Clear removes every record of every collection.
	Clear(ctx context.Context) error
	// Close releases the store; later calls fail with ErrClosed.
	Close() error
}

// Put inserts or replaces records of one collection in one transaction.
func Put(ctx context.Context, s Store, collection string, records ...Record) error {
	return s.Apply(ctx, Change{Collection: collection, Put: records})
}

// Delete removes records of one collection in one transaction.
func Delete(ctx context.Context, s Store, collection string, ids ...string) error {
	return s.Apply(ctx, Change{Collection: collection, Delete: ids})
}

// Check validates changes before any is made: known collections and valid
// records. Implementations call it first, so a bad change writes nothing.
func Check(changes []Change) error {
	for _, c := range changes {
		if err := CheckCollection(c.Collection); err != nil {
			return err
		}
		for _, r := range c.Put {
			if err := r.Validate(); err != nil {
				return err
			}
		}
	}
	return nil
}

// CheckCollection returns an error wrapping ErrUnknownCollection unless name
// is one of Collections.
func CheckCollection(name string) error {
	if !slices.Contains(Collections, name) {
		return fmt.Errorf("%w: %q", ErrUnknownCollection, name)
	}
	return nil
}
