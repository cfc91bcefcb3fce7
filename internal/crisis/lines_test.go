package crisis

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/i18n"
)

// check is what is wrong with countries as of now: a country or line
// without its parts, a number that cannot be dialled as listed, a message
// key English lacks, a line without its source, and a verified date that
// is not a date, lies after now or more than a year before it.
func check(countries []Country, now time.Time) []error {
	en := i18n.Load("en")
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	key := func(where, k string) {
		if k == "" || en.T(k) == k {
			bad("%s: %q is not a key of the English catalog", where, k)
		}
	}
	dialable := regexp.MustCompile(`^[0-9]{2,15}$`)
	number := func(where string, n Number) {
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, n.Shown)
		if !dialable.MatchString(n.Dial) || digits != n.Dial {
			bad("%s: %+v is not dialable as written", where, n)
		}
	}
	codes := map[string]bool{}
	for _, c := range countries {
		if !regexp.MustCompile(`^[A-Z]{2}$`).MatchString(c.Code) || codes[c.Code] {
			bad("%q is not a new ISO 3166 code", c.Code)
		}
		codes[c.Code] = true
		key(c.Code, c.Name)
		if len(c.Emergency) == 0 || len(c.Lines) == 0 {
			bad("%s: every country shows its emergency number and at least one line", c.Code)
		}
		for _, e := range c.Emergency {
			number(c.Code+" emergency", e.Number)
			if e.For != "" {
				key(c.Code+" emergency", e.For)
			}
		}
		for _, l := range c.Lines {
			where := c.Code + " " + l.Name
			if l.Name == "" || len(l.Call) == 0 {
				bad("%s: a line has a name and a number to call", where)
			}
			for _, n := range l.Call {
				number(where, n)
			}
			if l.Text != (Number{}) {
				number(where, l.Text)
			}
			key(where, l.Note)
			if u, err := url.Parse(l.Source); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
				bad("%s: no source (the page that states the number): %q", where, l.Source)
			}
			switch v, err := time.Parse(time.DateOnly, l.Verified); {
			case err != nil:
				bad("%s: verified %q is not a date (YYYY-MM-DD)", where, l.Verified)
			case v.After(now):
				bad("%s: verified %s, after today (%s)", where, l.Verified, now.Format(time.DateOnly))
			case v.AddDate(1, 0, 0).Before(now):
				bad("%s: verified %s, more than a year before %s: read the source again", where, l.Verified, now.Format(time.DateOnly))
			}
		}
	}
	return errs
}

func TestCountries(t *testing.T) {
	for _, err := range check(Countries, time.Now()) {
		t.Error(err)
	}
	// The lines the first version listed stay listed.
	for _, code := range []string{"US", "CA", "GB", "IE", "AU", "NZ", "FR", "DE"} {
		if _, ok := Find(code); !ok {
			t.Errorf("no lines for %s", code)
		}
	}
}

// The check fails on the faults it is there for, so a green run means
// something.
func TestCheckFails(t *testing.T) {
	good := Line{Name: "Line", Call: []Number{{"116123", "116 123"}}, Note: "crisis.note.samaritans", Source: "https://example.org/help", Verified: "2026-06-01"}
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	country := func(l Line) []Country {
		return []Country{{Code: "GB", Name: "crisis.country.gb", Emergency: []Emergency{{Number{"999", "999"}, ""}}, Lines: []Line{l}}}
	}
	if errs := check(country(good), now); len(errs) > 0 {
		t.Fatalf("a good line fails: %v", errs)
	}
	for name, change := range map[string]func(*Line){
		"no source":           func(l *Line) { l.Source = "" },
		"a source not a page": func(l *Line) { l.Source = "samaritans.org" },
		"no verified date":    func(l *Line) { l.Verified = "" },
		"not a date":          func(l *Line) { l.Verified = "June 2026" },
		"more than a year":    func(l *Line) { l.Verified = "2025-12-01" },
		"after today":         func(l *Line) { l.Verified = "2026-12-03" },
		"letters in a number": func(l *Line) { l.Call = []Number{{"11612a", "11612a"}} },
		"written otherwise":   func(l *Line) { l.Call = []Number{{"116123", "116 124"}} },
		"no number":           func(l *Line) { l.Call = nil },
		"a key English lacks": func(l *Line) { l.Note = "crisis.note.nowhere" },
	} {
		l := good
		change(&l)
		if errs := check(country(l), now); len(errs) == 0 {
			t.Errorf("%s: the check passes %+v", name, l)
		}
	}
	// A year and a day after the newest row was read, every row is stale.
	newest := ""
	for _, c := range Countries {
		for _, l := range c.Lines {
			newest = max(newest, l.Verified)
		}
	}
	v, _ := time.Parse(time.DateOnly, newest)
	rows := 0
	for _, c := range Countries {
		rows += len(c.Lines)
	}
	if errs := check(Countries, v.AddDate(1, 0, 1)); len(errs) != rows {
		t.Errorf("a year and a day after %s, %d faults for %d rows", newest, len(errs), rows)
	}
}

func TestGuess(t *testing.T) {
	tests := []struct {
		tags []string
		zone string
		want string
	}{
		{[]string{"en", "en-US"}, "UTC", "US"}, // headless Chromium
		{[]string{"es", "es-MX"}, "", "MX"},
		{[]string{"de", "de-AT"}, "Europe/Berlin", "AT"}, // the language before the zone
		{[]string{"fr", "fr-CA"}, "", "CA"},
		{[]string{"fr-CA"}, "Europe/Paris", "CA"},
		{[]string{"de-CH-1996"}, "", "CH"},
		{[]string{"zh-Hant-TW"}, "America/Bogota", "CO"}, // a region Kindly lacks: the zone decides
		{[]string{"en-UK"}, "", "GB"},
		{[]string{"es-419"}, "America/Argentina/Buenos_Aires", "AR"},
		{[]string{"es"}, "America/Mexico_City", "MX"},
		{[]string{"de"}, "Europe/Vienna", "AT"},
		{[]string{"fr"}, "America/Toronto", "CA"},
		{[]string{"fr"}, "America/Montreal", "CA"},
		{[]string{"en-XA", ""}, "Europe/Dublin", "IE"},
		{[]string{"pt-BR"}, "America/Sao_Paulo", ""}, // everywhere else
		{nil, "", ""},
	}
	for _, tt := range tests {
		if got := Guess(tt.tags, tt.zone); got != tt.want {
			t.Errorf("Guess(%q, %q) = %q, want %q", tt.tags, tt.zone, got, tt.want)
		}
	}
}

// Every zone names a listed country, and every listed country has a zone.
func TestZones(t *testing.T) {
	var found []string
	for zone, code := range zones() {
		if _, ok := Find(code); !ok {
			t.Errorf("%s: %s is not listed", zone, code)
		}
		found = append(found, code)
	}
	for _, c := range Countries {
		if !slices.Contains(found, c.Code) {
			t.Errorf("%s has no time zone", c.Code)
		}
	}
}
