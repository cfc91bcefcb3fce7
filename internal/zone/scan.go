// Package zone rebuilds a device's time-zone rules from the offsets it
// reports, so that an instant becomes the right day and clock time all
// year, daylight saving included, without shipping the tz database.
//
// A browser knows the rules (Date.getTimezoneOffset follows them for any
// date), but Go's js/wasm runtime reads one offset at start and keeps it.
// Scan finds the instants where the offset changes, asking as few times as
// it can; Location turns those changes into a time.Location, with a POSIX
// rule for the years after the scan when the last years follow one.
package zone

import "time"

// Transition is a change of the UTC offset.
type Transition struct {
	At     int64 // Unix seconds: the first second of the new offset
	Offset int   // seconds east of UTC from At on
}

// Step is how far apart Scan samples the offset. Two changes closer than
// this can hide each other; the shortest real gap since 1970 (Morocco's
// pause of summer time for Ramadan) is about a month.
const Step = 28 * 24 * 3600

// Scan returns the offset at from and every change of offsetAt in
// (from, to]. offsetAt gives seconds east of UTC at a Unix time; changes
// are assumed to fall on whole minutes, as every one since 1970 does.
//
// Sampling every Step finds each change to within a window; a change a
// year after a known one is first tried where the same yearly rule puts
// it (two questions), and only then bisected (about fifteen).
func Scan(offsetAt func(unix int64) int, from, to int64) (initial int, ts []Transition) {
	return ScanProbed(offsetAt, nil, from, to)
}

// Probe gives the offsets at several instants at once. A browser answers
// it in one call where offsetAt would take one each: on the wasm's
// start-up path, each call from Go into JavaScript costs more than the
// question itself.
type Probe func(at []int64) []int

// sampleBatch is how many regular samples ScanProbed asks for at once:
// after a change the samples start again from it, so a zone with summer
// time uses about six of each batch.
const sampleBatch = 32

// ScanProbed is Scan with the regular samples asked for a batch at a
// time and each expected change checked in one question, through probe;
// bisecting still asks offsetAt. A nil probe asks offsetAt for each. The
// result is Scan's.
func ScanProbed(offsetAt func(unix int64) int, probe Probe, from, to int64) (initial int, ts []Transition) {
	ask := func(at []int64) []int {
		if probe != nil {
			if out := probe(at); len(out) == len(at) {
				return out
			}
		}
		out := make([]int, len(at))
		for i, u := range at {
			out[i] = offsetAt(u)
		}
		return out
	}
	initial = offsetAt(from)
	prev, t := initial, from
	var expect []int64 // where last year's changes would fall this year
	var batch []int    // offsets at batchAt, batchAt+Step, …
	var batchAt int64
	sampled := func(next int64) int {
		if probe == nil || next != t+Step {
			return offsetAt(next)
		}
		if len(batch) == 0 || batchAt != next {
			n := int(min(sampleBatch, (to-t)/Step))
			grid := make([]int64, n)
			for i := range grid {
				grid[i] = next + int64(i)*Step
			}
			batch, batchAt = ask(grid), next
		}
		o := batch[0]
		batch, batchAt = batch[1:], batchAt+Step
		return o
	}
	for t < to {
		next := min(t+Step, to)
		if sampled(next) == prev {
			t = next
			continue
		}
		at, o := int64(-1), 0
		for _, c := range expect {
			if c > t && c <= next {
				if before := ask([]int64{c - 1, c}); before[0] == prev && before[1] != prev {
					at, o = c, before[1]
					break
				}
			}
		}
		if at < 0 {
			at = bisect(offsetAt, t, next, prev)
			o = offsetAt(at)
		}
		ts = append(ts, Transition{At: at, Offset: o})
		expect = append(pruned(expect, at), ruleOf(at, prev).at(year(at)+1, prev))
		prev, t = o, at
	}
	return initial, ts
}

// bisect finds the first whole minute in (lo, hi] whose offset is not
// prev, given that hi's is not.
func bisect(offsetAt func(int64) int, lo, hi int64, prev int) int64 {
	// Nothing changes inside a minute, so lo's minute has prev and hi's not.
	l, h := floorDiv(lo, 60), floorDiv(hi, 60)
	for h-l > 1 {
		m := l + (h-l)/2
		if offsetAt(m*60) == prev {
			l = m
		} else {
			h = m
		}
	}
	return h * 60
}

// pruned drops the expected instants that are already behind.
func pruned(expect []int64, t int64) []int64 {
	out := expect[:0]
	for _, c := range expect {
		if c > t {
			out = append(out, c)
		}
	}
	return out
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

func year(unix int64) int { return time.Unix(unix, 0).UTC().Year() }
