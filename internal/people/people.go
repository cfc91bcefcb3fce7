// Package people keeps the user's own list of people to reach out to: a
// name and how to reach them, stored on the device like everything else.
package people

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/kindly/kindly/internal/store"
	"github.com/kindly/kindly/internal/sync"
)

const schema = 1

// Errors of the list.
var (
	ErrEmpty   = errors.New("a person needs a name")
	ErrInvalid = errors.New("invalid person")
)

// Person is someone the user trusts.
type Person struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Reach     string     `json:"reach,omitempty"` // a phone number, or any words on how to reach them
	CreatedAt time.Time  `json:"createdAt"`
	UpdatedAt time.Time  `json:"updatedAt"`
	DeletedAt *time.Time `json:"deletedAt,omitempty"`
	// Stamp orders this version among every device's; Fence is the
	// newest delete of it known when it was made (see package sync).
	Stamp sync.Stamp `json:"hlc,omitzero"`
	Fence sync.Stamp `json:"fence,omitzero"`
}

// Version is p's clock stamp: its own, or one made from its update time.
func (p Person) Version() sync.Stamp { return sync.VersionOf(p.Stamp, p.UpdatedAt) }

// Validate reports what is wrong with p, wrapping ErrInvalid.
func (p Person) Validate() error {
	switch {
	case uuid.Validate(p.ID) != nil || len(p.ID) != 36:
		return fmt.Errorf("%w: id %q", ErrInvalid, p.ID)
	case p.CreatedAt.IsZero() || p.UpdatedAt.IsZero():
		return fmt.Errorf("%w: %s has no time", ErrInvalid, p.ID)
	case p.DeletedAt == nil && strings.TrimSpace(p.Name) == "":
		return fmt.Errorf("%w: %s has no name", ErrInvalid, p.ID)
	case len(p.Name) > 200 || len(p.Reach) > 500 || !utf8.ValidString(p.Name+p.Reach):
		return fmt.Errorf("%w: %s is too long or unreadable", ErrInvalid, p.ID)
	}
	return nil
}

// Phone returns Reach as a number to dial, if it is one: digits, with an
// optional leading +, spaces, dashes, dots and brackets dropped.
func (p Person) Phone() (string, bool) {
	var b strings.Builder
	for i, r := range strings.TrimSpace(p.Reach) {
		switch {
		case r >= '0' && r <= '9', r == '+' && i == 0:
			b.WriteRune(r)
		case strings.ContainsRune(" -.()", r):
		default:
			return "", false
		}
	}
	n := b.String()
	digits := strings.TrimPrefix(n, "+")
	return n, len(digits) >= 3 && len(digits) <= 15
}

// Decode reads a stored person.
func Decode(r store.Record) (Person, error) {
	var p Person
	if r.Schema != schema {
		return Person{}, fmt.Errorf("%w: schema %d", ErrInvalid, r.Schema)
	}
	if err := json.Unmarshal(r.Data, &p); err != nil {
		return Person{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if p.ID != r.ID {
		return Person{}, fmt.Errorf("%w: record %q holds %q", ErrInvalid, r.ID, p.ID)
	}
	return p, p.Validate()
}

// Encode is p as a store record.
func Encode(p Person) (store.Record, error) {
	if err := p.Validate(); err != nil {
		return store.Record{}, err
	}
	data, err := json.Marshal(p)
	return store.Record{ID: p.ID, Schema: schema, Updated: p.UpdatedAt, Sort: p.CreatedAt.UTC().Format(time.RFC3339Nano), Data: data}, err
}

// Book is the list, kept in a store.
type Book struct {
	Store store.Store
	Now   func() time.Time
	Clock *sync.Clock // stamps writes for other devices; nil for none
}

// All returns every readable record, tombstones included, oldest first.
func (b Book) All(ctx context.Context) ([]Person, error) {
	recs, err := b.Store.List(ctx, store.People)
	if err != nil {
		return nil, err
	}
	var out []Person
	for _, r := range recs {
		if p, err := Decode(r); err == nil {
			out = append(out, p)
		}
	}
	return out, nil
}

// List returns the people on the list, oldest first.
func (b Book) List(ctx context.Context) ([]Person, error) {
	all, err := b.All(ctx)
	return slices.DeleteFunc(all, func(p Person) bool { return p.DeletedAt != nil }), err
}

// Add puts someone on the list.
func (b Book) Add(ctx context.Context, name, reach string) (Person, error) {
	name, reach = strings.TrimSpace(name), strings.TrimSpace(reach)
	if name == "" {
		return Person{}, ErrEmpty
	}
	now := b.Now()
	p := Person{ID: uuid.Must(uuid.NewV7()).String(), Name: name, Reach: reach, CreatedAt: now, UpdatedAt: now}
	p.Stamp = b.Clock.Next(now, sync.Stamp{})
	r, err := Encode(p)
	if err != nil {
		return Person{}, err
	}
	return p, store.Put(ctx, b.Store, store.People, r)
}

// Remove takes someone off the list, leaving a tombstone so an older
// backup does not bring them back.
func (b Book) Remove(ctx context.Context, id string) error {
	r, err := b.Store.Get(ctx, store.People, id)
	if err != nil {
		return err
	}
	p, err := Decode(r)
	if err != nil {
		return err
	}
	now := b.Now()
	p.Stamp, p.Fence = b.Clock.After(now, p.Version(), p.Fence, p.DeletedAt != nil, true)
	p.DeletedAt, p.UpdatedAt = &now, now
	if r, err = Encode(p); err != nil {
		return err
	}
	return store.Put(ctx, b.Store, store.People, r)
}
