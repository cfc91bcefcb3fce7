//go:build js && wasm

package browser

import (
	"strconv"
	"syscall/js"
	"time"
)

// formatters are Intl.DateTimeFormat objects by language and style, made
// once each: building one costs far more than using it.
var formatters = map[string]js.Value{}

// FormatDate writes t's wall clock in language with Intl, whose data knows
// every language's month and weekday names and order, at no cost to the
// wasm. style names the fields (DateStyles). The wall clock is formatted
// as UTC, so the result is the day and time t shows in its own location.
func FormatDate(language string, t time.Time, style string) (s string) {
	opts, ok := DateStyles[style]
	if !ok {
		return ""
	}
	catch(func() {
		key := language + "|" + style
		f, ok := formatters[key]
		if !ok {
			o := map[string]any{"timeZone": "UTC"}
			for k, v := range opts {
				o[k] = v
			}
			f = intl("DateTimeFormat", language, o)
			formatters[key] = f
		}
		ms := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC).UnixMilli()
		s = f.Call("format", float64(ms)).String()
	})
	return s
}

// numberFormats are Intl.NumberFormat objects by language and digits.
var numberFormats = map[string]js.Value{}

// FormatNumber writes f with digits decimals as language writes numbers
// ("1.234,5" in German), with Intl.
func FormatNumber(language string, f float64, digits int) (s string) {
	catch(func() {
		key := language + "|" + strconv.Itoa(digits)
		nf, ok := numberFormats[key]
		if !ok {
			nf = intl("NumberFormat", language, map[string]any{"minimumFractionDigits": digits, "maximumFractionDigits": digits})
			numberFormats[key] = nf
		}
		s = nf.Call("format", f).String()
	})
	return s
}
