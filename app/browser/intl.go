package browser

// DateStyles are the Intl.DateTimeFormat options of the date and time
// styles Kindly writes, by name.
var DateStyles = map[string]map[string]any{
	"dayMonth":    {"day": "numeric", "month": "long"},
	"longDay":     {"weekday": "long", "day": "numeric", "month": "long"},
	"longDayYear": {"weekday": "long", "day": "numeric", "month": "long", "year": "numeric"},
	"shortDay":    {"weekday": "short", "day": "numeric", "month": "short", "year": "numeric"},
	"monthYear":   {"month": "long", "year": "numeric"},
	"weekday":     {"weekday": "short"},
	"weekdayLong": {"weekday": "long"},
	"clock12":     {"hour": "numeric", "minute": "2-digit", "hour12": true},
	"clock24":     {"hour": "2-digit", "minute": "2-digit", "hour12": false},
}
