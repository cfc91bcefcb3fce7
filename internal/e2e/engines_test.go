//go:build e2e

package e2e

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/backup"
	"github.com/kindly/kindly/internal/e2e/webdriver"
)

// TestEngines runs the core journeys in Firefox ESR and WebKitGTK (Safari's
// engine), each against a server of its own: first visit, write and reload,
// the calm path in two taps, a cold deep link offline, export, wipe and
// import, and the lock. Every page they open is checked for requests to
// other origins, CSP violations and style attributes.
func TestEngines(t *testing.T) {
	for _, e := range []webdriver.Engine{webdriver.Firefox, webdriver.WebKit} {
		t.Run(string(e), func(t *testing.T) {
			t.Parallel()
			journeys(t, e)
		})
	}
}

// engine is one browser under test, failing t on any error.
type engine struct {
	t    *testing.T
	b    *webdriver.Browser
	base string
}

// cspJS records CSP violations in window.__csp; Firefox runs it before the
// page's scripts, WebKit (no preload scripts) right after the load event.
const cspJS = `() => {
	if (window.__csp) return true;
	window.__csp = [];
	document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));
	return true;
}`

func (e *engine) ctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 45*time.Second)
}

func (e *engine) fail(format string, args ...any) {
	e.t.Helper()
	ctx, cancel := e.ctx()
	defer cancel()
	shot := "(none)"
	if png, err := e.b.Screenshot(ctx); err == nil {
		shot = filepath.Join(artefacts(e.t), strings.NewReplacer("/", "-", " ", "-").Replace(e.t.Name())+".png")
		os.WriteFile(shot, png, 0o644)
	}
	e.t.Fatalf("%s: "+format+" (screenshot %s)", append([]any{e.b.Version()}, append(args, shot)...)...)
}

func (e *engine) eval(fn string, out any, args ...any) {
	e.t.Helper()
	ctx, cancel := e.ctx()
	defer cancel()
	if err := e.b.Eval(ctx, fn, out, args...); err != nil {
		e.fail("%v", err)
	}
}

func (e *engine) waitFor(what, fn string, args ...any) {
	e.t.Helper()
	ctx, cancel := e.ctx()
	defer cancel()
	if err := e.b.WaitFor(ctx, fn, args...); err != nil {
		e.fail("waiting for %s: %v", what, err)
	}
}

// open loads path, waits for data-ready="1" and checks the page.
func (e *engine) open(path string) {
	e.t.Helper()
	ctx, cancel := e.ctx()
	defer cancel()
	if err := e.b.Navigate(ctx, e.base+path); err != nil {
		e.fail("%v", err)
	}
	e.ready(path)
}

func (e *engine) ready(what string) {
	e.t.Helper()
	e.eval(cspJS, nil)
	e.waitFor(what+" to be ready", `() => !!document.querySelector('[data-testid="app"][data-ready="1"]')`)
	e.check(what)
}

// check fails on requests that left the origin, CSP violations and style
// attributes (which the CSP blocks) on the page as it is now.
func (e *engine) check(what string) {
	e.t.Helper()
	var r struct {
		Foreign, CSP []string
		Styled       int
	}
	e.eval(`() => ({
		foreign: performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
			.map((p) => p.name).filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== location.origin),
		csp: window.__csp || [],
		styled: document.querySelectorAll("[style]").length,
	})`, &r)
	if len(r.Foreign) > 0 || len(r.CSP) > 0 || r.Styled > 0 {
		e.t.Errorf("%s, %s: requests to other origins %v, CSP violations %v, %d elements with a style attribute", e.b.Version(), what, r.Foreign, r.CSP, r.Styled)
	}
}

// tap clicks the first element matching selector once it is there and enabled.
func (e *engine) tap(selector string) {
	e.t.Helper()
	e.waitFor(selector, `(s) => { const el = document.querySelector(s); return !!el && !el.disabled; }`, selector)
	e.eval(`(s) => { document.querySelector(s).click(); return true; }`, nil, selector)
}

// typeText sets a field's value and fires input and change, as typing does.
func (e *engine) typeText(selector, text string) {
	e.t.Helper()
	e.waitFor(selector, `(s) => !!document.querySelector(s)`, selector)
	e.eval(`(s, v) => {
		const el = document.querySelector(s);
		el.focus(); el.value = v;
		el.dispatchEvent(new Event("input", {bubbles: true}));
		el.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	}`, nil, selector, text)
}

func (e *engine) path() string {
	var p string
	e.eval(`() => location.pathname`, &p)
	return p
}

// listed waits for the journal list and returns each entry's text.
func (e *engine) listed() []string {
	e.t.Helper()
	e.waitFor("the journal list", `() => !!document.querySelector('[data-testid="entry-list"][data-loaded="1"][data-indexed="1"]')`)
	var got []string
	e.eval(`() => [...document.querySelectorAll('[data-testid="entry-item"] .entry-text')].map((e) => e.textContent)`, &got)
	return got
}

func journeys(t *testing.T, which webdriver.Engine) {
	bin, addr := binary(t), freeAddr(t)
	srv := startServer(t, bin, addr)
	t.Cleanup(func() { srv.stop(t) })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	b, err := webdriver.Start(ctx, which, webdriver.Options{})
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	e := &engine{t: t, b: b, base: srv.url("")}
	if err := b.AddPreloadScript(context.Background(), cspJS); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		t.Fatal(err)
	}
	t.Logf("%s", b.Version())

	// First visit: ready, and installed for offline use.
	start := time.Now()
	e.open("/")
	t.Logf("first visit ready in %v", time.Since(start).Round(time.Millisecond))
	// app.wasm came from the compile worker (web/compile.js): Firefox and
	// WebKit post a compiled module to the page too.
	// (app.js in the same list shows the engine lists what the page fetched.)
	var fetched []int
	e.eval(`() => ["/web/app.wasm", "/app.js"].map((p) => performance.getEntriesByType("resource").filter((r) => r.name.endsWith(p)).length)`, &fetched)
	if len(fetched) != 2 || fetched[1] == 0 {
		t.Errorf("the page's resource timings are not readable here: %v", fetched)
	} else if fetched[0] != 0 {
		t.Errorf("the page fetched app.wasm itself (%d times): the compile worker failed here", fetched[0])
	}
	var lang string
	e.eval(`() => document.documentElement.lang`, &lang)
	if lang != "en" {
		t.Errorf("lang = %q, want en", lang)
	}
	e.waitFor("the service worker's cache", "async (want) => (await ("+precacheMissingJS+")(want)).length === 0", precached)

	// Write an entry; after a reload it is still there.
	const text = "Tried again today 💜 café"
	e.open("/journal")
	e.tap(`[data-testid="new-entry"]`)
	e.waitFor("a new entry, loaded", `() => !!document.querySelector('[data-testid="entry-save"]:not([disabled])')`)
	e.typeText(`[data-testid="entry-text"]`, text)
	e.tap(`[data-testid="entry-save"]`)
	e.waitFor("the journal after saving", `() => location.pathname === "/journal"`)
	if got := e.listed(); !slices.Equal(got, []string{text}) {
		e.fail("listed %q, want %q", got, text)
	}
	rctx, rcancel := e.ctx()
	if err := b.Reload(rctx); err != nil {
		e.fail("%v", err)
	}
	rcancel()
	e.ready("the journal, reloaded")
	if got := e.listed(); !slices.Equal(got, []string{text}) {
		e.fail("after a reload, listed %q, want %q", got, text)
	}
	var id string
	e.eval(`() => document.querySelector('[data-testid="entry-item"]').dataset.id`, &id)

	// The calm path: two taps from any page to breathing, and to a kind word.
	e.open("/journal")
	e.tap(`[data-testid="sos"]`)
	e.tap(`[data-testid="breathe"]`)
	e.waitFor("the breathing guide", `() => !!document.querySelector(".breathe-circle")`)
	e.open("/journal")
	e.tap(`[data-testid="sos"]`)
	e.tap(`[data-testid="calm-mantra"]`)
	e.waitFor("a kind word", `() => (document.querySelector('[data-testid="calm-mantra-text"]')?.textContent || "").length > 10`)

	// Where an engine lacks the share sheet or the install prompt, Kindly
	// says what to do instead, and a tap on Share always answers.
	e.open("/journal/" + id)
	e.tap(`[data-testid="entry-share"]`)
	var shared string
	e.waitFor("an answer to Share", `() => (document.querySelector('[data-testid="share-result"]')?.textContent || "") !== ""`)
	e.eval(`() => document.querySelector('[data-testid="share-result"]').textContent`, &shared)
	t.Logf("share: %q", shared)
	e.open("/settings")
	var install string
	e.eval(`() => document.getElementById("settings-install").parentElement.textContent`, &install)
	if !strings.Contains(install, "install Kindly from its menu") && !strings.Contains(install, "Add to Home Screen") {
		t.Errorf("%s: Settings' install card reads %q, want directions that work without an install prompt", b.Version(), install)
	}

	// Offline: the server is gone; a deep link opens from the cache, with
	// the entry.
	srv.stop(t)
	if res, err := http.Get(srv.url("/")); err == nil {
		res.Body.Close()
		t.Fatal("the server still answers; the offline check would prove nothing")
	}
	e.open("/journal/" + id)
	e.waitFor("the entry, offline", `(want) => document.querySelector('[data-testid="entry-text"]')?.value === want`, text)
	e.open("/support")
	srv = startServer(t, bin, addr)

	// Export a backup, wipe everything, import the backup.
	e.open("/settings")
	e.tap(`[data-testid="export-json"]`)
	var exported []byte
	e.waitFor("the export's result", `() => !!document.querySelector('[data-testid="data-result"]')`)
	deadline := time.Now().Add(20 * time.Second)
	for {
		files, _ := filepath.Glob(filepath.Join(b.DownloadDir(), "kindly-*.json"))
		if len(files) == 1 {
			exported, _ = os.ReadFile(files[0])
			if d, err := backup.Parse(exported); err == nil && len(d.Entries) == 1 {
				break
			}
		}
		if time.Now().After(deadline) {
			e.fail("no complete backup in %s (found %v)", b.DownloadDir(), files)
		}
		time.Sleep(100 * time.Millisecond)
	}
	e.typeText(`[data-testid="wipe-confirm"]`, "delete")
	e.tap(`[data-testid="wipe-all"]`)
	e.waitFor("Today after wiping", `() => location.pathname === "/"`)
	e.open("/journal")
	e.waitFor("an empty journal", `() => !!document.querySelector('[data-testid="journal-empty"]')`)
	e.open("/settings")
	e.waitFor("the import control", `() => !!document.querySelector('[data-testid="import-file"]')`)
	e.eval(`(text) => {
		const dt = new DataTransfer();
		dt.items.add(new File([text], "kindly-backup.json", {type: "application/json"}));
		const el = document.querySelector('[data-testid="import-file"]');
		el.files = dt.files;
		el.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	}`, nil, string(exported))
	e.waitFor("the import's result", `() => !!document.querySelector('[data-testid="data-result"]')`)
	e.open("/journal")
	if got := e.listed(); !slices.Equal(got, []string{text}) {
		e.fail("after export, wipe and import, listed %q, want %q", got, text)
	}

	// The lock: on, reload, unlock.
	e.open("/settings")
	e.tap(`[data-testid="lock-enable"]`)
	e.typeText("#lock-pass-1", passphrase)
	e.typeText("#lock-pass-2", passphrase)
	e.tap(`[data-testid="lock-confirm"]`)
	e.waitFor("the lock to be on", `() => !!document.querySelector('[data-testid="lock-result"]')`)
	e.open("/journal")
	e.waitFor("the lock screen", `() => !!document.querySelector('[data-testid="locked"]')`)
	var body string
	e.eval(`() => document.body.textContent`, &body)
	if strings.Contains(body, "Tried again") {
		e.fail("entry text on screen while locked")
	}
	e.typeText(`[data-testid="passphrase"]`, passphrase)
	e.tap(`[data-testid="unlock"]`)
	if got := e.listed(); !slices.Equal(got, []string{text}) {
		e.fail("after unlocking, listed %q, want %q", got, text)
	}
	e.check("the journal, unlocked")
}
