package zone

import (
	"errors"
	"slices"
	"testing"
	"time"
	_ "time/tzdata" // the truth the browser's offsets are compared with
)

var (
	from = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	to   = time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
)

// device answers as a browser in the zone name would: the offset at an
// instant, from the tz database. It counts the questions.
type device struct {
	loc *time.Location
	n   int
}

func (d *device) offsetAt(unix int64) int {
	d.n++
	_, off := time.Unix(unix, 0).In(d.loc).Zone()
	return off
}

// rebuilt is the zone as Kindly rebuilds it from a device in name.
func rebuilt(t *testing.T, name string) (*time.Location, *time.Location, int) {
	t.Helper()
	real, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	d := &device{loc: real}
	initial, ts := Scan(d.offsetAt, from, to)
	loc, err := Location(name, initial, ts, to)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return loc, real, d.n
}

// zones covers both hemispheres, half- and quarter-hour offsets, a
// half-hour summer time, zones that dropped or changed their rules, a
// skipped day and Morocco's Ramadan pauses.
var zones = []string{
	"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata",
	"Australia/Lord_Howe", "America/Sao_Paulo", "Europe/Moscow", "Pacific/Chatham",
	"America/St_Johns", "Asia/Kathmandu", "Pacific/Apia", "Africa/Casablanca",
	"America/Santiago", "Europe/London", "UTC", "Asia/Tehran", "America/Phoenix",
	"Europe/Dublin", "Pacific/Kiritimati", "America/Havana",
}

// TestSameAsTheDatabase compares every hour from 1970 to 2027, and every
// minute around each real change, with the tz database.
func TestSameAsTheDatabase(t *testing.T) {
	for _, name := range zones {
		t.Run(name, func(t *testing.T) {
			loc, real, asked := rebuilt(t, name)
			check := func(u int64) {
				got, want := time.Unix(u, 0).In(loc), time.Unix(u, 0).In(real)
				_, gotOff := got.Zone()
				_, wantOff := want.Zone()
				if gotOff != wantOff {
					t.Fatalf("%s: offset %d, want %d (%s)", time.Unix(u, 0).UTC(), gotOff, wantOff, want.Format(time.RFC3339))
				}
			}
			for u := from; u < to; u += 3600 {
				check(u)
			}
			for u := from; u < to; {
				_, end := time.Unix(u, 0).In(real).ZoneBounds()
				if end.IsZero() || end.Unix() >= to {
					break
				}
				u = end.Unix()
				for d := int64(-120); d <= 120; d += 60 {
					check(u + d)
				}
			}
			t.Logf("%d questions to the device", asked)
		})
	}
}

// TestAfterTheScan: the years after the scan follow the last years' rule.
func TestAfterTheScan(t *testing.T) {
	for _, name := range []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Chatham"} {
		t.Run(name, func(t *testing.T) {
			loc, real, _ := rebuilt(t, name)
			for u := to; u < time.Date(2037, 1, 1, 0, 0, 0, 0, time.UTC).Unix(); u += 1800 {
				_, got := time.Unix(u, 0).In(loc).Zone()
				_, want := time.Unix(u, 0).In(real).Zone()
				if got != want {
					t.Fatalf("%s: offset %d, want %d", time.Unix(u, 0).UTC(), got, want)
				}
			}
		})
	}
}

// TestWallClock is the case from the issue and its kin: an instant written
// in one season, read in another, is the day and time it was written.
func TestWallClock(t *testing.T) {
	cases := []struct {
		zone string
		at   string // RFC 3339, as an entry stores it
		want string // the wall clock it must show
	}{
		{"America/New_York", "2026-07-02T00:30:00-04:00", "2026-07-02 00:30 -04"},
		{"America/New_York", "2026-12-02T00:30:00-05:00", "2026-12-02 00:30 -05"},
		{"America/New_York", "2026-03-08T07:30:00Z", "2026-03-08 03:30 -04"}, // just after spring forward
		{"America/New_York", "2026-11-01T05:30:00Z", "2026-11-01 01:30 -04"}, // the first 01:30
		{"America/New_York", "2026-11-01T06:30:00Z", "2026-11-01 01:30 -05"}, // the second
		{"Europe/Berlin", "2026-07-01T22:30:00Z", "2026-07-02 00:30 +02"},
		{"Europe/Berlin", "2026-01-15T23:30:00Z", "2026-01-16 00:30 +01"},
		{"Australia/Sydney", "2026-01-01T13:30:00Z", "2026-01-02 00:30 +11"},
		{"Australia/Sydney", "2026-07-01T14:30:00Z", "2026-07-02 00:30 +10"},
		{"Asia/Kolkata", "2026-07-01T19:00:00Z", "2026-07-02 00:30 +0530"},
		{"Australia/Lord_Howe", "2026-01-01T13:00:00Z", "2026-01-02 00:00 +11"},
		{"Australia/Lord_Howe", "2026-07-01T14:00:00Z", "2026-07-02 00:30 +1030"},
		{"Pacific/Apia", "2011-12-30T10:00:00Z", "2011-12-31 00:00 +14"}, // 30 December never happened
	}
	for _, c := range cases {
		loc, _, _ := rebuilt(t, c.zone)
		at, err := time.Parse(time.RFC3339, c.at)
		if err != nil {
			t.Fatal(err)
		}
		if got := at.In(loc).Format("2006-01-02 15:04 -0700"); got != c.want && got != expand(c.want) {
			t.Errorf("%s in %s = %s, want %s", c.at, c.zone, got, c.want)
		}
	}
}

// expand writes "-04" as "-0400", as the -0700 layout does.
func expand(s string) string {
	if s[len(s)-3] == '+' || s[len(s)-3] == '-' {
		return s + "00"
	}
	return s
}

// TestLocalTimeToInstant: a wall-clock time typed by the person (backdating)
// is placed with the rules of its own date, not of today.
func TestLocalTimeToInstant(t *testing.T) {
	loc, _, _ := rebuilt(t, "America/New_York")
	summer, err := time.ParseInLocation("2006-01-02T15:04", "2026-07-02T00:30", loc)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := summer.UTC().Format(time.RFC3339), "2026-07-02T04:30:00Z"; got != want {
		t.Errorf("00:30 on 2 July in New York = %s, want %s", got, want)
	}
}

func TestFooter(t *testing.T) {
	for _, c := range []struct{ zone, want string }{
		{"America/New_York", "<-05>5<-04>4,M3.2.0,M11.1.0"},
		{"Europe/Berlin", "<+01>-1<+02>-2,M3.5.0,M10.5.0/3"},
		{"Australia/Sydney", "<+10>-10<+11>-11,M10.1.0,M4.1.0/3"},
		{"Australia/Lord_Howe", "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0"},
		{"Asia/Kolkata", "<+0530>-5:30"},
		{"America/Sao_Paulo", "<-03>3"},
	} {
		real, err := time.LoadLocation(c.zone)
		if err != nil {
			t.Fatal(err)
		}
		d := &device{loc: real}
		initial, ts := Scan(d.offsetAt, from, to)
		if got := footer(initial, ts, to); got != c.want {
			t.Errorf("%s: footer %q, want %q", c.zone, got, c.want)
		}
	}
}

func TestBadRules(t *testing.T) {
	if _, err := Location("x", 0, []Transition{{At: 10, Offset: 3600}, {At: 10, Offset: 0}}, 20); !errors.Is(err, ErrRules) {
		t.Errorf("transitions out of order: err %v, want ErrRules", err)
	}
	var many []Transition
	for i := range 300 {
		many = append(many, Transition{At: int64(i) * 86400, Offset: i * 60})
	}
	if _, err := Location("x", 0, many, 300*86400); !errors.Is(err, ErrRules) {
		t.Errorf("300 different offsets: err %v, want ErrRules", err)
	}
}

// FuzzScan: for any offsets that change at most once a Step, on whole
// minutes, the rebuilt location agrees with them everywhere.
func FuzzScan(f *testing.F) {
	f.Add(int64(1), []byte{10, 3, 200, 7, 90, 1})
	f.Add(int64(7), []byte{255, 0, 255, 0})
	f.Fuzz(func(t *testing.T, start int64, steps []byte) {
		start = start % (1 << 33)
		var ts []Transition
		at := start - start%60
		for i := 0; i+1 < len(steps) && i < 40; i += 2 {
			at += Step + int64(steps[i])*3600*24
			ts = append(ts, Transition{At: at, Offset: (int(steps[i+1])%57 - 28) * 1800})
		}
		offsetAt := func(u int64) int {
			off := 0
			for _, tr := range ts {
				if u >= tr.At {
					off = tr.Offset
				}
			}
			return off
		}
		end := at + 2*Step
		initial, got := Scan(offsetAt, start, end)
		calls := 0
		if i2, got2 := ScanProbed(offsetAt, prober(offsetAt, &calls), start, end); i2 != initial || !slices.Equal(got2, got) {
			t.Fatalf("probed %d %v, scan %d %v", i2, got2, initial, got)
		}
		loc, err := Location("fuzz", initial, got, end)
		if err != nil {
			t.Fatal(err)
		}
		for _, tr := range ts {
			for _, u := range []int64{tr.At - 1, tr.At, tr.At + 1} {
				if _, off := time.Unix(u, 0).In(loc).Zone(); off != offsetAt(u) {
					t.Fatalf("at %d: offset %d, want %d", u, off, offsetAt(u))
				}
			}
		}
	})
}

// prober answers Probe from offsetAt, counting its calls.
func prober(offsetAt func(int64) int, calls *int) Probe {
	return func(at []int64) []int {
		*calls++
		out := make([]int, len(at))
		for i, u := range at {
			out[i] = offsetAt(u)
		}
		return out
	}
}

// TestProbedIsScan: asking in batches changes nothing but the number of
// calls (each a call into JavaScript in the browser).
func TestProbedIsScan(t *testing.T) {
	for _, name := range zones {
		t.Run(name, func(t *testing.T) {
			real, err := time.LoadLocation(name)
			if err != nil {
				t.Fatal(err)
			}
			one := &device{loc: real}
			wantInitial, want := Scan(one.offsetAt, from, to)
			batched, behind, calls := &device{loc: real}, &device{loc: real}, 0
			initial, got := ScanProbed(batched.offsetAt, prober(behind.offsetAt, &calls), from, to)
			if initial != wantInitial || !slices.Equal(got, want) {
				t.Fatalf("probed: %d %v\nscan:   %d %v", initial, got, wantInitial, want)
			}
			direct := batched.n // offsetAt's own calls; the probe's are behind it
			if calls+direct >= one.n {
				t.Errorf("%d calls (%d batches), no fewer than Scan's %d", calls+direct, calls, one.n)
			}
			t.Logf("%d calls instead of %d", calls+direct, one.n)
		})
	}
}

// A probe that answers with the wrong number of offsets is not trusted.
func TestProbeShortAnswer(t *testing.T) {
	real, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	d := &device{loc: real}
	wantInitial, want := Scan(d.offsetAt, from, to)
	short := func(at []int64) []int { return make([]int, len(at)/2) }
	initial, got := ScanProbed(d.offsetAt, short, from, to)
	if initial != wantInitial || !slices.Equal(got, want) {
		t.Fatalf("with a short sampler: %d %v, want %d %v", initial, got, wantInitial, want)
	}
}
