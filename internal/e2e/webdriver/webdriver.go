//go:build e2e

// Package webdriver launches Firefox ESR and WebKitGTK (Safari's engine) with
// a fresh profile and drives them through one small API, so a real-browser
// journey is written once and run in both. Firefox is driven over WebDriver
// BiDi, which it speaks itself (no geckodriver); WebKit through
// WebKitWebDriver (W3C WebDriver classic) with MiniBrowser on a private Xvfb
// display. Journeys act on the DOM through Eval; there are no pointer or
// keyboard actions. Linux only, like the rest of the e2e suite.
package webdriver

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Engine names a browser engine.
type Engine string

// The engines this package can drive.
const (
	Firefox Engine = "firefox"
	WebKit  Engine = "webkit"
)

// Options tune a browser before it starts.
type Options struct {
	// Env is extra environment for the browser, e.g. "TZ=America/New_York".
	Env []string
	// Lang is the user's language, e.g. "de-DE"; en-US when empty, so
	// navigator.language never falls back to the machine's "C" locale.
	// WebKit makes it Intl's default locale too; Firefox ESR ships only
	// en-US, so there it sets navigator.language and Accept-Language only.
	Lang string
	// Width and Height are the viewport in CSS pixels, the same in both
	// engines so layouts match; 390x844 (the phone the Chromium suite
	// emulates) when zero. The engines' own defaults differ (1366x682 and
	// 1024x730).
	Width, Height int
}

// Browser is one running browser with a single tab.
type Browser struct {
	engine  Engine
	version string
	dir     string // HOME, profile and downloads; removed by Close
	d       driver
}

// driver is what each protocol provides; everything else is shared.
type driver interface {
	navigate(ctx context.Context, url string) error
	reload(ctx context.Context) error
	// call runs script, a JS expression for a function of no arguments
	// whose promise resolves to a string, and returns that string.
	call(ctx context.Context, script string) (string, error)
	screenshot(ctx context.Context) ([]byte, error)
	addPreloadScript(ctx context.Context, fn string) error
	close() error
}

// Start launches engine e with a fresh profile; Close removes it again.
func Start(ctx context.Context, e Engine, o Options) (*Browser, error) {
	if o.Lang == "" {
		o.Lang = "en-US"
	}
	if o.Width == 0 || o.Height == 0 {
		o.Width, o.Height = 390, 844
	}
	start := map[Engine]func(context.Context, string, []string, Options) (driver, string, error){
		Firefox: startFirefox,
		WebKit:  startWebKit,
	}[e]
	if start == nil {
		return nil, fmt.Errorf("webdriver: unknown engine %q", e)
	}
	dir, env, err := tempHome(e, o)
	if err == nil {
		var d driver
		var version string
		if d, version, err = start(ctx, dir, env, o); err == nil {
			return &Browser{engine: e, version: string(e) + " " + version, dir: dir, d: d}, nil
		}
		os.RemoveAll(dir)
	}
	return nil, fmt.Errorf("webdriver: start %s: %w", e, err)
}

// Version is the engine and its version, e.g. "webkit 2.50.6".
func (b *Browser) Version() string { return b.version }

// Navigate loads url and returns after its load event.
func (b *Browser) Navigate(ctx context.Context, url string) error {
	return b.wrap("navigate to "+url, b.d.navigate(ctx, url))
}

// Reload reloads the page and returns after its load event.
func (b *Browser) Reload(ctx context.Context) error {
	return b.wrap("reload", b.d.reload(ctx))
}

// Screenshot returns a PNG of the viewport, for failure reports.
func (b *Browser) Screenshot(ctx context.Context) ([]byte, error) {
	png, err := b.d.screenshot(ctx)
	return png, b.wrap("screenshot", err)
}

// AddPreloadScript makes fn, a JS function expression, run before the page's
// own scripts in every document loaded from now on. Only BiDi has this; on
// WebKit the error wraps errors.ErrUnsupported.
func (b *Browser) AddPreloadScript(ctx context.Context, fn string) error {
	return b.wrap("add preload script", b.d.addPreloadScript(ctx, fn))
}

// DownloadDir is where downloads land, e.g. from a click on
// <a download href="blob:...">: both engines save there without asking.
// A file may appear before it is complete; poll for the expected content.
func (b *Browser) DownloadDir() string { return filepath.Join(b.dir, "downloads") }

// Close ends the browser and every process it started, and removes its
// profile.
func (b *Browser) Close() error {
	err := b.d.close()
	if rmErr := os.RemoveAll(b.dir); err == nil {
		err = rmErr
	}
	return b.wrap("close", err)
}

// evalWrapper runs the caller's function with JSON arguments and hands back
// one JSON string, so both protocols only ever transport a string and a
// thrown exception reaches Go with its message whatever the protocol makes
// of it. JSON is valid JavaScript, so the arguments are pasted in as literals.
const evalWrapper = `async () => {
	try {
		const v = await (%s)(...%s);
		return JSON.stringify({v: v === undefined ? null : v});
	} catch (e) {
		return JSON.stringify({e: String(e)});
	}
}`

// Eval calls fn, a JS function expression such as
// "(sel) => document.querySelector(sel).textContent", with args, awaits the
// result if it is a promise and JSON-decodes it into out (which may be nil).
// A thrown exception or a rejection is returned as an error with its message.
func (b *Browser) Eval(ctx context.Context, fn string, out any, args ...any) error {
	if args == nil {
		args = []any{}
	}
	a, err := json.Marshal(args)
	if err != nil {
		return fmt.Errorf("webdriver: eval arguments: %w", err)
	}
	s, err := b.d.call(ctx, fmt.Sprintf(evalWrapper, fn, a))
	if err != nil {
		return b.wrap("eval "+short(fn), err)
	}
	var r struct {
		V json.RawMessage `json:"v"`
		E *string         `json:"e"`
	}
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		return b.wrap("eval "+short(fn), err)
	}
	if r.E != nil {
		return b.wrap("eval "+short(fn), errors.New(*r.E))
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(r.V, out); err != nil {
		return b.wrap("eval "+short(fn), fmt.Errorf("result %s: %w", r.V, err))
	}
	return nil
}

// WaitFor calls fn with args every 100 ms until it returns true or ctx ends.
// Errors from fn count as "not yet" (the page may be between documents); the
// last one is reported if the wait times out.
func (b *Browser) WaitFor(ctx context.Context, fn string, args ...any) error {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	why := "it stayed false"
	for {
		var ok bool
		err := b.Eval(ctx, fn, &ok, args...)
		if err == nil && ok {
			return nil
		}
		if err != nil {
			why = "last error: " + err.Error()
		}
		select {
		case <-ctx.Done():
			return b.wrap("wait for "+short(fn), fmt.Errorf("%w (%s)", ctx.Err(), why))
		case <-tick.C:
		}
	}
}

func (b *Browser) wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("webdriver: %s: %s: %w", b.engine, what, err)
}

// short trims a function's source for error messages.
func short(fn string) string {
	fn = strings.Join(strings.Fields(fn), " ")
	if len(fn) > 80 {
		fn = fn[:77] + "..."
	}
	return fn
}

// tempHome makes the directory a browser gets as HOME, so it neither reads
// nor writes the user's own files, and points the XDG download directory,
// which both engines save to, into it.
func tempHome(e Engine, o Options) (dir string, env []string, err error) {
	dir, err = os.MkdirTemp("", "webdriver-"+string(e)+"-")
	if err != nil {
		return "", nil, err
	}
	err = os.MkdirAll(filepath.Join(dir, "downloads"), 0o700)
	if err == nil {
		err = os.MkdirAll(filepath.Join(dir, "config"), 0o700)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "config", "user-dirs.dirs"),
			[]byte("XDG_DOWNLOAD_DIR=\"$HOME/downloads\"\n"), 0o600)
	}
	if err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	env = append(os.Environ(),
		"HOME="+dir,
		"XDG_CONFIG_HOME="+dir+"/config",
		"XDG_CACHE_HOME="+dir+"/cache",
		"XDG_DATA_HOME="+dir+"/data",
		"LC_ALL=", // would override the LANG a driver may set
	)
	return dir, append(env, o.Env...), nil
}

var errUnsupported = fmt.Errorf("not in WebDriver classic: %w", errors.ErrUnsupported)
