package app

import (
	"slices"
	"sync"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/i18n"
)

// languagePref is the language chosen in Settings or on the first welcome
// screen; without one, Kindly follows the browser's languages.
const languagePref = "kindly.language"

// msg is the interface language's catalog. It is set before the first
// render and on every change, and read by Render like local; on the
// server, Localized sets it for each page shell it renders.
var msg = i18n.Load("en")

// tr is the interface text for key, placeholders filled from args (name,
// value, name, value…).
func tr(key string, args ...string) string { return msg.T(key, args...) }

// trn is tr for a text that counts n, in the plural form n takes, with n
// written as the language writes numbers.
func trn(key string, n int, args ...string) string {
	return msg.N(key, n, append(args[:len(args):len(args)], "n", local.count(n))...)
}

// languageFor is the saved choice if Kindly has it (pseudo-locales
// included, for tests), else the first of the browser's languages that
// Kindly has, else English.
func languageFor(saved string, browserLangs []string) string {
	if saved != "" {
		if c := i18n.Load(saved); c.Lang() != "en" || saved == "en" {
			return c.Lang()
		}
	}
	return i18n.Match(browserLangs)
}

// langGen counts the changes of interface language; the shell mounts the
// page anew when it changes (see pageBody).
var langGen int

// applyLanguage loads the interface language and puts it on <html>
// (lang and dir), where web/boot.js has already put the saved choice
// before the first paint.
func applyLanguage() {
	c := i18n.Load(languageFor(browser.Preference(languagePref), browser.Languages()))
	if c != msg {
		msg = c
		langGen++
	}
	browser.SetDocumentLanguage(msg.Lang(), msg.Dir())
	if started {
		browser.TellWorker(msg.Lang())
	}
	started = true
}

// started is set once the language has been applied at start; until the
// first page is ready (workerAtStart), the service worker is not told,
// so caching the shells in that language never competes with the start.
var started bool

// workerAtStart registers the service worker and tells it the language,
// once, when the first page is ready: its install downloads app.wasm and
// the page shells, which must not compete with the start.
var workerAtStart sync.Once

// chosenLanguage is the picker's current value.
func chosenLanguage() string {
	saved := browser.Preference(languagePref)
	if slices.Contains(i18n.Languages(), saved) {
		return saved
	}
	return ""
}
