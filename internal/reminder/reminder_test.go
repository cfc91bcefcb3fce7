package reminder

import (
	"errors"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/kindly/kindly/internal/i18n"
)

var english = i18n.Load("en")

// property is one parsed content line.
type property struct {
	name, params, value string
}

// parse reads an iCalendar stream as RFC 5545 §3.1 describes: CRLF line
// ends, continuation lines starting with a space, NAME;PARAMS:VALUE.
func parse(t *testing.T, ics string) []property {
	t.Helper()
	if !strings.HasSuffix(ics, "\r\n") || strings.Contains(strings.ReplaceAll(ics, "\r\n", ""), "\n") {
		t.Fatal("lines must end with CRLF, and only there")
	}
	var lines []string
	for _, raw := range strings.Split(strings.TrimSuffix(ics, "\r\n"), "\r\n") {
		if len(raw) > 75 {
			t.Errorf("line longer than 75 octets: %q", raw)
		}
		if strings.HasPrefix(raw, " ") {
			lines[len(lines)-1] += raw[1:]
			continue
		}
		lines = append(lines, raw)
	}
	var out []property
	for _, l := range lines {
		head, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("no colon in %q", l)
		}
		name, params, _ := strings.Cut(head, ";")
		out = append(out, property{name, params, value})
	}
	return out
}

func TestICS(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	tests := []struct {
		name      string
		now       time.Time
		h, m      int
		wantStart string
	}{
		{"later today", time.Date(2026, 11, 22, 9, 0, 0, 0, ny), 20, 30, "20261122T203000"},
		{"already past: tomorrow", time.Date(2026, 11, 22, 21, 0, 0, 0, ny), 20, 30, "20261123T203000"},
		{"the night clocks go back", time.Date(2026, 10, 31, 22, 0, 0, 0, ny), 8, 0, "20261101T080000"},
		{"end of the year", time.Date(2026, 12, 31, 23, 0, 0, 0, time.UTC), 7, 5, "20270101T070500"},
	}
	for _, tt := range tests {
		props := parse(t, ICS(tt.h, tt.m, tt.now, english))
		get := func(name string) []string {
			var vs []string
			for _, p := range props {
				if p.name == name {
					vs = append(vs, p.value)
				}
			}
			return vs
		}
		want := map[string]string{
			"VERSION": "2.0", "UID": UID, "DTSTART": tt.wantStart, "RRULE": "FREQ=DAILY",
			"ACTION": "DISPLAY", "TRIGGER": "PT0M", "DURATION": "PT5M",
		}
		for name, v := range want {
			if got := get(name); len(got) != 1 || got[0] != v {
				t.Errorf("%s: %s = %v, want %q", tt.name, name, got, v)
			}
		}
		if got := get("DTSTAMP"); len(got) != 1 || !strings.HasSuffix(got[0], "Z") {
			t.Errorf("%s: DTSTAMP %v must be UTC", tt.name, got)
		}
		// Components open and close in order.
		var stack []string
		for _, p := range props {
			switch p.name {
			case "BEGIN":
				stack = append(stack, p.value)
			case "END":
				if len(stack) == 0 || stack[len(stack)-1] != p.value {
					t.Fatalf("%s: END:%s does not close %v", tt.name, p.value, stack)
				}
				stack = stack[:len(stack)-1]
			}
		}
		if len(stack) != 0 || props[0].value != "VCALENDAR" {
			t.Errorf("%s: unbalanced components %v", tt.name, stack)
		}
		if d := get("DESCRIPTION"); len(d) != 2 || !strings.Contains(d[0], `one next step. Skipping is fine\, too.`) {
			t.Errorf("%s: descriptions %q (commas escaped, folded lines joined)", tt.name, d)
		}
	}
}

func TestFold(t *testing.T) {
	long := "DESCRIPTION:" + strings.Repeat("é", 60) // 2-byte characters
	got := fold(long)
	for _, l := range strings.Split(strings.TrimSuffix(got, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("folded line of %d octets", len(l))
		}
	}
	if strings.ReplaceAll(strings.TrimSuffix(got, "\r\n"), "\r\n ", "") != long {
		t.Error("unfolding does not give the line back (a character was split)")
	}
}

func TestParse(t *testing.T) {
	if h, m, err := Parse("20:30"); err != nil || h != 20 || m != 30 {
		t.Errorf("Parse(20:30) = %d, %d, %v", h, m, err)
	}
	for _, bad := range []string{"", "8pm", "25:00", "20:61", "20-30"} {
		if _, _, err := Parse(bad); !errors.Is(err, ErrTime) {
			t.Errorf("Parse(%q): %v", bad, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("07:45")
	f.Fuzz(func(t *testing.T, s string) {
		if h, m, err := Parse(s); err == nil {
			parse(t, ICS(h, m, time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC), english))
		}
	})
}

// FuzzParseLikeTime: Parse reads exactly what time.Parse("15:04") reads, the same
// way (it was time.Parse before being written by hand for start-up).
func FuzzParseLikeTime(f *testing.F) {
	for _, s := range []string{"20:30", "9:05", "09:05", "24:00", "23:60", "7:5", "", ":", "20:30:00", "٣:٣٠", "+1:30", " 1:30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, m, err := Parse(s)
		want, werr := time.Parse("15:04", s)
		if (err == nil) != (werr == nil) {
			t.Fatalf("Parse(%q) err %v; time.Parse err %v", s, err, werr)
		}
		if err == nil && (h != want.Hour() || m != want.Minute()) {
			t.Fatalf("Parse(%q) = %d:%d, time.Parse says %d:%d", s, h, m, want.Hour(), want.Minute())
		}
	})
}
