package app

import (
	"strconv"
	"strings"
	"time"

	"github.com/kindly/kindly/app/browser"
)

// locale is how this user writes dates and clock times and counts weeks:
// from the browser's language unless Settings chose otherwise. It is set
// before the first render and on every change, and read by Render like
// time.Local.
type locale struct {
	monthFirst bool
	firstDay   time.Weekday
	hour12     func() bool // "3:04 PM" rather than "15:04"; asked on first use (nil: no)
	intl       string      // the tag the browser's Intl writes dates in; "" for Go's English
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
// that language reads a 12-hour clock (the browser knows: Intl), the tag
// Intl writes dates in (intlTag), and the three preferences ("" follows
// the language).
func localeFor(language string, hour12 func() bool, intl, dates, weekStart, clock string) locale {
	region := ""
	if _, r, ok := strings.Cut(language, "-"); ok {
		region = strings.ToUpper(r)
	}
	l := locale{monthFirst: region == "US", firstDay: time.Monday, hour12: hour12, intl: intl}
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
		l.hour12 = func() bool { return true }
	case "24":
		l.hour12 = nil
	}
	switch weekStart {
	case "monday":
		l.firstDay = time.Monday
	case "sunday":
		l.firstDay = time.Sunday
	}
	return l
}

// intlTag is the language tag dates are written in: "" for English and
// the pseudo-locales, whose dates Go writes (as on the server), else the
// browser's own tag when it is the same language (es-MX keeps Mexico's
// conventions), else the interface language.
func intlTag(ui, browserLang string) string {
	base, _, _ := strings.Cut(ui, "-")
	if base == "en" || strings.HasSuffix(ui, "-XA") || strings.HasSuffix(ui, "-XB") {
		return ""
	}
	if b, _, _ := strings.Cut(browserLang, "-"); strings.EqualFold(b, base) {
		return browserLang
	}
	return ui
}

// format writes t in style through the browser's Intl for a language
// other than English, and with the Go layout otherwise (or where Intl
// cannot: on the server).
func (l locale) format(t time.Time, style, layout string) string {
	if l.intl != "" {
		if s := browser.FormatDate(l.intl, t, style); s != "" {
			return s
		}
	}
	return t.Format(layout)
}

// pick is the month-first or the day-first layout.
func (l locale) pick(monthFirst, dayFirst string) string {
	if l.monthFirst {
		return monthFirst
	}
	return dayFirst
}

// dayMonth is "22 November" or "November 22".
func (l locale) dayMonth(t time.Time) string {
	return l.format(t, "dayMonth", l.pick("January 2", "2 January"))
}

// longDay is "Sunday 22 November" or "Sunday, November 22".
func (l locale) longDay(t time.Time) string {
	return l.format(t, "longDay", l.pick("Monday, January 2", "Monday 2 January"))
}

// longDayYear is longDay with the year.
func (l locale) longDayYear(t time.Time) string {
	return l.format(t, "longDayYear", l.pick("Monday, January 2, 2006", "Monday 2 January 2006"))
}

// shortDay is "Sun 22 Nov 2026" or "Sun, Nov 22, 2026".
func (l locale) shortDay(t time.Time) string {
	return l.format(t, "shortDay", l.pick("Mon, Jan 2, 2006", "Mon 2 Jan 2006"))
}

// monthYear is "November 2026".
func (l locale) monthYear(t time.Time) string {
	return l.format(t, "monthYear", "January 2006")
}

// weekday is a short weekday name, "Mon".
func (l locale) weekday(d time.Weekday) string {
	return l.format(dayOfWeek(d), "weekday", "Mon")
}

// weekdayLong is a weekday's name, "Monday".
func (l locale) weekdayLong(d time.Weekday) string {
	return l.format(dayOfWeek(d), "weekdayLong", "Monday")
}

// dayOfWeek is a date that falls on d.
func dayOfWeek(d time.Weekday) time.Time {
	return time.Date(2026, 11, 1+int(d), 12, 0, 0, 0, time.UTC) // 1 November 2026 is a Sunday
}

// clock is "15:04" or "3:04 PM".
func (l locale) clock(t time.Time) string {
	if l.hour12 != nil && l.hour12() {
		return l.format(t, "clock12", "3:04 PM")
	}
	return l.format(t, "clock24", "15:04")
}

// dayClock is "Mon 15:04" or "Mon 3:04 PM".
func (l locale) dayClock(t time.Time) string {
	return l.weekday(t.Weekday()) + " " + l.clock(t)
}

// longDayYearAt is "Monday 2 January 2026 at 15:04" or "Monday, January 2,
// 2026 at 3:04 PM".
func (l locale) longDayYearAt(t time.Time) string {
	return tr("date.day-at-time", "date", l.longDayYear(t), "time", l.clock(t))
}

// number writes f with digits decimals the way the language writes
// numbers (Intl), or as Go does for English and on the server.
func (l locale) number(f float64, digits int) string {
	if l.intl != "" {
		if s := browser.FormatNumber(l.intl, f, digits); s != "" {
			return s
		}
	}
	return strconv.FormatFloat(f, 'f', digits, 64)
}

// count writes a whole number, "1.000" in German.
func (l locale) count(n int) string { return l.number(float64(n), 0) }
