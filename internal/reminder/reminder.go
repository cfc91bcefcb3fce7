// Package reminder writes the daily check-in reminder as an iCalendar file
// (RFC 5545) that any calendar app imports: a daily event with an alarm.
// A web app cannot wake itself up when closed; the user's calendar can.
package reminder

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/kindly/kindly/internal/i18n"
)

// UID is the same in every file Kindly writes, so importing a new time
// updates the reminder instead of adding a second one.
const UID = "daily-checkin@kindly.app"

// ErrTime is returned for a time of day that is not HH:MM.
var ErrTime = errors.New("a reminder time looks like 20:30")

// Parse reads a time of day as HH:MM (the value of <input type="time">).
// It is read by hand rather than by time.Parse: Today reads the reminder
// time as it starts, and time.Parse's code was a sixtieth of what the
// browser compiled before the first page was ready.
func Parse(hhmm string) (hour, minute int, err error) {
	h, m, ok := strings.Cut(hhmm, ":")
	digits := func(s string) (int, bool) {
		n := 0
		for _, c := range s {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, s != ""
	}
	hour, hok := digits(h)
	minute, mok := digits(m)
	if !ok || !hok || !mok || len(h) > 2 || len(m) != 2 || hour > 23 || minute > 59 {
		return 0, 0, fmt.Errorf("%w: %q", ErrTime, hhmm)
	}
	return hour, minute, nil
}

// ICS returns the calendar file for a daily reminder at hour:minute, local
// time, starting on the first such moment after now, its words in msg's
// language. The time is floating (RFC 5545 §3.3.5, form 1): 20:30 stays
// 20:30 through daylight saving and wherever the user travels, which is
// what a daily habit wants.
func ICS(hour, minute int, now time.Time, msg *i18n.Catalog) string {
	start := time.Date(now.Year(), now.Month(), now.Day(), hour, minute, 0, 0, now.Location())
	if !start.After(now) {
		start = start.AddDate(0, 0, 1)
	}
	lines := []string{
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//Kindly//Daily check-in//EN",
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		"BEGIN:VEVENT",
		"UID:" + UID,
		"DTSTAMP:" + now.UTC().Format("20060102T150405Z"),
		"DTSTART:" + start.Format("20060102T150405"),
		"DURATION:PT5M",
		"RRULE:FREQ=DAILY",
		"SUMMARY:" + escape(msg.T("ics.summary")),
		"DESCRIPTION:" + escape(msg.T("ics.description")),
		"TRANSP:TRANSPARENT",
		"BEGIN:VALARM",
		"ACTION:DISPLAY",
		"DESCRIPTION:" + escape(msg.T("ics.alarm")),
		"TRIGGER:PT0M",
		"END:VALARM",
		"END:VEVENT",
		"END:VCALENDAR",
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(fold(l))
	}
	return b.String()
}

// escape quotes TEXT values (§3.3.11).
func escape(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`).Replace(s)
}

// fold ends a content line with CRLF, folding it at 75 octets without
// splitting a UTF-8 character (§3.1).
func fold(line string) string {
	var b strings.Builder
	width := 75
	for len(line) > width {
		cut := width
		for cut > 0 && line[cut]&0xC0 == 0x80 { // inside a UTF-8 sequence
			cut--
		}
		b.WriteString(line[:cut] + "\r\n ")
		line = line[cut:]
		width = 74 // the leading space of a continuation counts
	}
	b.WriteString(line + "\r\n")
	return b.String()
}
