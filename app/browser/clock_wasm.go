//go:build js && wasm

package browser

import (
	"math"
	"strconv"
	"strings"
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
	initial, ts := zone.ScanProbed(offsetAt, probeOffsets, from, to)
	// Named "Local", as Go's own: nothing reads the name, and asking Intl
	// for it (the first Intl object a page makes) took longer than the
	// whole scan, on the start-up path. TimeZone asks when it is needed.
	loc, err := zone.Location("Local", initial, ts, to)
	if err != nil {
		return err
	}
	time.Local = loc
	return nil
}

// probeOffsets asks web/boot.js's kindlyOffsets for the offsets at many
// instants in one call (one call per instant made the scan a twentieth
// of a second of the wasm's start on a fast machine). It gives nil, and
// the scan asks one at a time, when the helper is missing or answers
// something else.
func probeOffsets(at []int64) (out []int) {
	f := js.Global().Get("kindlyOffsets")
	if f.Type() != js.TypeFunction {
		return nil
	}
	q := make([]byte, 0, 12*len(at))
	for i, u := range at {
		if i > 0 {
			q = append(q, ',')
		}
		q = strconv.AppendInt(q, u, 10)
	}
	catch(func() {
		answer := f.Invoke(string(q))
		if answer.Type() != js.TypeString {
			return
		}
		for s := range strings.SplitSeq(answer.String(), ",") {
			minutes, err := strconv.ParseFloat(s, 64)
			if err != nil {
				out = nil
				return
			}
			out = append(out, -60*int(math.Round(minutes)))
		}
	})
	return out
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

// zoneFormatters write instants in a named zone, made once per zone.
var zoneFormatters = map[string]js.Value{}

// ZoneAt is the offset the IANA zone name had at the instant at, through
// Intl (the wasm has no tz database), or nil for a zone the browser does
// not know. An imported entry keeps the zone it was written in.
func ZoneAt(name string, at time.Time) (loc *time.Location) {
	catch(func() {
		f, ok := zoneFormatters[name]
		if !ok {
			f = intl("DateTimeFormat", "en-US", map[string]any{"timeZone": name, "hourCycle": "h23",
				"year": "numeric", "month": "numeric", "day": "numeric", "hour": "numeric", "minute": "numeric", "second": "numeric"})
			zoneFormatters[name] = f
		}
		at = at.Truncate(time.Second)
		parts := f.Call("formatToParts", float64(at.UnixMilli()))
		v := map[string]int{}
		for i := range parts.Length() {
			p := parts.Index(i)
			n, err := strconv.Atoi(p.Get("value").String())
			if err == nil {
				v[p.Get("type").String()] = n
			}
		}
		wall := time.Date(v["year"], time.Month(v["month"]), v["day"], v["hour"], v["minute"], v["second"], 0, time.UTC)
		loc = time.FixedZone("", int(wall.Sub(at.UTC())/time.Second))
	})
	return loc
}
