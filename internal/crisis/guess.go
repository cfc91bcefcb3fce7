package crisis

import (
	"strings"
	"sync"
)

// Guess is the country whose lines to show first when the person has not
// chosen one: the region of the first language tag that names a country
// Kindly lists ("es-MX": Mexico; the interface language's tag, then the
// browser's first), else the country of the device's time zone, else ""
// (everywhere else). It reads only what the device already says: finding
// a country from the network would need a request, and Kindly makes none.
func Guess(tags []string, zone string) string {
	for _, tag := range tags {
		if r := region(tag); r != "" {
			if _, ok := Find(r); ok {
				return r
			}
		}
	}
	return zones()[zone]
}

// region is the region subtag of a BCP 47 tag, upper case ("zh-Hant-TW":
// "TW"), or "" when it has none or names an area ("es-419").
func region(tag string) string {
	parts := strings.FieldsFunc(tag, func(r rune) bool { return r == '-' || r == '_' })
	for i, p := range parts {
		switch {
		case i == 0 || i == 1 && len(p) == 4: // the language, a script
		case len(p) == 2 && isLetters(p):
			if p = strings.ToUpper(p); p == "UK" {
				return "GB" // not ISO, but people write it
			}
			return p
		default:
			return ""
		}
	}
	return ""
}

func isLetters(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

// zones maps the IANA time zones of the countries Kindly lists, old names
// browsers still report included (America/Montreal), to the country. It
// is made on first use rather than while the app starts.
var zones = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for country, names := range map[string]string{
		"US": "America/New_York America/Chicago America/Denver America/Phoenix America/Los_Angeles America/Anchorage America/Juneau " +
			"America/Adak America/Boise America/Detroit America/Indiana/Indianapolis America/Kentucky/Louisville Pacific/Honolulu",
		"CA": "America/Toronto America/Montreal America/Vancouver America/Edmonton America/Winnipeg America/Regina America/Halifax " +
			"America/St_Johns America/Moncton America/Whitehorse America/Yellowknife America/Iqaluit America/Goose_Bay",
		"MX": "America/Mexico_City America/Cancun America/Merida America/Monterrey America/Matamoros America/Chihuahua " +
			"America/Ciudad_Juarez America/Mazatlan America/Bahia_Banderas America/Hermosillo America/Tijuana",
		"AR": "America/Argentina/Buenos_Aires America/Buenos_Aires America/Argentina/Cordoba America/Cordoba America/Argentina/Salta " +
			"America/Argentina/Jujuy America/Argentina/Tucuman America/Argentina/Catamarca America/Argentina/La_Rioja " +
			"America/Argentina/San_Juan America/Argentina/Mendoza America/Argentina/San_Luis America/Argentina/Rio_Gallegos America/Argentina/Ushuaia",
		"CO": "America/Bogota",
		"GB": "Europe/London Europe/Belfast",
		"IE": "Europe/Dublin",
		"AU": "Australia/Sydney Australia/Melbourne Australia/Brisbane Australia/Adelaide Australia/Perth Australia/Hobart " +
			"Australia/Darwin Australia/Canberra Australia/Lord_Howe Australia/Broken_Hill",
		"NZ": "Pacific/Auckland Pacific/Chatham",
		"ES": "Europe/Madrid Atlantic/Canary Africa/Ceuta",
		"FR": "Europe/Paris",
		"BE": "Europe/Brussels",
		"LU": "Europe/Luxembourg",
		"DE": "Europe/Berlin",
		"AT": "Europe/Vienna",
		"CH": "Europe/Zurich",
	} {
		for _, z := range strings.Fields(names) {
			m[z] = country
		}
	}
	return m
})
