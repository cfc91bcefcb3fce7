package journal

import (
	"slices"
	"time"
)

// WeekStart is the Monday, 00:00, of the week t falls in, in t's location.
func WeekStart(t time.Time) time.Time { return WeekStartOn(t, time.Monday) }

// WeekStartOn is the start, 00:00, of the week t falls in when weeks begin
// on first, in t's location.
func WeekStartOn(t time.Time, first time.Weekday) time.Time {
	y, m, d := t.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, t.Location())
	back := (int(day.Weekday()) - int(first) + 7) % 7 // days since the week began
	return day.AddDate(0, 0, -back)
}

// Between returns the live entries of kind that occurred in [from, to),
// newest first.
func Between(entries []Entry, kind string, from, to time.Time) []Entry {
	var out []Entry
	for _, e := range entries {
		if e.Kind == kind && !e.Deleted() && !e.OccurredAt.Before(from) && e.OccurredAt.Before(to) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b Entry) int { return b.OccurredAt.Compare(a.OccurredAt) })
	return out
}

// Due returns the live entries whose notes were asked to come back by now,
// the longest-waiting first.
func Due(entries []Entry, now time.Time) []Entry {
	var out []Entry
	for _, e := range entries {
		if e.RevisitAt != nil && !e.Deleted() && !e.RevisitAt.After(now) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b Entry) int { return a.RevisitAt.Compare(*b.RevisitAt) })
	return out
}
