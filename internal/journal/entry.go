// Package journal is Kindly's journal: the entry of DESIGN §3, its
// validation and storage encoding, search and filters, and the service that
// pages use to read and write entries through a store.
package journal

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/kindly/kindly/internal/sync"
)

// Kinds of entry.
const (
	KindNote     = "note"
	KindCheckin  = "checkin"
	KindExercise = "exercise"
	KindWin      = "win"
)

// Kinds lists the kinds Kindly knows, in display order.
var Kinds = []string{KindNote, KindCheckin, KindExercise, KindWin}

// Limits that keep one entry from filling a phone; generous for real writing.
const (
	MaxTextBytes = 1 << 20 // per answer: a 100 KB entry is fine, a 1 MB one is the cap
	MaxWords     = 64      // emotions, tags
	MaxAnswers   = 64
)

// ErrInvalid is wrapped by every validation error.
var ErrInvalid = errors.New("invalid entry")

// Mood is how a moment felt, on two axes, each from -2 to +2.
type Mood struct {
	Pleasantness int `json:"pleasantness"`
	Energy       int `json:"energy"`
}

// Answer is one prompt and what the user wrote under it. A free note has
// one answer with an empty prompt.
type Answer struct {
	Prompt string `json:"prompt"`
	Text   string `json:"text"`
}

// Entry is one journal entry (DESIGN §3, schema version 1).
type Entry struct {
	ID         string     `json:"id"`
	Kind       string     `json:"kind"`
	Exercise   string     `json:"exercise,omitempty"`
	CreatedAt  time.Time  `json:"createdAt"`
	UpdatedAt  time.Time  `json:"updatedAt"`
	OccurredAt time.Time  `json:"occurredAt"`
	Mood       *Mood      `json:"mood,omitempty"`
	Emotions   []string   `json:"emotions,omitempty"`
	Answers    []Answer   `json:"answers,omitempty"`
	Tags       []string   `json:"tags,omitempty"`
	RevisitAt  *time.Time `json:"revisitAt,omitempty"`
	DeletedAt  *time.Time `json:"deletedAt,omitempty"`
	// Source is the app an imported entry came from ("daylio"…); empty
	// for what was written in Kindly.
	Source string `json:"source,omitempty"`
	// Stamp orders this version among every device's (hybrid logical
	// clock); Fence is the newest delete of it this device knew of when it
	// was made. Both are empty on what was written before sync.
	Stamp sync.Stamp `json:"hlc,omitzero"`
	Fence sync.Stamp `json:"fence,omitzero"`
}

// Version is e's clock stamp: its own, or for an entry written before
// sync, one made from its update time.
func (e Entry) Version() sync.Stamp { return sync.VersionOf(e.Stamp, e.UpdatedAt) }

// New returns an empty entry of kind, created now, with a time-ordered ID.
func New(kind string, now time.Time) Entry {
	return Entry{ID: uuid.Must(uuid.NewV7()).String(), Kind: kind, CreatedAt: now, UpdatedAt: now, OccurredAt: now}
}

// Text is the entry's writing, answers joined by blank lines.
func (e Entry) Text() string {
	parts := make([]string, 0, len(e.Answers))
	for _, a := range e.Answers {
		if a.Text != "" {
			parts = append(parts, a.Text)
		}
	}
	return strings.Join(parts, "\n\n")
}

// Deleted reports whether the entry is a tombstone.
func (e Entry) Deleted() bool { return e.DeletedAt != nil }

// Validate reports the first thing wrong with e, in words a person can act
// on, wrapping ErrInvalid.
func (e Entry) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
	}
	if _, err := uuid.Parse(e.ID); err != nil || len(e.ID) != 36 {
		return bad("id %q is not a UUID", e.ID)
	}
	if !slices.Contains(Kinds, e.Kind) {
		return bad("kind %q is not one of %s", e.Kind, strings.Join(Kinds, ", "))
	}
	for name, t := range map[string]time.Time{"createdAt": e.CreatedAt, "updatedAt": e.UpdatedAt, "occurredAt": e.OccurredAt} {
		if t.IsZero() {
			return bad("%s is missing", name)
		}
	}
	if e.UpdatedAt.Before(e.CreatedAt) {
		return bad("updatedAt is before createdAt")
	}
	if m := e.Mood; m != nil {
		if m.Pleasantness < -2 || m.Pleasantness > 2 {
			return bad("mood pleasantness %d is outside -2…2", m.Pleasantness)
		}
		if m.Energy < -2 || m.Energy > 2 {
			return bad("mood energy %d is outside -2…2", m.Energy)
		}
	}
	if !validSource(e.Source) {
		return bad("source %q is not a short lower-case name", e.Source)
	}
	if len(e.Answers) > MaxAnswers {
		return bad("%d answers, at most %d", len(e.Answers), MaxAnswers)
	}
	for i, a := range e.Answers {
		if len(a.Text) > MaxTextBytes || len(a.Prompt) > MaxTextBytes {
			return bad("answer %d is longer than %d KB", i+1, MaxTextBytes>>10)
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Prompt) {
			return bad("answer %d is not valid text", i+1)
		}
	}
	for name, words := range map[string][]string{"emotions": e.Emotions, "tags": e.Tags} {
		if len(words) > MaxWords {
			return bad("%d %s, at most %d", len(words), name, MaxWords)
		}
		for _, w := range words {
			if strings.TrimSpace(w) == "" || len(w) > 200 || !utf8.ValidString(w) {
				return bad("%s has an empty, overlong or unreadable word", name)
			}
		}
	}
	return nil
}

// validSource reports whether s is empty or a short name of lower-case
// letters, digits and hyphens, as the importers write it.
func validSource(s string) bool {
	if len(s) > 32 {
		return false
	}
	for _, c := range s {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// Plain is the entry as plain text for sharing: each answer under its
// prompt, separated by blank lines.
func (e Entry) Plain() string {
	parts := make([]string, 0, len(e.Answers))
	for _, a := range e.Answers {
		switch {
		case a.Text == "":
		case a.Prompt == "":
			parts = append(parts, a.Text)
		default:
			parts = append(parts, a.Prompt+"\n"+a.Text)
		}
	}
	return strings.Join(parts, "\n\n")
}
