package i18n

import (
	"strings"
	"testing"
	"testing/fstest"
)

// testFS is a small set of catalogs with plural messages, a key only
// English has, an empty translation and a file that does not parse.
var testFS = fstest.MapFS{
	"en/journal.json": {Data: []byte(`{
		"journal.title": "Journal",
		"journal.count": {"description": "n entries", "one": "{n} entry", "other": "{n} entries"},
		"journal.days": {"one": "One day", "other": "{n} days"},
		"journal.saved": "Saved {title} at {time}",
		"journal.only": "Only in English",
		"journal.blank": "Blank in Spanish"
	}`)},
	"es/journal.json": {Data: []byte(`{
		"journal.title": "Diario",
		"journal.count": {"one": "{n} entrada", "many": "{n} de entradas", "other": "{n} entradas"},
		"journal.days": {"one": "Un día", "many": "{n} de días", "other": "{n} días"},
		"journal.saved": "{title}, guardado a las {time}",
		"journal.blank": ""
	}`)},
	"es/broken.json": {Data: []byte(`{"journal.only": "Sólo`)},
	"fr/journal.json": {Data: []byte(`{
		"journal.title": "Journal intime",
		"journal.count": {"one": "{n} entrée", "many": "{n} d’entrées", "other": "{n} entrées"}
	}`)},
}

func TestT(t *testing.T) {
	l := libraryOf(testFS)
	for _, tc := range []struct {
		lang, key string
		args      []string
		want      string
	}{
		{"es", "journal.title", nil, "Diario"},
		{"es", "journal.saved", []string{"title", "Lunes", "time", "9:00"}, "Lunes, guardado a las 9:00"},
		{"es", "journal.saved", []string{"time", "9:00"}, "{title}, guardado a las 9:00"},                 // no value: as written
		{"es", "journal.saved", []string{"title", "a", "title", "b", "time"}, "a, guardado a las {time}"}, // first wins, odd last ignored
		{"es", "journal.saved", []string{"title", "{time}", "time", "9"}, "{time}, guardado a las 9"},     // values are not filled again
		{"es", "journal.count", nil, "{n} entradas"},                                                      // T on a plural message: "other"
		{"es", "journal.only", nil, "Only in English"},                                                    // missing, and in a file that does not parse
		{"es", "journal.blank", nil, "Blank in Spanish"},                                                  // empty
		{"es", "journal.nowhere", nil, "journal.nowhere"},                                                 // the last resort
		{"ja", "journal.title", nil, "Journal"},                                                           // no catalog: English
		{"ES", "journal.title", nil, "Diario"},                                                            //
	} {
		if got := l.load(tc.lang).T(tc.key, tc.args...); got != tc.want {
			t.Errorf("%s: T(%q, %q) = %q, want %q", tc.lang, tc.key, tc.args, got, tc.want)
		}
	}
}

func TestN(t *testing.T) {
	l := libraryOf(testFS)
	for _, tc := range []struct {
		lang, key string
		n         int
		args      []string
		want      string
	}{
		{"en", "journal.count", 1, nil, "1 entry"},
		{"en", "journal.count", 0, nil, "0 entries"},
		{"en", "journal.count", 1000, []string{"n", "1,000"}, "1,000 entries"}, // Intl's number
		{"en", "journal.days", 1, nil, "One day"},
		{"en", "journal.title", 3, nil, "Journal"}, // N on a plain message
		{"es", "journal.count", 1, nil, "1 entrada"},
		{"es", "journal.count", 2, nil, "2 entradas"},
		{"es", "journal.count", 1000000, []string{"n", "1.000.000"}, "1.000.000 de entradas"},
		{"fr", "journal.count", 0, nil, "0 entrée"},
		{"fr", "journal.count", 2000000, nil, "2000000 d’entrées"},
		{"fr", "journal.days", 0, nil, "0 days"}, // from English, by English's rule
		{"fr", "journal.days", 1, nil, "One day"},
		{"de", "journal.count", -1, nil, "-1 entry"},
		{"ar-XB", "journal.count", 2, nil, "\u202e2 entries\u202c"},
	} {
		if got := l.load(tc.lang).N(tc.key, tc.n, tc.args...); got != tc.want {
			t.Errorf("%s: N(%q, %d, %q) = %q, want %q", tc.lang, tc.key, tc.n, tc.args, got, tc.want)
		}
	}
}

// N adds its count to the caller's arguments without writing into them.
func TestNKeepsArgs(t *testing.T) {
	args := make([]string, 2, 4)
	args[0], args[1] = "title", "x"
	libraryOf(testFS).load("en").N("journal.count", 5, args...)
	if s := args[:4]; s[2] != "" || s[3] != "" {
		t.Errorf("N wrote into its caller's slice: %q", s)
	}
}

// Every key of the embedded English reads as non-empty text in every
// language and pseudo-locale, and catalogs are read once.
func TestLoadEmbedded(t *testing.T) {
	en := Load("en")
	for _, lang := range append(Languages(), "en-XA", "ar-XB") {
		c := Load(lang)
		if c.Lang() != lang {
			t.Errorf("Load(%q).Lang() = %q", lang, c.Lang())
		}
		if Load(strings.ToUpper(lang)) != c {
			t.Errorf("Load(%q) read the catalog again", lang)
		}
		for _, key := range en.keys {
			if s := c.T(key); s == "" || s == key {
				t.Errorf("%s: T(%q) = %q", lang, key, s)
			}
		}
	}
	for _, lang := range []string{"", "xx", "de-AT", "ar", "en-XB"} {
		if c := Load(lang); c != en {
			t.Errorf("Load(%q) = %s, want English", lang, c.Lang())
		}
	}
}
