package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Paths of the pages with a fixed address (DESIGN §3). Each is precached
// by the service worker so it opens offline from a cold start.
var Paths = []string{"/", "/exercises", "/mantras", "/journal", "/insights", "/settings", "/support"}

// Pages with an id in their address. Offline, they open from the cached
// shell of "/" and route in the browser. go-app routes them by these
// patterns; idPath checks them on the server. A bounded repetition such as
// {1,64} would compile to 64 copies, on the wasm's start-up path.
const (
	exercisePattern = `^/exercises/[a-z0-9-]+$`
	entryPattern    = `^/journal/[A-Za-z0-9-]+$`
	maxID           = 64
)

// idPath reports whether path is prefix followed by an id of at most maxID
// letters, digits and dashes (lower-case letters only, unless upper).
func idPath(path, prefix string, upper bool) bool {
	id, ok := strings.CutPrefix(path, prefix)
	if !ok || id == "" || len(id) > maxID {
		return false
	}
	for _, c := range id {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || upper && 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// generated are the files go-app's handler writes itself.
var generated = map[string]bool{"/app.js": true, "/app-worker.js": true, "/wasm_exec.js": true, "/app.css": true}

// Routes registers every page with go-app. Both the server (to render page
// shells) and the wasm client call it.
func Routes() {
	goapp.Route("/", func() goapp.Composer { return &today{} })
	goapp.Route("/exercises", func() goapp.Composer { return &exercises{} })
	goapp.RouteWithRegexp(exercisePattern, func() goapp.Composer { return &exercisePage{} })
	goapp.Route("/mantras", func() goapp.Composer { return &mantras{} })
	goapp.Route("/journal", func() goapp.Composer { return &journalPage{} })
	goapp.RouteWithRegexp(entryPattern, func() goapp.Composer { return &entry{} })
	goapp.Route("/insights", func() goapp.Composer { return &insights{} })
	goapp.Route("/settings", func() goapp.Composer { return &settings{} })
	goapp.Route("/support", func() goapp.Composer { return &support{} })
	// Last: anything else is a friendly not-found page (the server sets 404).
	goapp.RouteWithRegexp("^/", func() goapp.Composer { return &notFound{} })
}

// IsPage reports whether path is one of Kindly's pages.
func IsPage(path string) bool {
	for _, p := range Paths {
		if p == path {
			return true
		}
	}
	return idPath(path, "/exercises/", false) || idPath(path, "/journal/", true)
}

// Serves reports whether go-app's handler answers path with a page or one of
// its generated files, rather than the not-found page.
func Serves(path string) bool {
	return IsPage(path) || generated[path]
}
