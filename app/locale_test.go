//go:build !wasm

package app

import (
	"testing"
	"time"
)

func TestLocale(t *testing.T) {
	day := time.Date(2026, 11, 22, 0, 30, 0, 0, time.UTC)
	tests := []struct {
		lang               string
		hour12             bool // what Intl says of the language
		dates, week, clock string
		long, at           string
		first              time.Weekday
	}{
		{"en-GB", false, "", "", "", "Sunday 22 November", "Sunday 22 November 2026 at 00:30", time.Monday},
		{"en-US", true, "", "", "", "Sunday, November 22", "Sunday, November 22, 2026 at 12:30 AM", time.Sunday},
		{"fr-FR", false, "", "", "", "Sunday 22 November", "Sunday 22 November 2026 at 00:30", time.Monday},
		{"pt-BR", false, "", "", "", "Sunday 22 November", "Sunday 22 November 2026 at 00:30", time.Sunday},
		{"en", true, "", "", "", "Sunday 22 November", "Sunday 22 November 2026 at 12:30 AM", time.Monday},
		{"en-US", true, "day-month", "monday", "24", "Sunday 22 November", "Sunday 22 November 2026 at 00:30", time.Monday},
		{"de-DE", false, "month-day", "sunday", "12", "Sunday, November 22", "Sunday, November 22, 2026 at 12:30 AM", time.Sunday},
	}
	for _, tt := range tests {
		l := localeFor(tt.lang, func() bool { return tt.hour12 }, "", tt.dates, tt.week, tt.clock)
		if got, at := l.longDay(day), l.longDayYearAt(day); got != tt.long || at != tt.at || l.firstDay != tt.first {
			t.Errorf("%s %q %q %q: %q, %q, weeks from %v; want %q, %q, %v", tt.lang, tt.dates, tt.week, tt.clock, got, at, l.firstDay, tt.long, tt.at, tt.first)
		}
	}
	if got := localeFor("en-US", func() bool { return true }, "", "", "", "").dayClock(day.Add(15 * time.Hour)); got != "Sun 3:30 PM" {
		t.Errorf("dayClock = %q, want Sun 3:30 PM", got)
	}
}

func TestIntlTag(t *testing.T) {
	for _, tt := range []struct{ ui, browser, want string }{
		{"en", "en-US", ""},
		{"en-XA", "de-DE", ""},
		{"ar-XB", "ar-EG", ""},
		{"es", "es-MX", "es-MX"},
		{"es", "en-US", "es"},
		{"de", "DE-at", "DE-at"},
		{"fr", "", "fr"},
	} {
		if got := intlTag(tt.ui, tt.browser); got != tt.want {
			t.Errorf("intlTag(%q, %q) = %q, want %q", tt.ui, tt.browser, got, tt.want)
		}
	}
}
