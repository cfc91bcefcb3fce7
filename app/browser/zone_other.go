//go:build !(js && wasm)

package browser

import "time"

// TimeZone is unknown ("") outside the browser.
func TimeZone() string { return "" }

// ZoneAt is the named zone from the system's tz database outside the
// browser, or nil.
func ZoneAt(name string, _ time.Time) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	return loc
}
