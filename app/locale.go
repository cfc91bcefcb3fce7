package app

import (
	"strings"
	"time"
)

// locale is how this user writes dates and counts weeks: from the
// browser's language unless Settings chose otherwise. It is set before the
// first render and on every change, and read by Render like time.Local.
type locale struct {
	monthFirst bool
	firstDay   time.Weekday
}

var local = locale{firstDay: time.Monday}

// Preferences for dates and weeks, in localStorage.
const (
	datesPref     = "kindly.dates"      // "", "day-month" or "month-day"
	weekStartPref = "kindly.week-start" // "", "monday" or "sunday"
)

// sundayFirst are regions whose calendars usually start the week on Sunday.
var sundayFirst = []string{"US", "CA", "MX", "BR", "JP", "IL", "PH", "KR", "TW", "HK"}

// localeFor works out the locale from a language tag ("en-US") and the
// two preferences ("" follows the language).
func localeFor(language, dates, weekStart string) locale {
	region := ""
	if _, r, ok := strings.Cut(language, "-"); ok {
		region = strings.ToUpper(r)
	}
	l := locale{monthFirst: region == "US", firstDay: time.Monday}
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
