//go:build js && wasm

package browser

import (
	"syscall/js"
	"testing"
	"time"
)

// TestDeviceZone: after UseDeviceZone, Go's local wall clock is the
// browser's, every five hours from 1990 to 2035 (the Makefile runs this in
// several zones through TZ).
func TestDeviceZone(t *testing.T) {
	if err := UseDeviceZone(); err != nil {
		t.Fatal(err)
	}
	t.Logf("zone %s (%s)", time.Local, zoneName())
	date := js.Global().Get("Date").New()
	end := time.Date(2035, 1, 1, 0, 0, 0, 0, time.UTC)
	for at := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC); at.Before(end); at = at.Add(5 * time.Hour) {
		date.Call("setTime", float64(at.UnixMilli()))
		want := time.Date(date.Call("getFullYear").Int(), time.Month(date.Call("getMonth").Int()+1), date.Call("getDate").Int(),
			date.Call("getHours").Int(), date.Call("getMinutes").Int(), 0, 0, time.UTC)
		l := at.Local()
		got := time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), 0, 0, time.UTC)
		if !got.Equal(want) {
			t.Fatalf("%s: Go's local clock reads %s, the browser's %s", at, got.Format("2006-01-02 15:04"), want.Format("2006-01-02 15:04"))
		}
	}
}

func TestHour12(t *testing.T) {
	for lang, want := range map[string]bool{"en-US": true, "en-GB": false, "de": false, "fr-FR": false, "en-AU": true, "not a tag!": false} {
		if got := Hour12(lang); got != want {
			t.Errorf("Hour12(%q) = %v, want %v", lang, got, want)
		}
	}
}

// BenchmarkUseDeviceZone is what reading the rules adds to start-up.
func BenchmarkUseDeviceZone(b *testing.B) {
	for b.Loop() {
		if err := UseDeviceZone(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestZoneAt: an imported entry's named zone, through Intl, with its
// daylight saving on that day.
func TestZoneAt(t *testing.T) {
	for _, c := range []struct {
		zone string
		at   time.Time
		want int // seconds east of UTC
	}{
		{"America/New_York", time.Date(2024, 7, 4, 23, 30, 0, 0, time.UTC), -4 * 3600},
		{"America/New_York", time.Date(2024, 1, 4, 23, 30, 0, 0, time.UTC), -5 * 3600},
		{"Asia/Kolkata", time.Date(2024, 1, 4, 23, 30, 0, 0, time.UTC), 5*3600 + 1800},
		{"Australia/Lord_Howe", time.Date(2024, 1, 4, 0, 0, 0, 0, time.UTC), 11 * 3600},
	} {
		loc := ZoneAt(c.zone, c.at)
		if loc == nil {
			t.Fatalf("%s unknown", c.zone)
		}
		if _, off := c.at.In(loc).Zone(); off != c.want {
			t.Errorf("%s at %v: offset %d, want %d", c.zone, c.at, off, c.want)
		}
	}
	if ZoneAt("Nowhere/Atlantis", time.Now()) != nil {
		t.Error("an unknown zone must give nil")
	}
}
