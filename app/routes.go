package app

import (
	"regexp"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Paths of the pages with a fixed address (DESIGN §3). Each is precached
// by the service worker so it opens offline from a cold start.
var Paths = []string{"/", "/exercises", "/mantras", "/journal", "/insights", "/settings", "/support"}

// Pages with an id in their address. Offline, they open from the cached
// shell of "/" and route in the browser.
var (
	exercisePath = regexp.MustCompile(`^/exercises/[a-z0-9-]{1,64}$`)
	entryPath    = regexp.MustCompile(`^/journal/[A-Za-z0-9-]{1,64}$`)
)

// generated are the files go-app's handler writes itself.
var generated = map[string]bool{"/app.js": true, "/app-worker.js": true, "/wasm_exec.js": true, "/app.css": true}

// Routes registers every page with go-app. Both the server (to render page
// shells) and the wasm client call it.
func Routes() {
	goapp.Route("/", func() goapp.Composer { return &today{} })
	goapp.Route("/exercises", func() goapp.Composer { return &exercises{} })
	goapp.RouteWithRegexp(exercisePath.String(), func() goapp.Composer { return &exercisePage{} })
	goapp.Route("/mantras", func() goapp.Composer { return &mantras{} })
	goapp.Route("/journal", func() goapp.Composer { return &journalPage{} })
	goapp.RouteWithRegexp(entryPath.String(), func() goapp.Composer { return &entry{} })
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
	return exercisePath.MatchString(path) || entryPath.MatchString(path)
}

// Serves reports whether go-app's handler answers path with a page or one of
// its generated files, rather than the not-found page.
func Serves(path string) bool {
	return IsPage(path) || generated[path]
}
