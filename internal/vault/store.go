package vault

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/kindly/kindly/internal/store"
)

// Sealed collections hold what the user wrote; settings stay readable
// because they hold the header needed to unlock and harmless bookkeeping.
var sealed = []string{store.Entries, store.Mantras, store.Drafts, store.Quarantine, store.People}

// headerID is the settings record holding the header.
const headerID = "vault"

// Store is a store whose sealed collections are encrypted with a vault:
// records are sealed on the way in and opened on the way out, so the
// services above it never see ciphertext and the store never sees text.
type Store struct {
	store.Store
	V *Vault
}

func (s Store) open(collection string, r store.Record) (store.Record, error) {
	if !slices.Contains(sealed, collection) || !Sealed(r.Data) {
		return r, nil
	}
	plain, err := s.V.Unseal(r.ID, r.Data)
	if err != nil {
		return store.Record{}, fmt.Errorf("%s %s: %w", collection, r.ID, err)
	}
	r.Data = plain
	return r, nil
}

func (s Store) openAll(collection string, recs []store.Record, err error) ([]store.Record, error) {
	if err != nil {
		return nil, err
	}
	out := make([]store.Record, 0, len(recs))
	for _, r := range recs {
		o, err := s.open(collection, r)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// Get returns one record, opened.
func (s Store) Get(ctx context.Context, collection, id string) (store.Record, error) {
	r, err := s.Store.Get(ctx, collection, id)
	if err != nil {
		return r, err
	}
	return s.open(collection, r)
}

// List returns a collection, opened.
func (s Store) List(ctx context.Context, collection string) ([]store.Record, error) {
	recs, err := s.Store.List(ctx, collection)
	return s.openAll(collection, recs, err)
}

// Last returns the last n records of a collection, opened.
func (s Store) Last(ctx context.Context, collection string, n int) ([]store.Record, error) {
	recs, err := s.Store.Last(ctx, collection, n)
	return s.openAll(collection, recs, err)
}

// Apply seals what is put in sealed collections and applies the changes.
func (s Store) Apply(ctx context.Context, changes ...store.Change) error {
	out := make([]store.Change, len(changes))
	for i, c := range changes {
		out[i] = store.Change{Collection: c.Collection, Delete: c.Delete}
		if !slices.Contains(sealed, c.Collection) {
			out[i].Put = c.Put
			continue
		}
		for _, r := range c.Put {
			data, err := s.V.Seal(r.ID, r.Data)
			if err != nil {
				return err
			}
			r.Data = data
			out[i].Put = append(out[i].Put, r)
		}
	}
	return s.Store.Apply(ctx, out...)
}

// LoadHeader returns the stored header; ok is false when no lock is set.
func LoadHeader(ctx context.Context, s store.Store) (h Header, ok bool, err error) {
	r, err := s.Get(ctx, store.Settings, headerID)
	if errors.Is(err, store.ErrNotFound) {
		return Header{}, false, nil
	}
	if err != nil {
		return Header{}, false, err
	}
	h, err = ParseHeader(r.Data)
	return h, err == nil, err
}

// SaveHeader stores a new header (after a passphrase change).
func SaveHeader(ctx context.Context, s store.Store, h Header, now time.Time) error {
	data, err := h.JSON()
	if err != nil {
		return err
	}
	return store.Put(ctx, s, store.Settings, store.Record{ID: headerID, Schema: 1, Updated: now, Data: data})
}

// Lock seals every plain record of the sealed collections and stores the
// header, in one transaction: a journal is locked whole or not at all.
func Lock(ctx context.Context, raw store.Store, v *Vault, h Header, now time.Time) error {
	data, err := h.JSON()
	if err != nil {
		return err
	}
	changes := []store.Change{{Collection: store.Settings, Put: []store.Record{{ID: headerID, Schema: 1, Updated: now, Data: data}}}}
	for _, c := range sealed {
		recs, err := raw.List(ctx, c)
		if err != nil {
			return err
		}
		ch := store.Change{Collection: c}
		for _, r := range recs {
			if Sealed(r.Data) {
				continue
			}
			if r.Data, err = v.Seal(r.ID, r.Data); err != nil {
				return err
			}
			ch.Put = append(ch.Put, r)
		}
		changes = append(changes, ch)
	}
	return raw.Apply(ctx, changes...)
}

// Unlock opens every sealed record for good and removes the header, in one
// transaction: turning the lock off.
func Unlock(ctx context.Context, raw store.Store, v *Vault) error {
	changes := []store.Change{{Collection: store.Settings, Delete: []string{headerID}}}
	for _, c := range sealed {
		recs, err := raw.List(ctx, c)
		if err != nil {
			return err
		}
		ch := store.Change{Collection: c}
		for _, r := range recs {
			if !Sealed(r.Data) {
				continue
			}
			if r.Data, err = v.Unseal(r.ID, r.Data); err != nil {
				return fmt.Errorf("%s %s: %w", c, r.ID, err)
			}
			ch.Put = append(ch.Put, r)
		}
		changes = append(changes, ch)
	}
	return raw.Apply(ctx, changes...)
}
