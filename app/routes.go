package app

import (
	"slices"
	"strings"
	"sync"

	"github.com/kindly/kindly/internal/exercise"

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

// Routes registers every page with go-app; the server renders page shells
// with them.
func Routes() {
	fixedRoutes()
	idRoutes()
}

// ClientRoutes registers the pages in the browser, which starts at path.
// go-app compiles a regexp route as it is registered, and that (with the
// regexp and unicode code it runs for the first time) was an eighth of
// what the browser compiled before the first page was ready. So when the
// first page has a fixed address, the pages with an id are registered
// once it is ready (see shell); the exercises, linked from Today, get
// exact routes at once. Until then a link to an entry loads the page
// anew, which still works.
func ClientRoutes(path string) {
	fixedRoutes()
	for _, e := range exercise.All {
		goapp.Route("/exercises/"+e.ID, func() goapp.Composer { return &exercisePage{} })
	}
	if !slices.Contains(Paths, path) {
		idRoutesOnce()
	}
}

func fixedRoutes() {
	goapp.Route("/", func() goapp.Composer { return &today{} })
	goapp.Route("/exercises", func() goapp.Composer { return &exercises{} })
	goapp.Route("/mantras", func() goapp.Composer { return &mantras{} })
	goapp.Route("/journal", func() goapp.Composer { return &journalPage{} })
	goapp.Route("/insights", func() goapp.Composer { return &insights{} })
	goapp.Route("/settings", func() goapp.Composer { return &settings{} })
	goapp.Route("/support", func() goapp.Composer { return &support{} })
}

// idRoutes registers the pages with an id, and, last, anything else as a
// friendly not-found page (the server sets 404).
func idRoutes() {
	goapp.RouteWithRegexp(exercisePattern, func() goapp.Composer { return &exercisePage{} })
	goapp.RouteWithRegexp(entryPattern, func() goapp.Composer { return &entry{} })
	goapp.RouteWithRegexp("^/", func() goapp.Composer { return &notFound{} })
}

// idRoutesOnce is idRoutes, once: at start, or when the first page is ready.
var idRoutesOnce = sync.OnceFunc(idRoutes)

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
