// Package draft keeps what is being typed, saved as it is typed, so that a
// closed tab or a crash mid-sentence loses nothing.
package draft

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/kindly/kindly/internal/store"
)

const schema = 1

// Draft is unsaved text for one thing being written: an entry ("entry:ID")
// or an exercise step. Fields hold each input by name.
type Draft struct {
	ID      string            `json:"id"`
	Fields  map[string]string `json:"fields"`
	Updated time.Time         `json:"updated"`
}

// Save stores d, replacing any older draft with the same ID.
func Save(ctx context.Context, s store.Store, d Draft) error {
	data, err := json.Marshal(d)
	if err != nil {
		return err
	}
	return store.Put(ctx, s, store.Drafts, store.Record{ID: d.ID, Schema: schema, Updated: d.Updated, Data: data})
}

// Load returns the draft with id; ok is false when there is none.
func Load(ctx context.Context, s store.Store, id string) (d Draft, ok bool, err error) {
	r, err := s.Get(ctx, store.Drafts, id)
	if errors.Is(err, store.ErrNotFound) {
		return Draft{}, false, nil
	}
	if err != nil {
		return Draft{}, false, err
	}
	if err := json.Unmarshal(r.Data, &d); err != nil || r.Schema != schema {
		return Draft{}, false, fmt.Errorf("draft %s cannot be read (schema %d): %v", id, r.Schema, err)
	}
	return d, true, nil
}

// Discard removes the draft with id, if any.
func Discard(ctx context.Context, s store.Store, id string) error {
	return store.Delete(ctx, s, store.Drafts, id)
}

// All returns every draft that can be read, oldest ID first.
func All(ctx context.Context, s store.Store) ([]Draft, error) {
	recs, err := s.List(ctx, store.Drafts)
	if err != nil {
		return nil, err
	}
	out := make([]Draft, 0, len(recs))
	for _, r := range recs {
		var d Draft
		if r.Schema == schema && json.Unmarshal(r.Data, &d) == nil {
			out = append(out, d)
		}
	}
	return out, nil
}
