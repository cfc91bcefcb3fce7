package zone

import (
	"strconv"
	"time"
)

// rule is a yearly change of offset as POSIX TZ strings write one
// ("Mm.w.d/time"): the week-th weekday of a month (week 5 is the last),
// at a local time of day on the clock before the change.
type rule struct {
	month   time.Month
	week    int
	weekday time.Weekday
	secs    int // local time of day, seconds
}

// ruleOf is the rule that puts a change at the Unix time at, whose offset
// before it was before. A day in the month's last seven is read as "the
// last".
func ruleOf(at int64, before int) rule {
	l := time.Unix(at+int64(before), 0).UTC()
	w := (l.Day()-1)/7 + 1
	if l.Day()+7 > daysIn(l.Year(), l.Month()) {
		w = 5
	}
	return rule{month: l.Month(), week: w, weekday: l.Weekday(), secs: l.Hour()*3600 + l.Minute()*60 + l.Second()}
}

// at is when the rule changes the offset in year, from the offset before.
func (r rule) at(year, before int) int64 {
	first := time.Date(year, r.month, 1, 0, 0, 0, 0, time.UTC)
	d := 1 + (int(r.weekday)-int(first.Weekday())+7)%7 + (r.week-1)*7
	if d > daysIn(year, r.month) {
		d -= 7
	}
	return first.Unix() + int64(d-1)*86400 + int64(r.secs) - int64(before)
}

// String is the rule in a POSIX TZ string.
func (r rule) String() string {
	s := "M" + strconv.Itoa(int(r.month)) + "." + strconv.Itoa(r.week) + "." + strconv.Itoa(int(r.weekday))
	if r.secs != 2*3600 {
		s += "/" + clock(r.secs)
	}
	return s
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// clock is h[:mm[:ss]], as POSIX TZ strings write times and offsets.
func clock(secs int) string {
	s := strconv.Itoa(secs / 3600)
	if m, sec := secs/60%60, secs%60; m != 0 || sec != 0 {
		s += ":" + two(m)
		if sec != 0 {
			s += ":" + two(sec)
		}
	}
	return s
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// abbrev names an offset the way the tz database names zones that have no
// letters of their own: "+0530", "-03".
func abbrev(offset int) string {
	sign := "+"
	if offset < 0 {
		sign, offset = "-", -offset
	}
	s := sign + two(offset/3600)
	if m := offset / 60 % 60; m != 0 {
		s += two(m)
	}
	return s
}

// posixOffset is an offset as POSIX writes it: hours west of UTC.
func posixOffset(offset int) string {
	if offset > 0 {
		return "-" + clock(offset)
	}
	return clock(-offset)
}

// footer is the POSIX TZ string that carries the last years' rules past the
// end of ts: a fixed offset when the offset stopped changing, the yearly
// pair of changes when the last two years had the same pair, else "" (the
// last offset then holds).
func footer(initial int, ts []Transition, to int64) string {
	n := len(ts)
	last := initial
	if n > 0 {
		last = ts[n-1].Offset
	}
	if n == 0 || to-ts[n-1].At > 366*86400 {
		return "<" + abbrev(last) + ">" + posixOffset(last)
	}
	if n < 4 {
		return ""
	}
	a, b := ts[n-2], ts[n-1]
	before := ts[n-3].Offset
	if before != b.Offset || a.Offset == b.Offset || ts[n-4].Offset != a.Offset {
		return ""
	}
	ra, rb := yearly(ts[n-4].At, a.At, b.Offset), yearly(ts[n-3].At, b.At, a.Offset)
	if ra == nil || rb == nil {
		return ""
	}
	std, dst, start, end := b.Offset, a.Offset, *ra, *rb
	if std > dst {
		std, dst, start, end = dst, std, end, start
	}
	return "<" + abbrev(std) + ">" + posixOffset(std) + "<" + abbrev(dst) + ">" + posixOffset(dst) + "," + start.String() + "," + end.String()
}

// yearly is the rule of the change at, from the offset before, if it also
// put the change a year earlier at prev.
func yearly(prev, at int64, before int) *rule {
	r := ruleOf(at, before)
	for _, w := range []int{r.week, 4} {
		r.week = w
		if r.at(year(prev), before) == prev && r.at(year(at), before) == at {
			return &r
		}
	}
	return nil
}
