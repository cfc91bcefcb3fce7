package importer

import (
	"strings"
	"time"
	"unicode"
)

// Daylio's dates and clock times, as its CSV writes them.

// daylioISODate reads a date written strictly as YYYY-MM-DD that exists. Years
// before 1900 are a spreadsheet's mangling, not a day someone lived.
func daylioISODate(s string) (int, time.Month, int, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, 0, 0, false
	}
	y, ok1 := daylioDigits(s[0:4])
	m, ok2 := daylioDigits(s[5:7])
	d, ok3 := daylioDigits(s[8:10])
	if !ok1 || !ok2 || !ok3 || !daylioDateExists(y, m, d) {
		return 0, 0, 0, false
	}
	return y, time.Month(m), d, true
}

func daylioDateExists(y, m, d int) bool {
	if y < 1900 || m < 1 || m > 12 || d < 1 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Year() == y && t.Month() == time.Month(m) && t.Day() == d
}

// daylioDigits reads a non-empty run of ASCII digits.
func daylioDigits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

var daylioMonths = func() map[string]time.Month {
	m := map[string]time.Month{"sept": time.September}
	for i := time.January; i <= time.December; i++ {
		n := strings.ToLower(i.String())
		m[n], m[n[:3]] = i, i
	}
	return m
}()

// oldDaylioDate rebuilds a date from the oldest header's year and its
// localized day and month ("18 May", "May 18"); only English month names
// are known.
func oldDaylioDate(year, date string) (int, time.Month, int, bool) {
	y, ok := daylioDigits(strings.TrimSpace(year))
	if !ok {
		return 0, 0, 0, false
	}
	parts := strings.FieldsFunc(date, func(r rune) bool { return r == '.' || r == ',' || unicode.IsSpace(r) })
	if len(parts) != 2 {
		return 0, 0, 0, false
	}
	for _, p := range [][2]string{{parts[0], parts[1]}, {parts[1], parts[0]}} {
		d, dok := daylioDigits(p[0])
		m, mok := daylioMonths[strings.ToLower(p[1])]
		if dok && mok && daylioDateExists(y, int(m), d) {
			return y, m, d, true
		}
	}
	return 0, 0, 0, false
}

// daylioClock reads the device's clock format as Daylio wrote it: "14:58",
// "08:13", "8:30 pm", "8:30PM", "12:05 am" (00:05), and the seconds a
// spreadsheet may add ("20:39:00").
func daylioClock(s string) (h, m int, ok bool) {
	s = strings.ToLower(strings.TrimFunc(s, unicode.IsSpace))
	half := ""
	for _, suf := range []string{"am", "pm", "a.m.", "p.m."} {
		if strings.HasSuffix(s, suf) {
			half, s = suf[:1], strings.TrimRightFunc(strings.TrimSuffix(s, suf), unicode.IsSpace)
			break
		}
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ':' || r == '.' })
	if len(parts) < 2 || len(parts) > 3 || strings.Count(s, ":")+strings.Count(s, ".") != len(parts)-1 {
		return 0, 0, false
	}
	h, hok := daylioDigits(parts[0])
	m, mok := daylioDigits(parts[1])
	if !hok || !mok || len(parts[0]) > 2 || len(parts[1]) != 2 || m > 59 {
		return 0, 0, false
	}
	if len(parts) == 3 {
		if sec, ok := daylioDigits(parts[2]); !ok || len(parts[2]) != 2 || sec > 59 {
			return 0, 0, false
		}
	}
	switch half {
	case "":
		if h > 23 {
			return 0, 0, false
		}
	default:
		if h < 1 || h > 12 {
			return 0, 0, false
		}
		h %= 12
		if half == "p" {
			h += 12
		}
	}
	return h, m, true
}
