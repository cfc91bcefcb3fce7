package app

import (
	"errors"
	"strings"

	"github.com/kindly/kindly/app/browser"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shell is the layout around every page: header with the calm path, the
// update banner, storage errors, the page itself, the not-therapy note and
// the navigation. It marks the root ready once storage has been opened.
type shell struct {
	goapp.Compo

	Nav     string // the nav item of the current page
	Heading string
	Content content

	ready    bool
	storeErr error
	update   bool
	unsub    func()
	unlock   func()
}

func newShell(nav, heading string, elems ...goapp.UI) *shell {
	elems = goapp.FilterUIElems(elems...)
	return &shell{Nav: nav, Heading: heading, Content: func() []goapp.UI { return elems }}
}

// content is a page's elements, handed down through the shell. It is a
// function rather than a slice because go-app compares a child
// component's exported fields with reflect.DeepEqual before it renders the
// child again: on a slice that walked the page's whole element tree, which
// is built anew on every render, on each update (reflect was the largest
// Go item in a profile of the first page). DeepEqual finds two functions
// different at once, and go-app's own diff of the rendered elements then
// changes only what changed.
type content func() []goapp.UI

// OnPreRender runs on the server: the page shell is in the language the
// request asked for (see Localized).
func (s *shell) OnPreRender(ctx goapp.Context) {
	ctx.Page().SetLang(msg.Lang())
	ctx.Page().SetDescription(tr("manifest.description"))
	s.setTitle(ctx)
}

// pagesShown counts the pages mounted in this session: the first is the
// one the browser loaded; every later one came by in-app navigation.
var pagesShown int

func (s *shell) OnMount(ctx goapp.Context) {
	s.setTitle(ctx)
	// After in-app navigation (a tab, a link, Back or Forward) focus moves
	// to the new page's heading, so a screen reader says where the person
	// is, once; a page that focuses something of its own does so after.
	// The page the browser loaded keeps the browser's own focus.
	if pagesShown++; pagesShown > 1 {
		ctx.Defer(func(goapp.Context) { browser.Focus("page-heading") })
	} else {
		browser.KeepFocusFrom("page-heading")
	}
	ctx.Defer(func(goapp.Context) { browser.KeepRoomFor(".tabbar") })
	s.update, s.unsub = updateNews.subscribe(func() {
		ctx.Dispatch(func(goapp.Context) { s.update = true })
	})
	s.unlock = lockNews.subscribe(func() { s.lockChanged(ctx) })
	ctx.Async(func() {
		_, err := db.open()
		ctx.Dispatch(func(goapp.Context) {
			s.ready, s.storeErr = true, err
			if err == nil || errors.Is(err, ErrLocked) {
				db.keep()
			}
			workerAtStart.Do(func() {
				browser.RegisterWorker()
				browser.TellWorker(msg.Lang())
			})
			watchOnce.Do(func() { go watchForUpdates() })
		})
	})
}

// lockChanged follows the privacy lock. Locking reloads Kindly at Today,
// so that no entry text stays in this page's memory; unlocking shows the
// page again with its data (see reloadOnUnlock).
func (s *shell) lockChanged(ctx goapp.Context) {
	if _, locked := db.lockState(); locked {
		goapp.Window().Get("location").Call("replace", "/")
		return
	}
	ctx.Dispatch(func(ctx goapp.Context) {
		s.storeErr = nil
		ctx.NewAction(unlockedAction)
	})
}

func (s *shell) OnDismount() {
	if s.unsub != nil {
		s.unsub()
	}
	if s.unlock != nil {
		s.unlock()
	}
}

func (s *shell) setTitle(ctx goapp.Context) {
	title := tr("shell.brand")
	if s.Heading != "" && s.Nav != "today" {
		title = tr("shell.title", "page", s.Heading)
	}
	ctx.Page().SetTitle(title)
}

func (s *shell) reload(ctx goapp.Context, e goapp.Event) { ctx.Reload() }

func (s *shell) Render() goapp.UI {
	ready := "0"
	if s.ready {
		ready = "1"
	}
	return goapp.Div().Class("shell").DataSet("testid", "app").DataSet("ready", ready).Body(
		goapp.A().Class("skip-link").Href("#main").Text(tr("shell.skip")),
		goapp.Header().Class("topbar").Body(
			goapp.A().Class("brand").Href("/").Aria("label", tr("shell.brand.label")).Body(
				// go-app drops an empty alt, so the decorative icon is hidden instead.
				goapp.Img().Class("brand-icon").Src("/web/icons/icon.svg").Attr("role", "presentation").Aria("hidden", "true"),
				goapp.Span().Class("brand-name").Text(tr("shell.brand")),
			),
			goapp.Nav().Class("topnav").Aria("label", tr("shell.nav.more")).Body(
				navLink("support", "/support", tr("shell.nav.support"), s.Nav),
				navLink("settings", "/settings", tr("shell.nav.settings"), s.Nav),
			),
			goapp.A().Class("sos").Href("/?calm=1").DataSet("testid", "sos").Text(tr("shell.sos")),
		),
		slot(s.update, func() goapp.UI {
			return goapp.Div().Class("banner").DataSet("testid", "update-banner").Aria("live", "polite").Body(
				goapp.P().Text(tr("update.ready")),
				goapp.Button().Class("button").DataSet("testid", "update-reload").OnClick(s.reload).Text(tr("update.reload")),
			)
		}),
		slot(s.storeErr != nil, func() goapp.UI {
			if errors.Is(s.storeErr, ErrLocked) {
				return &unlockCard{}
			}
			return alert(storageMessage(s.storeErr))
		}),
		goapp.Main().ID("main").Class("page").Aria("labelledby", "page-heading").Body(
			goapp.H1().ID("page-heading").TabIndex(-1).Text(s.Heading),
			pageBody(s.Content),
		),
		goapp.Footer().Class("note").Body(
			goapp.P().Body(around(tr("shell.note"), "link", goapp.A().Href("/support").Text(tr("shell.note.link")))...),
		),
		goapp.Nav().Class("tabbar").Aria("label", tr("shell.nav.main")).Body(
			navLink("today", "/", tr("shell.nav.today"), s.Nav),
			navLink("exercises", "/exercises", tr("shell.nav.exercises"), s.Nav),
			navLink("mantras", "/mantras", tr("shell.nav.mantras"), s.Nav),
			navLink("journal", "/journal", tr("shell.nav.journal"), s.Nav),
			navLink("insights", "/insights", tr("shell.nav.insights"), s.Nav),
		),
	)
}

// navLink is one navigation item; the current page's is marked for
// assistive technology and styled from that mark.
func navLink(id, href, label, current string) goapp.UI {
	a := goapp.A().Class("navlink").Href(href).DataSet("testid", "nav-"+id).Text(label)
	if id == current {
		a = a.Aria("current", "page")
	}
	return a
}

// slot keeps a place in the tree for content that comes and goes. go-app
// diffs children by position, so an element appearing above an input would
// otherwise replace the input, and what the user typed with it.
func slot(show bool, content func() goapp.UI) goapp.UI {
	return goapp.Div().Class("slot").Body(goapp.If(show, content))
}

// pageBody holds the page's content. Its component type changes with the
// interface language, so a change of language mounts the page anew: go-app
// re-renders a child component only when its exported fields change, and
// most cards have none, so they would keep their old words.
func pageBody(c content) goapp.UI {
	if langGen%2 == 1 {
		return &oddBody{Content: c}
	}
	return &evenBody{Content: c}
}

type evenBody struct {
	goapp.Compo
	Content content
}

func (b *evenBody) Render() goapp.UI { return goapp.Div().Body(b.Content()...) }

type oddBody struct {
	goapp.Compo
	Content content
}

func (b *oddBody) Render() goapp.UI { return goapp.Div().Body(b.Content()...) }

// around is a catalog text with the placeholder {name} replaced by an
// element (a link, an isolated name), so that translators can put it
// anywhere in the sentence.
func around(text, name string, ui goapp.UI) []goapp.UI {
	before, after, _ := strings.Cut(text, "{"+name+"}")
	var out []goapp.UI
	if before != "" {
		out = append(out, goapp.Text(before))
	}
	out = append(out, ui)
	if after != "" {
		out = append(out, goapp.Text(after))
	}
	return out
}
