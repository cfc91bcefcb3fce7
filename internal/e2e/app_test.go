//go:build e2e

package e2e

import (
	"context"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// routes are opened online and offline: every page of DESIGN §3, deep links
// with ids, query strings, and an unknown path.
var routes = []string{
	"/", "/exercises", "/exercises/name-the-weather", "/mantras", "/journal",
	"/journal/0193f1a2-7c1e-7000-8000-000000000001", "/insights", "/settings", "/support",
	"/?calm=1", "/?calm=breathe", "/journal?kind=win&q=caf%C3%A9", "/no/such/page",
}

// precached are the URLs the service worker must hold after a first visit.
var precached = []string{
	"/", "/exercises", "/mantras", "/journal", "/insights", "/settings", "/support",
	"/app.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest",
	"/web/app.wasm", "/web/kindly.css",
	"/web/icons/icon-192.png", "/web/icons/icon-512.png", "/web/icons/maskable-512.png", "/web/icons/icon.svg",
}

var navIDs = []string{"nav-today", "nav-exercises", "nav-mantras", "nav-journal", "nav-insights", "nav-settings", "nav-support", "sos"}

func TestKindly(t *testing.T) {
	bin := binary(t)
	addr := freeAddr(t)
	profile := t.TempDir()
	srv := startServer(t, bin, addr)
	origin := "http://" + addr
	b := newBrowser(t, profile)

	t.Run("FirstVisit", func(t *testing.T) {
		d := b.open(t, srv.url("/"))
		t.Logf("first visit: navigation start to data-ready=1 in %v", d.Round(time.Millisecond))
		if got := eval[string](t, b, `document.documentElement.lang`); got != "en" {
			t.Errorf("lang = %q, want en", got)
		}
	})

	t.Run("Precache", func(t *testing.T) {
		waitPrecached(t, b)
		time.Sleep(500 * time.Millisecond) // the worker has activated and claimed the page
		if n := eval[int](t, b, `document.querySelectorAll('[data-testid="update-banner"]').length`); n != 0 {
			t.Error("the first install shows the update banner")
		}
	})

	t.Run("Installable", func(t *testing.T) {
		res, err := chromedp.Call(b.ctx, page.GetInstallabilityErrors, cdp.Empty{})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range res.InstallabilityErrors {
			t.Errorf("installability error: %s", e.ErrorID)
		}
	})

	t.Run("Manifest", func(t *testing.T) {
		m2 := eval[map[string]any](t, b, `fetch("/manifest.webmanifest").then((r) => r.json())`)
		if m2["id"] != "/" || m2["start_url"] != "/" || m2["display"] != "standalone" {
			t.Errorf("manifest id/start_url/display = %v/%v/%v", m2["id"], m2["start_url"], m2["display"])
		}
		shortcuts, _ := m2["shortcuts"].([]any)
		var urls []string
		for _, s := range shortcuts {
			urls = append(urls, s.(map[string]any)["url"].(string))
		}
		if !slices.Contains(urls, "/?calm=1") || !slices.Contains(urls, "/?checkin=1") {
			t.Errorf("shortcuts %v, want the calm path and the check-in", urls)
		}
		icons, _ := m2["icons"].([]any)
		maskable := false
		for _, i := range icons {
			src := i.(map[string]any)["src"].(string)
			if !strings.HasPrefix(src, "/web/icons/") {
				t.Errorf("icon %q is not local", src)
			}
			maskable = maskable || i.(map[string]any)["purpose"] == "maskable"
		}
		if !maskable {
			t.Error("no maskable icon")
		}
	})

	t.Run("EveryRouteOnline", func(t *testing.T) {
		for _, r := range routes {
			b.open(t, srv.url(r))
			for _, id := range navIDs {
				if n := eval[int](t, b, `document.querySelectorAll('[data-testid="`+id+`"]').length`); n != 1 {
					t.Errorf("%s: %d elements with data-testid=%s, want 1", r, n, id)
				}
			}
			if h := eval[string](t, b, `document.querySelector("h1").textContent`); h == "" {
				t.Errorf("%s: empty page heading", r)
			}
			if v := eval[[]string](t, b, `window.__csp`); len(v) > 0 {
				t.Errorf("%s: CSP violations %v", r, v)
			}
			if n := eval[int](t, b, `window.__rtc.length`); n != 0 {
				t.Errorf("%s: %d RTCPeerConnection made outside pairing", r, n)
			}
			if el := eval[int](t, b, `document.querySelectorAll("[style]").length`); el != 0 {
				t.Errorf("%s: %d elements carry a style attribute (the CSP blocks them)", r, el)
			}
			name := strings.NewReplacer("/", "_", "?", "-", "=", "-", "&", "-", "%", "").Replace(strings.TrimPrefix(r, "/"))
			if name == "" {
				name = "today"
			}
			b.screenshot(t, "phone-"+name)
		}
		b.open(t, srv.url("/support"))
		if !eval[bool](t, b, `!!document.querySelector('[data-testid="crisis-lines"] a[href="tel:988"]')`) {
			t.Error("offline from cold, Support lacks the crisis lines")
		}
		b.open(t, srv.url("/no/such/page"))
		if n := eval[int](t, b, `document.querySelectorAll('[data-testid="not-found"]').length`); n != 1 {
			t.Error("an unknown path does not show the not-found page")
		}
	})

	t.Run("DarkTheme", func(t *testing.T) {
		bg := `getComputedStyle(document.body).backgroundColor`
		b.open(t, srv.url("/"))
		light := eval[string](t, b, bg)
		emulateMedia(t, b, "prefers-color-scheme", "dark")
		defer emulateMedia(t, b, "prefers-color-scheme", "")
		dark := eval[string](t, b, bg)
		if dark == light {
			t.Errorf("dark scheme keeps the light background %s", light)
		}
		b.screenshot(t, "phone-today-dark")
	})

	t.Run("NotFoundStatus", func(t *testing.T) {
		res, err := http.Get(srv.url("/no/such/page"))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("unknown path: HTTP %d, want 404", res.StatusCode)
		}
	})

	t.Run("CalmPathTwoTaps", func(t *testing.T) {
		b.open(t, srv.url("/journal"))
		ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
		defer cancel()
		err := chromedp.Do(ctx,
			chromedp.Click(chromedp.CSS(`[data-testid="sos"]`)),
			chromedp.Click(chromedp.CSS(`[data-testid="breathe"]`)),
			chromedp.WaitVisible(chromedp.CSS(`.breathe-circle`)),
		)
		if err != nil {
			t.Fatalf("sos → breathe: %v", err)
		}
		b.open(t, srv.url("/?calm=mantra"))
		if txt := eval[string](t, b, `document.querySelector('[data-testid="calm-mantra-text"]').textContent`); len(txt) < 10 {
			t.Errorf("calm mantra text %q", txt)
		}
	})

	t.Run("StorageOpened", func(t *testing.T) {
		stores := eval[[]string](t, b, `new Promise((ok, fail) => {
			const r = indexedDB.open("kindly");
			r.onsuccess = () => { const names = [...r.result.objectStoreNames]; r.result.close(); ok(names); };
			r.onerror = () => fail(r.error);
		})`)
		for _, s := range []string{"entries", "mantras", "drafts", "settings", "quarantine"} {
			if !slices.Contains(stores, s) {
				t.Errorf("IndexedDB kindly lacks object store %q (has %v)", s, stores)
			}
		}
		b.open(t, srv.url("/settings"))
		deadline := time.Now().Add(10 * time.Second)
		var status string
		for time.Now().Before(deadline) {
			status = eval[string](t, b, `document.querySelector('[data-testid="storage-status"]').textContent`)
			if strings.Contains(status, "Kindly uses") {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if !strings.Contains(status, "Kindly uses") {
			t.Errorf("storage status %q", status)
		}
	})

	t.Run("StorageBlocked", func(t *testing.T) {
		tab, cancel := chromedp.NewContext(b.ctx)
		defer cancel()
		tb := &browser{ctx: tab, watch: b.watch}
		_, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `IDBFactory.prototype.open = function () { throw new DOMException("The user denied permission to access the database.", "SecurityError"); };`,
		})
		if err != nil {
			t.Fatal(err)
		}
		tb.open(t, srv.url("/journal"))
		msg := eval[string](t, tb, `(document.querySelector('[data-testid="error"]') || {}).textContent || ""`)
		if !strings.Contains(msg, "nothing you type will be kept") {
			t.Errorf("blocked storage: error message %q", msg)
		}
		if n := eval[int](t, tb, `document.querySelectorAll('[data-testid="breathe"], [data-testid="sos"]').length`); n == 0 {
			t.Error("blocked storage: the calm path is gone")
		}
		tb.screenshot(t, "phone-storage-blocked")
	})

	t.Run("NoForeignRequestsNoErrors", func(t *testing.T) {
		reqs, errs := b.watch.snapshot()
		if len(reqs) == 0 {
			t.Fatal("no requests were recorded: the watch is broken")
		}
		if f := foreign(origin, reqs); len(f) > 0 {
			t.Errorf("requests to other origins: %v", f)
		}
		for _, e := range errs {
			// The deliberate visit of an unknown path is logged as a 404.
			if strings.Contains(e, "404") && strings.HasSuffix(e, srv.url("/no/such/page")) {
				continue
			}
			t.Errorf("browser error: %s", e)
		}
	})

	srv.stop(t)
	b.close()

	t.Run("OfflineColdStart", func(t *testing.T) {
		if res, err := http.Get(srv.url("/")); err == nil {
			res.Body.Close()
			t.Fatal("the server still answers; the offline test would prove nothing")
		}
		b = newBrowser(t, profile)
		// The calm path first, from a deep link opened cold and offline:
		// two taps to a kind word, two taps to breathing.
		b.open(t, srv.url("/journal"))
		ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
		defer cancel()
		err := chromedp.Do(ctx,
			chromedp.Click(chromedp.CSS(`[data-testid="sos"]`)),
			chromedp.Click(chromedp.CSS(`[data-testid="calm-mantra"]`)),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="calm-mantra-text"]`)),
		)
		if err != nil {
			t.Fatalf("offline: sos → a kind word: %v (screenshot %s)", err, b.screenshot(t, "calm-offline"))
		}
		b.screenshot(t, "phone-calm-mantra-offline")
		err = chromedp.Do(ctx,
			chromedp.Click(chromedp.CSS(`[data-testid="sos"]`)),
			chromedp.Click(chromedp.CSS(`[data-testid="breathe"]`)),
			chromedp.WaitVisible(chromedp.CSS(`.breathe-circle`)),
		)
		if err != nil {
			t.Fatalf("offline: sos → breathe: %v (screenshot %s)", err, b.screenshot(t, "calm-offline"))
		}
		b.screenshot(t, "phone-calm-breathe-offline")
		for _, r := range routes {
			d := b.open(t, srv.url(r))
			if r == "/" {
				t.Logf("repeat visit, offline: navigation start to data-ready=1 in %v", d.Round(time.Millisecond))
			}
		}
		b.open(t, srv.url("/support"))
		if !eval[bool](t, b, `!!document.querySelector('[data-testid="crisis-lines"] a[href="tel:988"]')`) {
			t.Error("offline from cold, Support lacks the crisis lines")
		}
		b.open(t, srv.url("/no/such/page"))
		if n := eval[int](t, b, `document.querySelectorAll('[data-testid="not-found"]').length`); n != 1 {
			t.Error("offline, an unknown path does not show the not-found page")
		}
		reqs, errs := b.watch.snapshot()
		if f := foreign(origin, reqs); len(f) > 0 {
			t.Errorf("requests to other origins: %v", f)
		}
		for _, e := range errs {
			t.Errorf("browser error offline: %s", e)
		}
	})

	t.Run("Update", func(t *testing.T) {
		b.open(t, srv.url("/settings"))
		old := eval[string](t, b, `document.querySelector('[data-testid="app-version"]').textContent`)
		const next = "e2e-next"
		if old == "" || old == next {
			t.Fatalf("version before the update is %q", old)
		}
		srv = startServer(t, buildVersion(t, next), addr)
		defer srv.stop(t)
		b.open(t, srv.url("/")) // a navigation makes the browser check for a new worker
		ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
		defer cancel()
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`[data-testid="update-banner"]`))); err != nil {
			state := eval[string](t, b, `(async () => {
				const r = await navigator.serviceWorker.getRegistration();
				const st = (w) => w ? w.scriptURL + ":" + w.state : "none";
				return JSON.stringify({caches: await caches.keys(), active: st(r && r.active), waiting: st(r && r.waiting), installing: st(r && r.installing), controller: st(navigator.serviceWorker.controller), version: goappGetenv("GOAPP_VERSION"), early: goappUpdatedBeforeWasmLoaded, fn: String(goappOnUpdate).slice(0, 80)});
			})()`)
			t.Fatalf("update-banner never appeared: %v; worker state %s (screenshot %s)", err, state, b.screenshot(t, "update-missing"))
		}
		b.screenshot(t, "phone-update-banner")
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`[data-testid="update-reload"]`))); err != nil {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond) // let the reload begin
		b.waitReady(t, ctx, "reload after update")
		b.open(t, srv.url("/settings"))
		if got := eval[string](t, b, `document.querySelector('[data-testid="app-version"]').textContent`); got != next {
			t.Errorf("after update-reload the version is %q, want %q", got, next)
		}
	})
	b.close()
}

// waitPrecached waits until the service worker's cache holds every URL of
// precached, and checks that it holds nothing from another origin.
// precacheMissingJS is a function of a list of paths that resolves to those
// the service worker's caches do not hold.
const precacheMissingJS = `async (want) => {
	const have = new Set();
	for (const k of await caches.keys()) {
		for (const r of await (await caches.open(k)).keys()) have.add(new URL(r.url).pathname + new URL(r.url).search);
	}
	return want.filter((u) => !have.has(u));
}`

func waitPrecached(t *testing.T, b *browser) {
	t.Helper()
	want, _ := jsonList(precached)
	js := `(` + precacheMissingJS + `)(` + want + `)`
	var missing []string
	deadline := time.Now().Add(45 * time.Second)
	for {
		missing = eval[[]string](t, b, js)
		if len(missing) == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	if len(missing) > 0 {
		t.Fatalf("the service worker cache lacks %v", missing)
	}
	foreignKeys := eval[[]string](t, b, `(async () => {
		const out = [];
		for (const k of await caches.keys())
			for (const r of await (await caches.open(k)).keys())
				if (new URL(r.url).origin !== location.origin) out.push(r.url);
		return out;
	})()`)
	if len(foreignKeys) > 0 {
		t.Errorf("the cache holds other origins: %v", foreignKeys)
	}
}

// buildVersion builds the server again, stamped with another version, as a
// release would.
func buildVersion(t *testing.T, version string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "kindly-"+version)
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-X main.version="+version, "-o", out, "./cmd/kindly")
	cmd.Dir = filepath.Join("..", "..")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("building version %s: %v", version, err)
	}
	return out
}

func jsonList(ss []string) (string, error) {
	quoted := make([]string, len(ss))
	for i, s := range ss {
		quoted[i] = `"` + s + `"`
	}
	return "[" + strings.Join(quoted, ",") + "]", nil
}
