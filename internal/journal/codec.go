package journal

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/kindly/kindly/internal/store"
)

// Schema is the version of the stored entry format written today.
const Schema = 1

// ErrUnreadable is wrapped when a stored record cannot become an entry: it
// is then kept aside (store.Quarantine), never deleted.
var ErrUnreadable = errors.New("unreadable entry record")

// migrations turn data of schema N into schema N+1, by N. Schema 1 is the
// first; a future schema 2 adds migrations[1].
var migrations = map[int]func([]byte) ([]byte, error){}

// Encode turns e into a store record of the current schema.
func Encode(e Entry) (store.Record, error) {
	if err := e.Validate(); err != nil {
		return store.Record{}, err
	}
	data, err := json.Marshal(e)
	if err != nil {
		return store.Record{}, err
	}
	return store.Record{ID: e.ID, Schema: Schema, Updated: e.UpdatedAt, Sort: SortKey(e), Data: data}, nil
}

// SortKey orders entries newest first in the store without decoding them:
// when it happened (UTC, fixed width so text order is time order), then
// the ID. It reveals only a time, never what was written.
func SortKey(e Entry) string {
	return e.OccurredAt.UTC().Format("2006-01-02T15:04:05.000000000Z") + "|" + e.ID
}

// Decode turns a stored record of any known schema into an entry,
// migrating it forward.
func Decode(r store.Record) (Entry, error) {
	data := r.Data
	if r.Schema < 1 || r.Schema > Schema {
		return Entry{}, fmt.Errorf("%w: %s has schema %d; this version of Kindly reads 1 to %d", ErrUnreadable, r.ID, r.Schema, Schema)
	}
	for v := r.Schema; v < Schema; v++ {
		step, ok := migrations[v]
		if !ok {
			return Entry{}, fmt.Errorf("%w: no migration from schema %d", ErrUnreadable, v)
		}
		var err error
		if data, err = step(data); err != nil {
			return Entry{}, fmt.Errorf("%w: %s: migrating from schema %d: %v", ErrUnreadable, r.ID, v, err)
		}
	}
	var e Entry
	if err := json.Unmarshal(data, &e); err != nil {
		return Entry{}, fmt.Errorf("%w: %s: %v", ErrUnreadable, r.ID, err)
	}
	if e.ID != r.ID {
		return Entry{}, fmt.Errorf("%w: record %s holds entry %q", ErrUnreadable, r.ID, e.ID)
	}
	if err := e.Validate(); err != nil {
		return Entry{}, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	return e, nil
}
