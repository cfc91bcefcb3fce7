package journal

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold prepares text for matching: lower case, without diacritics, so that
// "Cafe" finds "café" and "ELAN" finds "élan". ASCII text, most of any
// journal, takes a fast path; other runes are decomposed one at a time.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		d := norm.NFD.Properties(buf[:n]).Decomposition()
		if d == nil {
			if !unicode.Is(unicode.Mn, r) { // already decomposed input
				b.WriteRune(unicode.ToLower(r))
			}
			continue
		}
		for _, c := range string(d) {
			if !unicode.Is(unicode.Mn, c) {
				b.WriteRune(unicode.ToLower(c))
			}
		}
	}
	return b.String()
}

// Filter narrows the journal. Zero fields do not filter.
type Filter struct {
	Query    string    // words that must all appear in answers, emotions or tags
	Kind     string    // one of Kinds
	Tag      string    // exact tag, ignoring case and diacritics
	Emotion  string    // exact emotion word, likewise
	From, To time.Time // OccurredAt in [From, To)
	Deleted  bool      // show tombstones instead of live entries
}

// Page is one slice of the filtered journal, newest first.
type Page struct {
	Entries []Entry
	Total   int // entries matching the filter, all pages together
	Offset  int
}

// More reports whether pages follow this one.
func (p Page) More() bool { return p.Offset+len(p.Entries) < p.Total }

// Index holds entries ready to filter, sorted newest first. The folded
// text that search needs is built once, on the first search that needs it
// (or by Prepare ahead of time), so that showing the first page of a large
// journal does not wait for it.
type Index struct {
	docs []doc
	once sync.Once
}

type doc struct {
	e     Entry
	text  string   // folded answers, emotions and tags
	tags  []string // folded
	feels []string // folded emotions
}

// NewIndex indexes entries (the slice is not kept).
func NewIndex(entries []Entry) *Index {
	ix := &Index{docs: make([]doc, len(entries))}
	for i, e := range entries {
		ix.docs[i].e = e
	}
	slices.SortFunc(ix.docs, func(a, b doc) int {
		if c := b.e.OccurredAt.Compare(a.e.OccurredAt); c != 0 {
			return c
		}
		return cmp.Compare(b.e.ID, a.e.ID)
	})
	return ix
}

// Prepare folds every entry's text for searching. It is safe to call from
// another goroutine while the first page is shown; Search waits for it.
// pause, if not nil, is called every few hundred entries so that a single
// threaded caller (wasm) can let the page paint meanwhile.
func (ix *Index) Prepare(pause func()) {
	ix.once.Do(func() {
		var b strings.Builder
		for i := range ix.docs {
			if pause != nil && i%256 == 255 {
				pause()
			}
			d := &ix.docs[i]
			b.Reset()
			for _, a := range d.e.Answers {
				b.WriteString(a.Text)
				b.WriteByte('\n')
			}
			for _, w := range d.e.Emotions {
				d.feels = append(d.feels, Fold(w))
				b.WriteString(w + "\n")
			}
			for _, w := range d.e.Tags {
				d.tags = append(d.tags, Fold(w))
				b.WriteString(w + "\n")
			}
			d.text = Fold(b.String())
		}
	})
}

// Len is the number of indexed entries, tombstones included.
func (ix *Index) Len() int { return len(ix.docs) }

// Search returns up to limit matching entries after skipping offset.
func (ix *Index) Search(f Filter, offset, limit int) Page {
	words := strings.Fields(Fold(f.Query))
	tag, feel := Fold(strings.TrimSpace(f.Tag)), Fold(strings.TrimSpace(f.Emotion))
	if len(words) > 0 || tag != "" || feel != "" {
		ix.Prepare(nil)
	}
	p := Page{Offset: offset}
	for i := range ix.docs {
		d := &ix.docs[i]
		if !d.matches(f, words, tag, feel) {
			continue
		}
		if p.Total >= offset && len(p.Entries) < limit {
			p.Entries = append(p.Entries, d.e)
		}
		p.Total++
	}
	return p
}

func (d *doc) matches(f Filter, words []string, tag, feel string) bool {
	e := &d.e
	switch {
	case e.Deleted() != f.Deleted,
		f.Kind != "" && e.Kind != f.Kind,
		!f.From.IsZero() && e.OccurredAt.Before(f.From),
		!f.To.IsZero() && !e.OccurredAt.Before(f.To),
		tag != "" && !slices.Contains(d.tags, tag),
		feel != "" && !slices.Contains(d.feels, feel):
		return false
	}
	for _, w := range words {
		if !strings.Contains(d.text, w) {
			return false
		}
	}
	return true
}

// Day is the entries of one calendar day, newest first.
type Day struct {
	Date    time.Time // midnight, in the location grouped by
	Entries []Entry
}

// ByDay groups entries (already newest first) by their local day.
func ByDay(entries []Entry, loc *time.Location) []Day {
	var days []Day
	for _, e := range entries {
		t := e.OccurredAt.In(loc)
		date := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
		if n := len(days); n > 0 && days[n-1].Date.Equal(date) {
			days[n-1].Entries = append(days[n-1].Entries, e)
			continue
		}
		days = append(days, Day{Date: date, Entries: []Entry{e}})
	}
	return days
}
