package app

import (
	"strings"
	"time"
)

// locale is how this user writes dates and clock times and counts weeks:
// from the browser's language unless Settings chose otherwise. It is set
// before the first render and on every change, and read by Render like
// time.Local.
type locale struct {
	monthFirst bool
	firstDay   time.Weekday
	hour12     bool // "3:04 PM" rather than "15:04"
}

var local = locale{firstDay: time.Monday}

// Preferences for dates and weeks, in localStorage.
const (
	datesPref     = "kindly.dates"      // "", "day-month" or "month-day"
	weekStartPref = "kindly.week-start" // "", "monday" or "sunday"
	clockPref     = "kindly.clock"      // "", "12" or "24"
)

// sundayFirst are regions whose calendars usually start the week on Sunday.
var sundayFirst = []string{"US", "CA", "MX", "BR", "JP", "IL", "PH", "KR", "TW", "HK"}

// localeFor works out the locale from a language tag ("en-US"), whether
// that language reads a 12-hour clock (the browser knows: Intl), and the
// three preferences ("" follows the language).
func localeFor(language string, hour12 bool, dates, weekStart, clock string) locale {
	region := ""
	if _, r, ok := strings.Cut(language, "-"); ok {
		region = strings.ToUpper(r)
	}
	l := locale{monthFirst: region == "US", firstDay: time.Monday, hour12: hour12}
	for _, r := range sundayFirst {
		if region == r {
			l.firstDay = time.Sunday
		}
	}
	switch dates {
	case "day-month":
		l.monthFirst = false
	case "month-day":
		l.monthFirst = true
	}
	switch clock {
	case "12":
		l.hour12 = true
	case "24":
		l.hour12 = false
	}
	switch weekStart {
	case "monday":
		l.firstDay = time.Monday
	case "sunday":
		l.firstDay = time.Sunday
	}
	return l
}

// dayMonth is "22 November" or "November 22".
func (l locale) dayMonth(t time.Time) string {
	if l.monthFirst {
		return t.Format("January 2")
	}
	return t.Format("2 January")
}

// longDay is "Sunday 22 November" or "Sunday, November 22".
func (l locale) longDay(t time.Time) string {
	if l.monthFirst {
		return t.Format("Monday, January 2")
	}
	return t.Format("Monday 2 January")
}

// longDayYear is longDay with the year.
func (l locale) longDayYear(t time.Time) string {
	if l.monthFirst {
		return t.Format("Monday, January 2, 2006")
	}
	return t.Format("Monday 2 January 2006")
}

// shortDay is "Sun 22 Nov 2026" or "Sun, Nov 22, 2026".
func (l locale) shortDay(t time.Time) string {
	if l.monthFirst {
		return t.Format("Mon, Jan 2, 2006")
	}
	return t.Format("Mon 2 Jan 2006")
}

// clock is "15:04" or "3:04 PM".
func (l locale) clock(t time.Time) string {
	if l.hour12 {
		return t.Format("3:04 PM")
	}
	return t.Format("15:04")
}

// dayClock is "Mon 15:04" or "Mon 3:04 PM".
func (l locale) dayClock(t time.Time) string {
	return t.Format("Mon") + " " + l.clock(t)
}

// longDayYearAt is "Monday 2 January 2026 at 15:04" or "Monday, January 2,
// 2026 at 3:04 PM".
func (l locale) longDayYearAt(t time.Time) string {
	return l.longDayYear(t) + " at " + l.clock(t)
}
