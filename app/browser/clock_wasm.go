//go:build js && wasm

package browser

import (
	"math"
	"syscall/js"
	"time"

	"github.com/kindly/kindly/internal/zone"
)

// UseDeviceZone makes time.Local follow the device's time-zone rules, read
// from the browser, in place of the single offset Go's js/wasm runtime
// takes at start: an entry written in summer then shows its summer time in
// winter. It covers 1970 to the end of next year and carries the last
// rule on from there. Call it first thing, before any goroutine reads
// time.Local.
func UseDeviceZone() error {
	// Bound methods are invoked without decoding a method name each time.
	date := js.Global().Get("Date").New()
	proto := js.Global().Get("Date").Get("prototype")
	setTime, getOffset := proto.Get("setTime").Call("bind", date), proto.Get("getTimezoneOffset").Call("bind", date)
	offsetAt := func(unix int64) int {
		setTime.Invoke(float64(unix) * 1000)
		return -60 * int(math.Round(getOffset.Invoke().Float()))
	}
	from := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	to := time.Date(time.Now().UTC().Year()+2, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	initial, ts := zone.Scan(offsetAt, from, to)
	loc, err := zone.Location(zoneName(), initial, ts, to)
	if err != nil {
		return err
	}
	time.Local = loc
	return nil
}

// zoneName is the device's zone ("Europe/Berlin"), or "Local".
func zoneName() (name string) {
	name = "Local"
	catch(func() {
		if z := intl("DateTimeFormat").Call("resolvedOptions").Get("timeZone"); z.Type() == js.TypeString {
			name = z.String()
		}
	})
	return name
}

// TimeZone is the device's time zone ("Europe/Vienna"), or "" when the
// browser does not say.
func TimeZone() string {
	if z := zoneName(); z != "Local" {
		return z
	}
	return ""
}

// Hour12 reports whether language reads clock times on a 12-hour dial
// ("3:04 PM"), as the browser's Intl data says.
func Hour12(language string) (h12 bool) {
	catch(func() {
		h12 = intl("DateTimeFormat", language, map[string]any{"hour": "numeric"}).Call("resolvedOptions").Get("hour12").Truthy()
	})
	return h12
}

func intl(constructor string, args ...any) js.Value {
	return js.Global().Get("Intl").Get(constructor).New(args...)
}
