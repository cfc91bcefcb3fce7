package mantra

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/kindly/kindly/internal/store"
	"github.com/kindly/kindly/internal/sync"
)

// MaxLen bounds one of the user's mantras: a phrase, not a page.
const MaxLen = 500

const schema = 1

// Errors of the user's mantras.
var (
	ErrEmpty    = errors.New("a mantra needs a few words")
	ErrTooLong  = errors.New("a mantra can be up to " + strconv.Itoa(MaxLen) + " characters") // not fmt: it runs while the app starts
	ErrInvalid  = errors.New("invalid mantra")
	ErrNotFound = errors.New("no such mantra")
)

// Saved is one record of the user's: either their own mantra (Text set),
// or a favourite mark on a built-in one (ID of the built-in, no Text).
type Saved struct {
	ID        string     `json:"id"`
	Text      string     `json:"text,omitempty"`
	Favourite bool       `json:"favourite,omitempty"`
	From      string     `json:"from,omitempty"` // the exercise it was kept from
	CreatedAt time.Time  `json:"createdAt"`
	UpdatedAt time.Time  `json:"updatedAt"`
	DeletedAt *time.Time `json:"deletedAt,omitempty"`
	// Stamp orders this version among every device's; Fence is the
	// newest delete of it known when it was made (see package sync).
	Stamp sync.Stamp `json:"hlc,omitzero"`
	Fence sync.Stamp `json:"fence,omitzero"`
}

// Version is s's clock stamp: its own, or one made from its update time.
func (s Saved) Version() sync.Stamp { return sync.VersionOf(s.Stamp, s.UpdatedAt) }

// Own reports whether s is the user's own mantra rather than a mark on a
// built-in.
func (s Saved) Own() bool { return builtin(s.ID) == nil }

func builtin(id string) *Mantra {
	for i := range Builtin {
		if Builtin[i].ID == id {
			return &Builtin[i]
		}
	}
	return nil
}

// Validate reports what is wrong with s, wrapping ErrInvalid.
func (s Saved) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
	}
	if s.CreatedAt.IsZero() || s.UpdatedAt.IsZero() {
		return bad("%s has no time", s.ID)
	}
	if !s.Own() {
		if s.Text != "" {
			return bad("a favourite mark on %s carries text", s.ID)
		}
		return nil
	}
	if _, err := uuid.Parse(s.ID); err != nil || len(s.ID) != 36 {
		return bad("id %q is neither a built-in mantra nor a UUID", s.ID)
	}
	if err := checkText(s.Text); err != nil && s.DeletedAt == nil {
		return bad("%s: %v", s.ID, err)
	}
	return nil
}

func checkText(text string) error {
	switch {
	case strings.TrimSpace(text) == "":
		return ErrEmpty
	case utf8.RuneCountInString(text) > MaxLen || !utf8.ValidString(text):
		return ErrTooLong
	}
	return nil
}

// Encode is s as a store record.
func Encode(s Saved) (store.Record, error) {
	if err := s.Validate(); err != nil {
		return store.Record{}, err
	}
	data, err := json.Marshal(s)
	return store.Record{ID: s.ID, Schema: schema, Updated: s.UpdatedAt, Sort: s.CreatedAt.UTC().Format(time.RFC3339Nano), Data: data}, err
}

// Decode reads a record written by Encode.
func Decode(r store.Record) (Saved, error) {
	var s Saved
	if r.Schema != schema {
		return Saved{}, fmt.Errorf("%w: schema %d", ErrInvalid, r.Schema)
	}
	if err := json.Unmarshal(r.Data, &s); err != nil {
		return Saved{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if s.ID != r.ID {
		return Saved{}, fmt.Errorf("%w: record %q holds %q", ErrInvalid, r.ID, s.ID)
	}
	return s, s.Validate()
}

// Book is the user's mantras and favourites, kept in a store.
type Book struct {
	Store store.Store
	Now   func() time.Time
	Clock *sync.Clock // stamps writes for other devices; nil for none
}

// All returns every saved record that can be read, tombstones included,
// oldest first (for export and merge), and the records that cannot be
// read, which are left where they are.
func (b Book) All(ctx context.Context) (saved []Saved, unreadable []store.Record, err error) {
	recs, err := b.Store.List(ctx, store.Mantras)
	if err != nil {
		return nil, nil, err
	}
	for _, r := range recs {
		if s, err := Decode(r); err == nil {
			saved = append(saved, s)
		} else {
			unreadable = append(unreadable, r)
		}
	}
	return saved, unreadable, nil
}

// List returns the live records, oldest first.
func (b Book) List(ctx context.Context) ([]Saved, error) {
	all, _, err := b.All(ctx)
	return slices.DeleteFunc(all, func(s Saved) bool { return s.DeletedAt != nil }), err
}

// Add keeps a new mantra of the user's; from names the exercise it came
// from, if any.
func (b Book) Add(ctx context.Context, text, from string) (Saved, error) {
	text = strings.TrimSpace(text)
	if err := checkText(text); err != nil {
		return Saved{}, err
	}
	now := b.Now()
	s := Saved{ID: uuid.Must(uuid.NewV7()).String(), Text: text, From: from, CreatedAt: now, UpdatedAt: now}
	s.Stamp = b.Clock.Next(now, sync.Stamp{})
	return s, b.put(ctx, s)
}

// Edit changes the words of one of the user's mantras.
func (b Book) Edit(ctx context.Context, id, text string) (Saved, error) {
	text = strings.TrimSpace(text)
	if err := checkText(text); err != nil {
		return Saved{}, err
	}
	s, err := b.get(ctx, id)
	if err != nil {
		return Saved{}, err
	}
	if !s.Own() {
		return Saved{}, fmt.Errorf("%w: built-in mantras keep their words", ErrInvalid)
	}
	s.Text = text
	return s, b.touch(ctx, s, s.DeletedAt != nil)
}

// Delete removes one of the user's mantras, leaving a tombstone so that
// importing an older backup does not bring it back.
func (b Book) Delete(ctx context.Context, id string) error {
	s, err := b.get(ctx, id)
	if err != nil {
		return err
	}
	now := b.Now()
	prev := s.DeletedAt != nil
	s.DeletedAt = &now
	return b.touch(ctx, s, prev)
}

// Favourite marks or unmarks a mantra, built-in or own.
func (b Book) Favourite(ctx context.Context, id string, on bool) (Saved, error) {
	s, err := b.get(ctx, id)
	if errors.Is(err, ErrNotFound) && builtin(id) != nil {
		now := b.Now()
		s, err = Saved{ID: id, CreatedAt: now}, nil
	}
	if err != nil {
		return Saved{}, err
	}
	s.Favourite = on
	return s, b.touch(ctx, s, s.DeletedAt != nil)
}

func (b Book) get(ctx context.Context, id string) (Saved, error) {
	r, err := b.Store.Get(ctx, store.Mantras, id)
	if errors.Is(err, store.ErrNotFound) {
		return Saved{}, fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	if err != nil {
		return Saved{}, err
	}
	return Decode(r)
}

// touch stores s as the newest version of what was stored (deleted or
// not, wasDeleted says), stamped after it.
func (b Book) touch(ctx context.Context, s Saved, wasDeleted bool) error {
	now, prev := b.Now(), s.Version()
	s.UpdatedAt = now
	if s.UpdatedAt.Before(s.CreatedAt) {
		s.UpdatedAt = s.CreatedAt
	}
	s.Stamp, s.Fence = b.Clock.After(now, prev, s.Fence, wasDeleted, s.DeletedAt != nil)
	return b.put(ctx, s)
}

func (b Book) put(ctx context.Context, s Saved) error {
	r, err := Encode(s)
	if err != nil {
		return err
	}
	return store.Put(ctx, b.Store, store.Mantras, r)
}

// Rotation is the order "one at a time" shows mantras in: favourites
// first, then the user's own, then the built-ins, each once.
func Rotation(saved []Saved) []Mantra {
	var fav, own, rest []Mantra
	marked := map[string]bool{}
	for _, s := range saved {
		if s.DeletedAt != nil {
			continue
		}
		m := Mantra{ID: s.ID, Text: s.Text}
		if b := builtin(s.ID); b != nil {
			m = *b
		}
		switch {
		case s.Favourite:
			fav = append(fav, m)
			marked[s.ID] = true
		case s.Own():
			own = append(own, m)
		}
	}
	for _, m := range Builtin {
		if !marked[m.ID] {
			rest = append(rest, m)
		}
	}
	return slices.Concat(fav, own, rest)
}
