package sync

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// The kinds of record that travel between devices. Drafts, the lock's
// settings and bookkeeping stay on the device they belong to.
const (
	Entry  = "entry"  // a journal entry
	Mantra = "mantra" // one of the user's mantras, or a favourite mark
	Person = "person" // someone to reach out to
)

// Kinds lists every kind in a stable order.
var Kinds = []string{Entry, Mantra, Person}

// ErrRecord is wrapped when a record breaks the rules below.
var ErrRecord = errors.New("sync: invalid record")

// Record is one version of one record, as it travels.
type Record struct {
	Kind  string `json:"kind"`
	ID    string `json:"id"`
	Stamp Stamp  `json:"hlc"`
	// Fence is, for a live version, the newest delete of this record that
	// the device knew about when it made the version (zero for none). A
	// delete newer than the fence was concurrent with the edit, and wins.
	Fence   Stamp `json:"fence,omitzero"`
	Deleted bool  `json:"deleted,omitempty"`
	// Body is the record itself (JSON); a tombstone has none, so deleted
	// words never travel.
	Body json.RawMessage `json:"body,omitempty"`
}

// NewDevice returns a random device id: 8 bytes, in hex.
func NewDevice(rand io.Reader) (string, error) {
	b := make([]byte, 8)
	if _, err := io.ReadFull(rand, b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// Validate reports what is wrong with r, wrapping ErrRecord.
func (r Record) Validate() error {
	bad := func(why string) error { return fmt.Errorf("%w: %s %q %s", ErrRecord, r.Kind, clip(r.ID), why) }
	switch {
	case !known(r.Kind):
		return bad("is of an unknown kind")
	case r.ID == "" || len(r.ID) > 64:
		return bad("has no usable id")
	case r.Stamp.IsZero():
		return bad("has no clock stamp")
	case r.Deleted && (len(r.Body) > 0 || !r.Fence.IsZero()):
		return bad("is deleted but still carries content")
	case !r.Deleted && len(r.Body) == 0:
		return bad("has no content")
	case !r.Deleted && r.Fence.Compare(r.Stamp) >= 0:
		return bad("knows of a delete newer than itself")
	}
	return nil
}

func known(kind string) bool {
	for _, k := range Kinds {
		if k == kind {
			return true
		}
	}
	return false
}

// key identifies a record across kinds.
func (r Record) key() string { return r.Kind + "/" + r.ID }

// fence is the newest delete this version knows of: a tombstone knows
// itself.
func (r Record) fence() Stamp {
	if r.Deleted {
		return r.Stamp
	}
	return r.Fence
}

// Winner returns whichever of two versions of one record wins. A live
// version that did not know of the newest delete either side knows of
// loses to it; otherwise the newer stamp wins. The result is the same as
// taking, over any set of versions, the newest of those that survive the
// newest delete, which is why merging is commutative, associative and
// idempotent.
func Winner(a, b Record) Record {
	d := a.fence()
	if b.fence().Compare(d) > 0 {
		d = b.fence()
	}
	aOK, bOK := a.survives(d), b.survives(d)
	switch {
	case aOK && !bOK:
		return a
	case bOK && !aOK:
		return b
	}
	switch c := a.Stamp.Compare(b.Stamp); {
	case c > 0:
		return a
	case c < 0:
		return b
	}
	// One stamp, two versions: only a broken or forged history has this.
	// Pick by content, so every device picks the same.
	if a.Deleted != b.Deleted {
		if a.Deleted {
			return a
		}
		return b
	}
	if bytes.Compare(a.Body, b.Body) >= 0 {
		return a
	}
	return b
}

// survives reports whether r stands against a delete stamped d.
func (r Record) survives(d Stamp) bool { return r.Deleted || r.Fence.Compare(d) >= 0 }

// same reports whether a and b are one version.
func same(a, b Record) bool { return a.Stamp == b.Stamp && a.Deleted == b.Deleted }

// Conflict is an edit that lost to a delete it did not know about. It is
// shown once, so the person can keep its words as a new record.
type Conflict struct {
	Lost Record // the edit (live, with its body)
	// Here is true when the lost edit was made on this device and the
	// delete came from the other; false when the edit came from the other
	// device and this one had deleted the record.
	Here bool
}

// Plan is what merging another device's records into this one's changes.
type Plan struct {
	Put []Record // the winning versions to write, each differing from what is here
	// Counts, per kind, of what the merge does here.
	Added, Changed, Deleted map[string]int
	Unchanged               int
	Conflicts               []Conflict
}

// Total is the number of records the plan adds, changes or deletes.
func (p Plan) Total() int {
	n := 0
	for _, m := range []map[string]int{p.Added, p.Changed, p.Deleted} {
		for _, v := range m {
			n += v
		}
	}
	return n
}

// Drastic reports whether the plan deletes more than a quarter of the live
// entries here, and at least five: the merge should stop and ask first.
func (p Plan) Drastic(liveEntries int) bool {
	n := p.Deleted[Entry]
	return n >= 5 && n*4 > liveEntries
}

// ErrDuplicate is wrapped when one side lists a record twice.
var ErrDuplicate = errors.New("sync: a record is listed twice")

// Merge plans how incoming records (another device's) change local ones
// (this device's): for each record the Winner, written only where it
// differs from what is here. Both lists must be valid and free of
// duplicates; incoming should already be clamped to this device's clock.
func Merge(local, incoming []Record) (Plan, error) {
	here := make(map[string]Record, len(local))
	for _, r := range local {
		if _, dup := here[r.key()]; dup {
			return Plan{}, fmt.Errorf("%w: %s", ErrDuplicate, r.key())
		}
		here[r.key()] = r
	}
	p := Plan{Added: map[string]int{}, Changed: map[string]int{}, Deleted: map[string]int{}}
	seen := make(map[string]bool, len(incoming))
	for _, in := range incoming {
		if seen[in.key()] {
			return Plan{}, fmt.Errorf("%w: %s", ErrDuplicate, in.key())
		}
		seen[in.key()] = true
		old, ok := here[in.key()]
		if !ok {
			p.Put = append(p.Put, in)
			if !in.Deleted {
				p.Added[in.Kind]++
			}
			continue
		}
		w := Winner(old, in)
		if lost, ok := conflict(old, in, w); ok {
			p.Conflicts = append(p.Conflicts, Conflict{Lost: lost, Here: same(lost, old)})
		}
		if same(w, old) {
			p.Unchanged++
			continue
		}
		p.Put = append(p.Put, w)
		switch {
		case w.Deleted && !old.Deleted:
			p.Deleted[w.Kind]++
		case !w.Deleted && old.Deleted:
			p.Added[w.Kind]++
		case !w.Deleted:
			p.Changed[w.Kind]++
		}
	}
	return p, nil
}

// conflict returns the edit that lost to w only because it did not know
// of the delete: by its stamp alone it would have won.
func conflict(a, b, w Record) (Record, bool) {
	if !w.Deleted {
		return Record{}, false
	}
	for _, r := range []Record{a, b} {
		if !r.Deleted && r.Stamp.Compare(w.Stamp) > 0 {
			return r, true
		}
	}
	return Record{}, false
}
