// Package backup exports and imports the whole of a user's Kindly: the
// versioned JSON document of DESIGN §3 (lossless), a readable Markdown
// document, and the merge rules for importing (by id, newer updatedAt wins,
// all-or-nothing, idempotent).
package backup

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/mantra"
	"github.com/kindly/kindly/internal/people"
	"github.com/kindly/kindly/internal/store"
)

// The document's identity.
const (
	Format  = "kindly-backup"
	Version = 1
	// MaxSize bounds an import: far above any real journal (10,000 entries
	// export to about 6 MB), low enough that a phone can parse it.
	MaxSize = 50 << 20
)

// ErrInvalid is wrapped by every reason a file cannot be imported.
var ErrInvalid = errors.New("this file cannot be imported")

// Document is the backup file.
type Document struct {
	Format     string          `json:"format"`
	Version    int             `json:"version"`
	ExportedAt time.Time       `json:"exportedAt"`
	Entries    []journal.Entry `json:"entries"`
	Mantras    []mantra.Saved  `json:"mantras"`
	// People is the user's list of people to reach out to (an addition to
	// DESIGN §3's fields, like Unreadable).
	People   []people.Person            `json:"people,omitempty"`
	Settings map[string]json.RawMessage `json:"settings"`
	// Unreadable holds records this version of Kindly could not read, so
	// that no export loses them (an addition to DESIGN §3's fields).
	Unreadable []Raw `json:"unreadable,omitempty"`
}

// Raw is a stored record kept as it was.
type Raw struct {
	ID     string    `json:"id"`
	Schema int       `json:"schema"`
	Data   []byte    `json:"data"`
	At     time.Time `json:"updated"`
}

// New returns the document for a loaded journal and the user's mantras
// (tombstones included, so deletions carry through a merge), exported at now.
// People are added by the caller, when there are any.
func New(l journal.Loaded, saved []mantra.Saved, now time.Time) Document {
	d := Document{Format: Format, Version: Version, ExportedAt: now, Entries: l.Entries,
		Mantras: saved, Settings: map[string]json.RawMessage{}}
	if d.Entries == nil {
		d.Entries = []journal.Entry{}
	}
	if d.Mantras == nil {
		d.Mantras = []mantra.Saved{}
	}
	for _, r := range l.Unreadable {
		d.Unreadable = append(d.Unreadable, Raw{ID: r.ID, Schema: r.Schema, Data: r.Data, At: r.Updated})
	}
	return d
}

// JSON encodes d, indented so that a person can read it.
func (d Document) JSON() ([]byte, error) { return json.MarshalIndent(d, "", " ") }

// FileName is the name an export of now is saved under.
func FileName(now time.Time, ext string) string {
	return "kindly-" + now.Format("2006-01-02") + "." + ext
}

// Parse reads and checks a backup file. Its errors wrap ErrInvalid and name
// what is wrong precisely enough to fix or report.
func Parse(data []byte) (Document, error) {
	bad := func(format string, args ...any) (Document, error) {
		return Document{}, fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
	}
	if len(data) > MaxSize {
		return bad("it is %.1f MB, and Kindly imports files up to %d MB", float64(len(data))/(1<<20), MaxSize>>20)
	}
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return bad("it is not a Kindly backup (%s)", jsonProblem(data, err))
	}
	switch {
	case head.Format == EncryptedFormat:
		return bad("it is an encrypted backup; it needs its passphrase to open")
	case head.Format != Format:
		return bad("it is not a Kindly backup (format %q)", head.Format)
	case head.Version < 1 || head.Version > Version:
		return bad("it is a version %d backup; this Kindly reads version %d", head.Version, Version)
	}
	var d Document
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&d); err != nil {
		return bad("%s", jsonProblem(data, err))
	}
	seen := make(map[string]int, len(d.Entries))
	for i, e := range d.Entries {
		if err := e.Validate(); err != nil {
			return bad("entry %d (id %q): %s", i+1, e.ID, strings.TrimPrefix(err.Error(), journal.ErrInvalid.Error()+": "))
		}
		if j, dup := seen[e.ID]; dup {
			return bad("entries %d and %d have the same id %s", j+1, i+1, e.ID)
		}
		seen[e.ID] = i
	}
	ids := make(map[string]int, len(d.Mantras))
	for i, m := range d.Mantras {
		if err := m.Validate(); err != nil {
			return bad("mantra %d: %s", i+1, strings.TrimPrefix(err.Error(), mantra.ErrInvalid.Error()+": "))
		}
		if j, dup := ids[m.ID]; dup {
			return bad("mantras %d and %d have the same id %s", j+1, i+1, m.ID)
		}
		ids[m.ID] = i
	}
	pids := make(map[string]int, len(d.People))
	for i, p := range d.People {
		if err := p.Validate(); err != nil {
			return bad("person %d: %s", i+1, strings.TrimPrefix(err.Error(), people.ErrInvalid.Error()+": "))
		}
		if j, dup := pids[p.ID]; dup {
			return bad("people %d and %d have the same id %s", j+1, i+1, p.ID)
		}
		pids[p.ID] = i
	}
	for i, r := range d.Unreadable {
		if r.ID == "" || r.Schema < 1 {
			return bad("unreadable record %d has no id or schema", i+1)
		}
	}
	return d, nil
}

// jsonProblem says where JSON went wrong, by line and column.
func jsonProblem(data []byte, err error) string {
	var off int64 = -1
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
	case errors.As(err, &typ):
		off = typ.Offset
		if typ.Field != "" {
			return fmt.Sprintf("%s should be %s, at %s", typ.Field, typ.Type, position(data, off))
		}
	}
	if off < 0 {
		return err.Error()
	}
	return err.Error() + ", at " + position(data, off)
}

func position(data []byte, off int64) string {
	off = min(off, int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := off - int64(bytes.LastIndexByte(before, '\n'))
	return fmt.Sprintf("line %d, column %d", line, col)
}

// Stats says what an import did to the journal, and how many of the
// user's mantras it added or changed.
type Stats struct {
	Added, Updated, Unchanged int
	Mantras                   int
}

// Merge decides which incoming entries to write: new ids are added, and an
// existing entry is replaced only by a strictly newer updatedAt. Merging
// the same file twice therefore changes nothing the second time.
func Merge(existing, incoming []journal.Entry) ([]journal.Entry, Stats) {
	return merge(existing, incoming, func(e journal.Entry) (string, time.Time) { return e.ID, e.UpdatedAt })
}

// merge is Merge for any record with an id and an update time.
func merge[T any](existing, incoming []T, key func(T) (string, time.Time)) ([]T, Stats) {
	have := make(map[string]time.Time, len(existing))
	for _, e := range existing {
		id, t := key(e)
		have[id] = t
	}
	var put []T
	var s Stats
	for _, e := range incoming {
		id, at := key(e)
		t, ok := have[id]
		switch {
		case !ok:
			s.Added++
			put = append(put, e)
		case at.After(t):
			s.Updated++
			put = append(put, e)
		default:
			s.Unchanged++
		}
	}
	return put, s
}

// Import parses data and merges it into the store in one transaction:
// either every change lands or none does.
func Import(ctx context.Context, st store.Store, data []byte) (Stats, error) {
	d, err := Parse(data)
	if err != nil {
		return Stats{}, err
	}
	l, err := journal.Journal{Store: st}.Load(ctx)
	if err != nil {
		return Stats{}, err
	}
	put, stats := Merge(l.Entries, d.Entries)
	recs, err := encode(put, nil)
	if err != nil {
		return Stats{}, err
	}
	kept := make(map[string]bool, len(l.Unreadable))
	for _, r := range l.Unreadable {
		kept[r.ID] = true
	}
	var aside []store.Record
	for _, r := range d.Unreadable {
		if !kept[r.ID] {
			aside = append(aside, store.Record{ID: r.ID, Schema: r.Schema, Updated: r.At, Data: r.Data})
		}
	}
	have, _, err := mantra.Book{Store: st}.All(ctx)
	if err != nil {
		return Stats{}, err
	}
	newer, ms := merge(have, d.Mantras, func(m mantra.Saved) (string, time.Time) { return m.ID, m.UpdatedAt })
	mrecs := make([]store.Record, len(newer))
	for i, m := range newer {
		if mrecs[i], err = mantra.Encode(m); err != nil {
			return Stats{}, fmt.Errorf("%w: %v", ErrInvalid, err)
		}
	}
	stats.Mantras = ms.Added + ms.Updated
	known, err := people.Book{Store: st}.All(ctx)
	if err != nil {
		return Stats{}, err
	}
	newPeople, _ := merge(known, d.People, func(p people.Person) (string, time.Time) { return p.ID, p.UpdatedAt })
	precs := make([]store.Record, len(newPeople))
	for i, p := range newPeople {
		if precs[i], err = people.Encode(p); err != nil {
			return Stats{}, fmt.Errorf("%w: %v", ErrInvalid, err)
		}
	}
	err = st.Apply(ctx,
		store.Change{Collection: store.Entries, Put: recs},
		store.Change{Collection: store.Mantras, Put: mrecs},
		store.Change{Collection: store.People, Put: precs},
		store.Change{Collection: store.Quarantine, Put: aside},
	)
	if err != nil {
		return Stats{}, err
	}
	return stats, nil
}

// encode turns entries into store records.
func encode(entries []journal.Entry, progress func(done, total int)) ([]store.Record, error) {
	recs := make([]store.Record, len(entries))
	for i, e := range entries {
		if progress != nil && i%250 == 0 {
			progress(i, len(entries))
		}
		var err error
		if recs[i], err = journal.Encode(e); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
		}
	}
	return recs, nil
}

// ImportEntries merges entries from elsewhere (another app's export) into
// the store by the rules of Import, in one transaction. progress, when
// set, hears every few hundred entries encoded, so that a browser can
// show it and breathe.
func ImportEntries(ctx context.Context, st store.Store, entries []journal.Entry, progress func(done, total int)) (Stats, error) {
	l, err := journal.Journal{Store: st}.Load(ctx)
	if err != nil {
		return Stats{}, err
	}
	put, stats := Merge(l.Entries, entries)
	recs, err := encode(put, progress)
	if err != nil {
		return Stats{}, err
	}
	if err := st.Apply(ctx, store.Change{Collection: store.Entries, Put: recs}); err != nil {
		return Stats{}, err
	}
	return stats, nil
}
