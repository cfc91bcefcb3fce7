//go:build !wasm

package app

import (
	"testing"
	"time"
)

func TestLocale(t *testing.T) {
	day := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		lang, dates, week string
		long              string
		first             time.Weekday
	}{
		{"en-GB", "", "", "Sunday 22 November", time.Monday},
		{"en-US", "", "", "Sunday, November 22", time.Sunday},
		{"fr-FR", "", "", "Sunday 22 November", time.Monday},
		{"pt-BR", "", "", "Sunday 22 November", time.Sunday},
		{"en", "", "", "Sunday 22 November", time.Monday},
		{"en-US", "day-month", "monday", "Sunday 22 November", time.Monday},
		{"de-DE", "month-day", "sunday", "Sunday, November 22", time.Sunday},
	}
	for _, tt := range tests {
		l := localeFor(tt.lang, tt.dates, tt.week)
		if got := l.longDay(day); got != tt.long || l.firstDay != tt.first {
			t.Errorf("%s %q %q: %q, weeks from %v; want %q, %v", tt.lang, tt.dates, tt.week, got, l.firstDay, tt.long, tt.first)
		}
	}
}
