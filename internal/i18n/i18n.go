// Package i18n is Kindly's message catalog: every user-visible string,
// looked up by a stable dotted key ("journal.count") in the user's
// language, with English as the source and the fallback.
//
// Catalogs are go-i18n-style JSON files, which Weblate reads and writes,
// at catalogs/<lang>/<area>.json; a language's areas are merged so that
// each part of the app keeps its strings in a file of its own:
//
//	{
//	  "journal.title": "Journal",
//	  "journal.count": {
//	    "description": "Under the journal's title; n is how many entries.",
//	    "one": "{n} entry",
//	    "other": "{n} entries"
//	  }
//	}
//
// A message is a text or an object of plural forms named by CLDR category
// (zero, one, two, few, many, other) with an optional description for
// translators. Placeholders are {name}. Plural forms are chosen by CLDR
// rules written here for the shipped languages, because the rules in
// golang.org/x/text are years out of date and a library would cost the
// wasm far more than the text itself.
//
// The app does not read the JSON: a test (TestCompiled) compiles the
// catalogs into catalogs_gen.go, tables of Go strings that the linker
// lays out as data, so the first page needs no parsing, maps or
// allocation to find its text (reading English at start-up cost the
// wasm 23-50 ms). After changing a catalog, write it with
//
//	go test ./internal/i18n -args -update
//
// The package imports neither go-app nor syscall/js: the server renders
// page shells with it and plain go test checks every catalog (CheckFS).
package i18n

import (
	"slices"
	"strconv"
	"sync"
)

// embedded is the library of the shipped catalogs, compiled into
// catalogs_gen.go.
var embedded = &library{keys: keys[:], forms: compiled}

// source is the language every catalog is translated from.
const source = "en"

// shipped are the languages with a catalog, in the picker's order.
var shipped = []string{"en", "es", "de", "fr"}

// Pseudo-locales, generated from English for layout tests.
const (
	accented = "en-XA" // accented and about 40 % longer
	mirrored = "ar-XB" // English forced right to left
)

// Catalog is the messages of one language. It is immutable and safe to
// share between goroutines.
type Catalog struct {
	lang     string
	keys     []string        // English's keys, sorted
	forms    []string        // the packed message of each key, "" where this language lacks it
	fallback func() *Catalog // English, for keys this language lacks; nil for English
}

// Load returns the catalog of a shipped language (Languages) or of a
// pseudo-locale (en-XA, ar-XB), in any letter case and with "_" or "-";
// any other tag gives English, so pass a tag through Match first. A
// language's catalog is made once and then shared.
func Load(lang string) *Catalog {
	return embedded.load(lang)
}

// library is a set of catalogs as compiled tables: the sorted keys of
// English and each language's packed messages in the same order.
// Loading one reads no file and parses nothing; only a pseudo-locale is
// made at run time, from English.
type library struct {
	keys  []string
	forms func(lang string) []string // nil for a language without a catalog
	mu    sync.Mutex
	cache map[string]*Catalog
}

func (l *library) load(lang string) *Catalog {
	lang = canon(lang)
	if !slices.Contains(shipped, lang) && lang != accented && lang != mirrored {
		lang = source
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.get(lang)
}

// get is load with the lock held.
func (l *library) get(lang string) *Catalog {
	if c, ok := l.cache[lang]; ok {
		return c
	}
	c := &Catalog{lang: lang, keys: l.keys}
	switch lang {
	case source:
		c.forms = l.forms(source)
	case accented, mirrored:
		f := accent
		if lang == mirrored {
			f = mirror
		}
		c.forms = pseudo(l.get(source).forms, f)
	default:
		c.forms = l.forms(lang)
		c.fallback = sync.OnceValue(func() *Catalog { return l.load(source) })
	}
	if l.cache == nil {
		l.cache = make(map[string]*Catalog)
	}
	l.cache[lang] = c
	return c
}

// lookup is key's message in this language alone, "" if it lacks one.
func (c *Catalog) lookup(key string) packed {
	if i, ok := slices.BinarySearch(c.keys, key); ok && i < len(c.forms) {
		return packed(c.forms[i])
	}
	return ""
}

// Lang is the catalog's language tag ("es", "en-XA").
func (c *Catalog) Lang() string { return c.lang }

// Dir is the catalog's writing direction, "rtl" or "ltr", for the dir
// attribute of <html>. The right-to-left languages are a static list
// because Intl.Locale's getTextInfo is missing in Firefox and in Go.
func (c *Catalog) Dir() string {
	switch base(c.lang) { // ar-XB too
	case "ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb":
		return "rtl"
	}
	return "ltr"
}

// T is the message for key with its placeholders filled from args, which
// alternate a placeholder's name and its value:
//
//	c.T("journal.saved", "title", title)
//
// A placeholder without a value is left as written and an odd last
// argument is ignored. A key this language lacks comes from English; a key
// English lacks too comes back as itself (the tests catch that).
func (c *Catalog) T(key string, args ...string) string {
	return c.text(key, 0, false, args)
}

// N is T for a message that counts n: it picks the plural form for n by
// the language's CLDR rule and fills {n} with n, unless args give their
// own "n" (a number the browser formatted, "1,000"):
//
//	c.N("journal.count", len(entries))
func (c *Catalog) N(key string, n int, args ...string) string {
	return c.text(key, n, true, append(args[:len(args):len(args)], "n", strconv.Itoa(n)))
}

// text looks key up here, then in English, each catalog choosing the
// form by its own language's rule (French "one" covers 0, English's
// does not).
func (c *Catalog) text(key string, n int, counted bool, args []string) string {
	for k := c; ; k = k.fallback() {
		cat := other
		if counted {
			cat = category(k.lang, n)
		}
		if s := k.lookup(key).form(cat); s != "" {
			return fill(s, args)
		}
		if k.fallback == nil {
			return key
		}
	}
}

// Languages returns the shipped languages in the order the picker shows
// them, English first. Pseudo-locales are not among them.
func Languages() []string {
	return slices.Clone(shipped)
}

// Name is a language's own name ("Deutsch"), for the picker; a tag
// without a catalog comes back unchanged.
func Name(lang string) string {
	if l := canon(lang); slices.Contains(shipped, l) {
		if name := Load(l).lookup("language.name").form(other); name != "" {
			return name
		}
	}
	return lang
}
