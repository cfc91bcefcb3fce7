package importer

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/kindly/kindly/internal/journal"
)

// namespace makes imported ids: the same record of the same app always
// gets the same id, so a second import of a file, or a later export that
// overlaps it, adds only what is new.
// (6f1c2a8e-3b9d-5e47-9a0c-d2f4b6e81357, written out so that no code runs
// for it when the app starts.)
var namespace = uuid.UUID{0x6f, 0x1c, 0x2a, 0x8e, 0x3b, 0x9d, 0x5e, 0x47, 0x9a, 0x0c, 0xd2, 0xf4, 0xb6, 0xe8, 0x13, 0x57}

// ID is the entry id of the record with key in app.
func ID(app, key string) string {
	return uuid.NewSHA1(namespace, []byte(app+":"+key)).String()
}

// MoodName is one of a file's mood names, how often it is used, and its
// pleasantness when the file says it (else the person is asked).
type MoodName struct {
	Name  string
	Count int
	Mood  *int
}

// MoodNames lists the distinct mood names of f's records in order of
// first use, names compared without letter case or surrounding space.
func (f *File) MoodNames() []MoodName {
	var out []MoodName
	at := make(map[string]int)
	for _, r := range f.Records {
		if strings.TrimSpace(r.MoodName) == "" {
			continue
		}
		k := MoodKey(r.MoodName)
		i, ok := at[k]
		if !ok {
			i, at[k] = len(out), len(out)
			out = append(out, MoodName{Name: strings.TrimSpace(r.MoodName)})
		}
		out[i].Count++
		if out[i].Mood == nil && r.Mood != nil {
			out[i].Mood = r.Mood
		}
	}
	return out
}

// MoodKey is how a mood name is looked up in Options.Moods.
func MoodKey(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

// Options are what turning records into entries needs from the person and
// the device.
type Options struct {
	// Moods is the pleasantness the person gave each mood name (by
	// MoodKey) that a record does not carry itself; nil means no mood.
	Moods map[string]*int
	// Local is the device's zone with its real rules (in the browser,
	// time.Local once zone has set it): wall-clock times are placed in it,
	// and instants with no zone of their own are shown in it.
	Local *time.Location
	// InZone is the location of an IANA zone for the days around at, or
	// nil when it is unknown (the browser answers through Intl; it has no
	// tz database).
	InZone func(name string, at time.Time) *time.Location
	// Label is the text, in the person's language, for an answer's label
	// ("answer.thought") or a thinking trap ("distortion.all-or-nothing");
	// "" keeps the source's own word.
	Label func(key string) string
	// Progress, when set, is called every few hundred records, so that the
	// browser can show it and breathe.
	Progress func(done, total int)
}

// Summary describes the entries a file becomes.
type Summary struct {
	Entries     int
	First, Last time.Time
	// Shifted counts wall-clock times that a daylight-saving change
	// skipped: each is placed at the change itself, the first minute that
	// exists after it.
	Shifted int
}

// Entries turns f's records into journal entries, oldest first.
func (f *File) Entries(o Options) ([]journal.Entry, Summary, error) {
	if o.Local == nil {
		o.Local = time.Local
	}
	label := func(key, fallback string) string {
		if o.Label != nil {
			if s := o.Label(key); s != "" {
				return s
			}
		}
		return fallback
	}
	out := make([]journal.Entry, 0, len(f.Records))
	var s Summary
	for i, r := range f.Records {
		if o.Progress != nil && i%250 == 0 {
			o.Progress(i, len(f.Records))
		}
		at := r.At
		switch {
		case r.Wall != nil:
			var shifted bool
			at, shifted = place(*r.Wall, o.Local)
			if shifted {
				s.Shifted++
			}
		case r.Zone != "" && o.InZone != nil:
			if loc := o.InZone(r.Zone, at); loc != nil {
				at = at.In(loc)
			} else {
				at = at.In(o.Local)
			}
		case at.Location() == time.UTC:
			at = at.In(o.Local)
		}
		if at.IsZero() {
			return nil, Summary{}, &Error{Format: f.Format, Entry: i + 1, Code: BadDate}
		}
		e := journal.Entry{
			ID: ID(f.App, r.Key), Kind: r.Kind, Source: f.App,
			CreatedAt: at, UpdatedAt: at, OccurredAt: at,
			Emotions: slices.Clone(r.Emotions),
		}
		if r.Updated.After(at) {
			e.UpdatedAt = r.Updated
		}
		mood := r.Mood
		if mood == nil && r.MoodName != "" {
			mood = o.Moods[MoodKey(r.MoodName)]
		}
		if mood != nil {
			e.Mood = &journal.Mood{Pleasantness: *mood}
		}
		tags := slices.Clone(r.Tags)
		for _, d := range r.Distortions {
			tags = append(tags, label("distortion."+d, d))
		}
		e.Tags = words(tags)
		for _, a := range r.Answers {
			p := ""
			if a.Label != "" {
				p = label("answer."+a.Label, a.Label)
			}
			e.Answers = append(e.Answers, journal.Answer{Prompt: p, Text: a.Text})
		}
		if err := e.Validate(); err != nil {
			return nil, Summary{}, &Error{Format: f.Format, Entry: i + 1, Code: BadValue, Detail: err.Error()}
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].OccurredAt.Before(out[j].OccurredAt) })
	s.Entries = len(out)
	if len(out) > 0 {
		s.First, s.Last = out[0].OccurredAt, out[len(out)-1].OccurredAt
	}
	return out, s, nil
}

// place is the instant a wall-clock time names in loc. Of two (the hour
// a clock goes back), the first; of none (the hour it skips), the change
// itself, and shifted is true.
func place(w Wall, loc *time.Location) (t time.Time, shifted bool) {
	asUTC := time.Date(w.Year, w.Month, w.Day, w.Hour, w.Minute, 0, 0, time.UTC)
	wall := func(t time.Time) time.Time {
		t = t.In(loc)
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	}
	// Every offset in force around that day; a wall time can only be one
	// of them away from UTC.
	var offsets []int
	for _, d := range []time.Duration{-26 * time.Hour, 0, 26 * time.Hour} {
		_, off := asUTC.Add(d).In(loc).Zone()
		if !slices.Contains(offsets, off) {
			offsets = append(offsets, off)
		}
	}
	var best time.Time
	for _, off := range offsets {
		c := asUTC.Add(-time.Duration(off) * time.Second)
		if wall(c).Equal(asUTC) && (best.IsZero() || c.Before(best)) {
			best = c
		}
	}
	if !best.IsZero() {
		return best.In(loc), false
	}
	// Skipped: find the first instant whose wall time is past it, between
	// the earliest and latest candidates (the change lies between them).
	lo, hi := asUTC.Add(-26*time.Hour), asUTC.Add(26*time.Hour)
	for hi.Sub(lo) > time.Second {
		mid := lo.Add(hi.Sub(lo) / 2).Truncate(time.Second)
		if wall(mid).Before(asUTC) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi.In(loc), true
}
