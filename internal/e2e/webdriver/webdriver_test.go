//go:build e2e

package webdriver

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// site is a tiny offline-capable app: a page, a script, and a service
// worker that caches both and answers from the cache first.
var site = map[string]struct{ typ, body string }{
	"/": {"text/html", `<!doctype html><meta charset=utf-8><title>wd</title>
<p id=msg>hello</p><script src="/app.js"></script>`},
	"/app.js": {"text/javascript", `window.appLoaded = true;`},
	"/sw.js": {"text/javascript", `
self.addEventListener("install", (e) => {
	e.waitUntil(caches.open("v1").then((c) => c.addAll(["/", "/app.js"])).then(() => self.skipWaiting()));
});
self.addEventListener("activate", (e) => e.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (e) => {
	e.respondWith(caches.match(e.request).then((r) => r || fetch(e.request)));
});`},
}

func serve(w http.ResponseWriter, r *http.Request) {
	f, ok := site[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", f.typ)
	w.Header().Set("Cache-Control", "no-store") // offline must mean the service worker
	w.Write([]byte(f.body))
}

func TestEngines(t *testing.T) {
	for _, e := range []Engine{Firefox, WebKit} {
		t.Run(string(e), func(t *testing.T) {
			t.Parallel()
			journey(t, e)
		})
	}
}

func journey(t *testing.T, e Engine) {
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	srv := httptest.NewServer(http.HandlerFunc(serve)) // listens on 127.0.0.1
	defer srv.Close()

	start := time.Now()
	b, err := Start(ctx, e, Options{Env: []string{"TZ=America/New_York"}, Lang: "de-DE"})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s started in %v", b.Version(), time.Since(start).Round(time.Millisecond))
	closed := false
	defer func() {
		if !closed {
			b.Close()
		}
	}()
	step := func(name string, err error) {
		t.Helper()
		if err != nil {
			if png, serr := b.Screenshot(ctx); serr == nil {
				f := filepath.Join(os.TempDir(), "webdriver-"+string(e)+"-failure.png")
				if os.WriteFile(f, png, 0o600) == nil {
					t.Logf("screenshot: %s", f)
				}
			}
			t.Fatalf("%s: %v", name, err)
		}
	}
	eq := func(name string, got, want any) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}

	if e == Firefox {
		// Runs before app.js on the next navigation.
		step("preload", b.AddPreloadScript(ctx, `() => { window.preloadSawApp = "appLoaded" in window; }`))
	} else if err := b.AddPreloadScript(ctx, `() => {}`); !errors.Is(err, errors.ErrUnsupported) {
		t.Errorf("AddPreloadScript on WebKit = %v, want ErrUnsupported", err)
	}
	step("navigate", b.Navigate(ctx, srv.URL+"/"))
	if e == Firefox {
		var saw *bool
		step("preload result", b.Eval(ctx, `() => window.preloadSawApp`, &saw))
		if saw == nil || *saw {
			t.Errorf("preload script did not run before the page's script (saw app: %v)", saw)
		}
	}

	var n int
	step("number", b.Eval(ctx, `(a, b) => a + b`, &n, 2, 3))
	eq("2+3", n, 5)
	var s string
	step("string", b.Eval(ctx, `(sel) => document.querySelector(sel).textContent`, &s, "#msg"))
	eq("text", s, "hello")
	var obj struct {
		Loaded        bool
		List          []int
		Lang, Intl    string
		Width, Height int
	}
	step("object", b.Eval(ctx, `() => ({Loaded: window.appLoaded, List: [1, 2], Lang: navigator.language,
		Intl: Intl.DateTimeFormat().resolvedOptions().locale, Width: innerWidth, Height: innerHeight})`, &obj))
	t.Logf("navigator.language %s, Intl locale %s", obj.Lang, obj.Intl)
	eq("appLoaded", obj.Loaded, true)
	eq("list", len(obj.List), 2)
	eq("navigator.language", obj.Lang, "de-DE")
	eq("viewport", [2]int{obj.Width, obj.Height}, [2]int{390, 844})
	step("promise", b.Eval(ctx, `(ms) => new Promise((r) => setTimeout(() => r("late"), ms))`, &s, 50))
	eq("promise", s, "late")
	step("undefined", b.Eval(ctx, `() => {}`, nil))

	if err := b.Eval(ctx, `() => { throw new Error("boom") }`, nil); err == nil || !strings.Contains(err.Error(), "Error: boom") {
		t.Errorf("thrown error = %v", err)
	}
	if err := b.Eval(ctx, `async () => { await null; throw new TypeError("nope") }`, nil); err == nil || !strings.Contains(err.Error(), "TypeError: nope") {
		t.Errorf("rejection = %v", err)
	}
	if err := b.Eval(ctx, `() => {`, nil); err == nil {
		t.Error("syntax error gave no error")
	}

	step("set flag", b.Eval(ctx, `() => { setTimeout(() => { window.flag = true; }, 300); }`, nil))
	step("wait for flag", b.WaitFor(ctx, `() => window.flag === true`))
	short, cancelShort := context.WithTimeout(ctx, 300*time.Millisecond)
	err = b.WaitFor(short, `() => window.never === true`)
	cancelShort()
	if err == nil || !strings.Contains(err.Error(), "window.never") {
		t.Errorf("WaitFor that never holds = %v", err)
	}

	var offsets []int
	step("time zone", b.Eval(ctx, `() => [new Date(Date.UTC(2026, 6, 2, 4, 30)).getTimezoneOffset(),
		new Date(Date.UTC(2026, 0, 2, 4, 30)).getTimezoneOffset()]`, &offsets))
	if len(offsets) != 2 || offsets[0] != 240 || offsets[1] != 300 {
		t.Errorf("TZ=America/New_York offsets (summer, winter) = %v, want [240 300]", offsets)
	}

	step("indexeddb write", b.Eval(ctx, idb, nil, "put", "journal", "written"))
	step("reload", b.Reload(ctx))
	step("indexeddb read", b.Eval(ctx, idb, &s, "get", "journal", nil))
	eq("indexeddb after reload", s, "written")

	// The app reads navigator.storage, which WebKitGTK only has when asked.
	step("storage estimate", b.Eval(ctx, `async () => typeof (await navigator.storage.estimate()).usage`, &s))
	eq("typeof usage", s, "number")

	step("download", b.Eval(ctx, `() => {
		const a = document.createElement("a");
		a.download = "export.csv";
		a.href = URL.createObjectURL(new Blob(["a,b\n1,2\n"], {type: "text/csv"}));
		document.body.append(a);
		a.click();
	}`, nil))
	for got := ""; got != "a,b\n1,2\n"; time.Sleep(50 * time.Millisecond) {
		data, _ := os.ReadFile(filepath.Join(b.DownloadDir(), "export.csv"))
		if got = string(data); ctx.Err() != nil {
			t.Fatalf("download in %s: %q", b.DownloadDir(), got)
		}
	}

	step("register service worker", b.Eval(ctx, `async () => {
		await navigator.serviceWorker.register("/sw.js");
		await navigator.serviceWorker.ready;
	}`, nil))
	step("service worker controls", b.WaitFor(ctx, `() => !!navigator.serviceWorker.controller`))

	srv.Close()
	step("navigate offline", b.Navigate(ctx, srv.URL+"/"))
	var page []any
	step("offline page", b.Eval(ctx, `() => [document.querySelector("#msg")?.textContent ?? null, window.appLoaded === true]`, &page))
	if len(page) != 2 || page[0] != "hello" || page[1] != true {
		t.Errorf("offline page from the service worker = %v, want [hello true]", page)
	}
	step("network is gone", b.Eval(ctx, `() => fetch("/uncached").then(() => "online", () => "offline")`, &s))
	eq("fetch past the cache", s, "offline")

	png, err := b.Screenshot(ctx)
	step("screenshot", err)
	if !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Error("screenshot is not a PNG")
	}

	groups, dir := b.groups(), b.dir
	step("close", b.Close())
	closed = true
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("profile %s survives Close: %v", dir, err)
	}
	for _, pgid := range groups {
		if pids := inGroup(pgid); len(pids) > 0 {
			t.Errorf("processes %v of group %d survive Close", pids, pgid)
		}
	}
	t.Logf("%s journey took %v", e, time.Since(start).Round(time.Millisecond))
}

// idb puts or gets one value in an IndexedDB object store.
const idb = `(op, key, value) => new Promise((resolve, reject) => {
	const open = indexedDB.open("wd", 1);
	open.onupgradeneeded = () => open.result.createObjectStore("kv");
	open.onerror = () => reject(open.error);
	open.onsuccess = () => {
		const tx = open.result.transaction("kv", "readwrite");
		const req = op === "put" ? tx.objectStore("kv").put(value, key) : tx.objectStore("kv").get(key);
		tx.oncomplete = () => { open.result.close(); resolve(req.result); };
		tx.onerror = () => reject(tx.error);
	};
})`

// groups lists the process groups b started, to check that Close ends them.
func (b *Browser) groups() []int {
	var ps []*proc
	switch d := b.d.(type) {
	case *bidi:
		ps = []*proc{d.p}
	case *classic:
		ps = []*proc{d.drv, d.xvfb}
	}
	var g []int
	for _, p := range ps {
		g = append(g, p.cmd.Process.Pid)
	}
	return g
}
