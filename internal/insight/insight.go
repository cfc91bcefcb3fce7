// Package insight turns a journal into encouraging views of it: mood over
// time, weeks at a glance, the feelings named most, a calendar of days
// with an entry, days shown up lately (never a "streak lost"), and how
// often check-ins lean on all-or-nothing words. Everything is computed
// from the entries, a time range and a location passed in.
package insight

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/nudge"
)

// Span is a range the page can show.
type Span string

// Spans offered, shortest first.
const (
	Week  Span = "week"
	Month Span = "month"
	Year  Span = "year"
	All   Span = "all"
)

// Spans lists them in display order.
var Spans = []Span{Week, Month, Year, All}

// Day is the local midnight starting t's day in loc.
func Day(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// Range is the half-open span of days [From, To) that s covers, ending
// with today; All starts at the first entry's day.
func Range(s Span, now time.Time, loc *time.Location, entries []journal.Entry) (from, to time.Time) {
	to = Day(now, loc).AddDate(0, 0, 1)
	switch s {
	case Week:
		return to.AddDate(0, 0, -7), to
	case Month:
		return to.AddDate(0, 0, -30), to
	case Year:
		return to.AddDate(0, 0, -365), to
	}
	from = to.AddDate(0, 0, -7)
	for _, e := range entries {
		if !e.Deleted() && e.OccurredAt.Before(from) {
			from = Day(e.OccurredAt, loc)
		}
	}
	return from, to
}

// live yields the live entries in [from, to), without copying them: a
// journal can hold 10,000.
func live(entries []journal.Entry, from, to time.Time) iter.Seq[*journal.Entry] {
	return func(yield func(*journal.Entry) bool) {
		for i := range entries {
			e := &entries[i]
			if !e.Deleted() && !e.OccurredAt.Before(from) && e.OccurredAt.Before(to) && !yield(e) {
				return
			}
		}
	}
}

// Point is the average mood of one bucket of days.
type Point struct {
	Start        time.Time // first day of the bucket
	Pleasantness float64
	Energy       float64
	N            int // moods averaged
}

// Mood averages the moods in [from, to) by day, or by week (weeks begin
// on first) when the range is longer than 92 days, so a year stays
// readable. Days without a mood are left out rather than drawn as zero.
func Mood(entries []journal.Entry, from, to time.Time, loc *time.Location, first time.Weekday) []Point {
	weekly := to.Sub(from) > 92*24*time.Hour
	sums := map[time.Time]*Point{}
	for e := range live(entries, from, to) {
		if e.Mood == nil {
			continue
		}
		k := Day(e.OccurredAt, loc)
		if weekly {
			k = journal.WeekStartOn(k, first)
		}
		p := sums[k]
		if p == nil {
			p = &Point{Start: k}
			sums[k] = p
		}
		p.Pleasantness += float64(e.Mood.Pleasantness)
		p.Energy += float64(e.Mood.Energy)
		p.N++
	}
	out := make([]Point, 0, len(sums))
	for _, p := range sums {
		p.Pleasantness /= float64(p.N)
		p.Energy /= float64(p.N)
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b Point) int { return a.Start.Compare(b.Start) })
	return out
}

// WeekSummary is one week at a glance.
type WeekSummary struct {
	Start      time.Time // the week's first day
	Days       int       // days with any entry
	Entries    int
	Wins       int
	Exercises  int
	Checkins   int
	Absolutist int // check-ins whose words include all-or-nothing ones
}

// Weeks summarises each week (beginning on first) that overlaps [from,
// to), oldest first, empty weeks included so gaps read as gaps, not as
// zeros to make up.
func Weeks(entries []journal.Entry, from, to time.Time, loc *time.Location, first time.Weekday) []WeekSummary {
	var out []WeekSummary
	index := map[time.Time]int{}
	for w := journal.WeekStartOn(from.In(loc), first); w.Before(to); w = w.AddDate(0, 0, 7) {
		index[w] = len(out)
		out = append(out, WeekSummary{Start: w})
	}
	days := map[time.Time]bool{}
	for e := range live(entries, from, to) {
		day := Day(e.OccurredAt, loc)
		i, ok := index[journal.WeekStartOn(day, first)]
		if !ok {
			continue
		}
		w := &out[i]
		w.Entries++
		if !days[day] {
			days[day] = true
			w.Days++
		}
		switch e.Kind {
		case journal.KindWin:
			w.Wins++
		case journal.KindExercise:
			w.Exercises++
		case journal.KindCheckin:
			w.Checkins++
			if len(nudge.Find(e.Text())) > 0 {
				w.Absolutist++
			}
		}
	}
	return out
}

// Count is a feeling and how often it was named.
type Count struct {
	Word string
	N    int
}

// Emotions returns the n feelings named most in [from, to), most first,
// ties in alphabetical order; case is ignored. same, when not nil, names
// each word as it should be counted and shown: one feeling named in two
// languages ("tired", "cansancio") is counted once, in today's language.
func Emotions(entries []journal.Entry, from, to time.Time, n int, same func(string) string) []Count {
	counts := map[string]int{}
	for e := range live(entries, from, to) {
		for _, w := range e.Emotions {
			if same != nil {
				w = same(w)
			}
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
				counts[w]++
			}
		}
	}
	out := make([]Count, 0, len(counts))
	for w, c := range counts {
		out = append(out, Count{w, c})
	}
	slices.SortFunc(out, func(a, b Count) int {
		if c := cmp.Compare(b.N, a.N); c != 0 {
			return c
		}
		return cmp.Compare(a.Word, b.Word)
	})
	return out[:min(n, len(out))]
}

// CalendarDay is one day of a month and how many entries it has.
type CalendarDay struct {
	Date time.Time
	N    int
}

// Calendar returns every day of the month containing month, in loc.
func Calendar(entries []journal.Entry, month time.Time, loc *time.Location) []CalendarDay {
	y, m, _ := month.In(loc).Date()
	first := time.Date(y, m, 1, 0, 0, 0, 0, loc)
	next := first.AddDate(0, 1, 0)
	var out []CalendarDay
	index := map[time.Time]int{}
	for d := first; d.Before(next); d = d.AddDate(0, 0, 1) {
		index[d] = len(out)
		out = append(out, CalendarDay{Date: d})
	}
	for e := range live(entries, first, next) {
		if i, ok := index[Day(e.OccurredAt, loc)]; ok {
			out[i].N++
		}
	}
	return out
}

// ShowedUp counts the days with any entry among the last 7 and the last 30
// days, today included. It only ever counts what happened; nothing is lost
// by a quiet day.
func ShowedUp(entries []journal.Entry, now time.Time, loc *time.Location) (last7, last30 int) {
	to := Day(now, loc).AddDate(0, 0, 1)
	week, month := to.AddDate(0, 0, -7), to.AddDate(0, 0, -30)
	days := map[time.Time]bool{}
	for e := range live(entries, month, to) {
		days[Day(e.OccurredAt, loc)] = true
	}
	for d := range days {
		if !d.Before(week) {
			last7++
		}
	}
	return last7, len(days)
}
