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
