//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
	"github.com/kindly/kindly/internal/wasmsize"
)

// compiled is what V8 compiled lazily on the page's main thread before
// the first page was ready: the work start-up costs that does not wobble
// with the machine's load.
type compiled struct {
	Functions int
	Bytes     int64
	Index     []int // the functions' indices, in the order compiled
	Largest   int   // the most compiled in one task: the Go runtime's start
}

// markReady makes every document put a "kindly-ready" user-timing mark in
// the trace the moment data-ready="1" appears.
const markReady = `new MutationObserver((_, o) => {
	if (document.querySelector('[data-ready="1"]')) { performance.mark("kindly-ready"); o.disconnect(); }
}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"]});`

// traceEvent is the part of a Chrome trace event that is read here.
type traceEvent struct {
	Name string         `json:"name"`
	Cat  string         `json:"cat"`
	Ph   string         `json:"ph"`
	Pid  int            `json:"pid"`
	Tid  int            `json:"tid"`
	Ts   float64        `json:"ts"`
	Dur  float64        `json:"dur"`
	Args map[string]any `json:"args"`
}

// traced opens target with Chrome tracing the given categories (and the
// thread names and user timings every reader needs) and returns the
// events, with the kindly-ready mark in every document.
func traced(t *testing.T, b *browser, target string, categories ...string) []traceEvent {
	t.Helper()
	if _, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: markReady}); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var events []traceEvent
	done := make(chan struct{})
	err := chromedp.Listen(b.ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range e.Value {
				var te traceEvent
				if json.Unmarshal([]byte(v), &te) == nil {
					events = append(events, te)
				}
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(done)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = chromedp.Call(b.ctx, tracing.Start, tracing.StartParams{
		TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig:  &tracing.TraceConfig{IncludedCategories: append([]string{"__metadata", "blink.user_timing"}, categories...)},
	})
	if err != nil {
		t.Fatal(err)
	}
	b.open(t, target)
	if _, err := chromedp.Call(b.ctx, tracing.End, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	<-done
	mu.Lock()
	defer mu.Unlock()
	return events
}

// traceCompiles opens target with V8's wasm compilation traced and counts
// the functions compiled on the page's main thread before it was ready.
func traceCompiles(t *testing.T, b *browser, target string) compiled {
	t.Helper()
	events := traced(t, b, target, "toplevel", "disabled-by-default-v8.wasm.detailed")
	main := map[[2]int]bool{}
	ready := 0.0
	for _, e := range events {
		if e.Ph == "M" && e.Name == "thread_name" && e.Args["name"] == "CrRendererMain" {
			main[[2]int{e.Pid, e.Tid}] = true
		}
		if e.Name == "kindly-ready" && (ready == 0 || e.Ts < ready) {
			ready = e.Ts
		}
	}
	if ready == 0 {
		t.Fatal("no kindly-ready mark in the trace")
	}
	var tasks [][2]float64
	for _, e := range events {
		if e.Name == "ThreadControllerImpl::RunTask" && e.Ph == "X" && main[[2]int{e.Pid, e.Tid}] {
			tasks = append(tasks, [2]float64{e.Ts, e.Ts + e.Dur})
		}
	}
	perTask := map[[2]float64]int{}
	var c compiled
	for _, e := range events {
		if e.Name == "wasm.CompileBaseline" && main[[2]int{e.Pid, e.Tid}] && e.Ts < ready {
			for _, tk := range tasks {
				if e.Ts >= tk[0] && e.Ts < tk[1] {
					perTask[tk]++
					c.Largest = max(c.Largest, perTask[tk])
					break
				}
			}
			c.Functions++
			if n, ok := e.Args["bodySize"].(float64); ok {
				c.Bytes += int64(n)
			}
			if i, ok := e.Args["funcIndex"].(float64); ok {
				c.Index = append(c.Index, int(i))
			}
		}
	}
	return c
}

// byPackage sums compiled functions by Go package, with the names of an
// unstripped build of the same code (make size writes bin/app-names.wasm).
func byPackage(t *testing.T, c compiled, names string) []wasmsize.Package {
	data, err := os.ReadFile(names)
	if err != nil {
		t.Fatal(err)
	}
	m, err := wasmsize.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	sum := map[string]*wasmsize.Package{}
	var list strings.Builder
	for _, i := range c.Index {
		if i -= m.Imported; i < 0 || i >= len(m.Funcs) {
			continue
		}
		fmt.Fprintf(&list, "%7d %s\n", m.Funcs[i].Size, m.Funcs[i].Name)
		p := wasmsize.PackageOf(m.Funcs[i].Name)
		if sum[p] == nil {
			sum[p] = &wasmsize.Package{Path: p}
		}
		sum[p].Funcs++
		sum[p].Size += m.Funcs[i].Size
	}
	path := filepath.Join(artefacts(t), "startup-compiles.txt")
	if err := os.WriteFile(path, []byte(list.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("every function, in the order compiled: %s", path)
	var out []wasmsize.Package
	for _, p := range sum {
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b wasmsize.Package) int { return b.Size - a.Size })
	return out
}

// The most the page's main thread may compile before the first page is
// ready: today's count (1,097-1,113 functions, 1.11-1.13 MB over 4 runs,
// since the compile worker runs the Go runtime's start first;
// 1,487-1,551 and 1.47-1.55 MB before that, since the message catalogs
// became Go data; 1,610 and 1.76 MB when this was first measured) and
// about 5 % to spare. A change that goes past it puts more work on the
// main thread at start-up: move it after the first render, or make it
// lazy.
const (
	maxStartFunctions = 1170
	maxStartBytes     = 1_190_000
)

// The most functions one main-thread task may compile before ready. The
// largest is now the package inits' (205 functions): the Go runtime's
// start before them is compiled by the compile worker (web/compile.js),
// and it was 389-391 functions when the page compiled it, 579 when start
// and inits were one task. Past this, the worker no longer warms the
// runtime's start, or an init moved into a task of its own grew.
const maxTaskFunctions = 250

// TestStartupCompiles guards start-up with a number that does not wobble
// on a loaded machine: what V8 compiles on the main thread before ready.
func TestStartupCompiles(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	b := newBrowser(t, t.TempDir())
	defer b.close()
	c := traceCompiles(t, b, srv.url("/"))
	t.Logf("first visit: %d functions, %d bytes compiled on the main thread before ready, at most %d in one task", c.Functions, c.Bytes, c.Largest)
	if c.Functions == 0 {
		t.Fatal("no compile events in the trace: the measurement is broken")
	}
	if c.Functions > maxStartFunctions || c.Bytes > maxStartBytes {
		t.Errorf("%d functions and %d bytes compiled on the main thread before ready; at most %d and %d (see maxStartFunctions)",
			c.Functions, c.Bytes, maxStartFunctions, maxStartBytes)
	}
	if c.Largest > maxTaskFunctions {
		t.Errorf("one main-thread task compiled %d functions before ready; at most %d (see maxTaskFunctions)", c.Largest, maxTaskFunctions)
	}
	if names := os.Getenv("KINDLY_WASM_NAMES"); names != "" {
		for _, p := range byPackage(t, c, names) {
			t.Logf("%-50s %5d functions %8d bytes", p.Path, p.Funcs, p.Size)
		}
	}
}

// observeStart makes every document keep its long tasks and the moment it
// became ready, for blocking time: the part of each task over 50 ms, as
// Lighthouse counts it.
const observeStart = `window.__long = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({type: "longtask", buffered: true});
new MutationObserver((_, o) => {
	if (document.querySelector('[data-ready="1"]')) { window.__ready = performance.now(); o.disconnect(); }
}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"]});`

// blockingJS is the blocking time of the tasks that began before ready.
const blockingJS = `window.__long.filter(([s]) => s < window.__ready).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0)`

// visit opens target in a browser on profile at cpu× slowdown and returns
// the time to ready and the blocking time until then.
func visit(t *testing.T, profile, target string, cpu float64, cached func(*browser)) (ready, blocking time.Duration) {
	t.Helper()
	b := newBrowser(t, profile)
	defer b.close()
	if _, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: observeStart}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(b.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpu}); err != nil {
		t.Fatal(err)
	}
	ready = b.open(t, target)
	time.Sleep(time.Second) // long tasks are reported after they end
	blocking = time.Duration(eval[float64](t, b, blockingJS) * float64(time.Millisecond))
	if cached != nil {
		cached(b)
	}
	return ready, blocking
}

// TestStartupRatios puts Kindly's start-up beside the bare go-app page's,
// interleaved in one run on fresh profiles, unthrottled and at 4× CPU
// (Lighthouse's phone): first visit, repeat visit (from the service
// worker's cache) and the blocking time of the first visit, as medians
// and ratios against the 1.3× budget. KINDLY_MEASURE=1 (make bench) runs
// it; it reports, never asserts.
func TestStartupRatios(t *testing.T) {
	if os.Getenv("KINDLY_MEASURE") == "" {
		t.Skip("set KINDLY_MEASURE=1 (make bench) to measure")
	}
	rounds := 5
	if n, err := strconv.Atoi(os.Getenv("KINDLY_ROUNDS")); err == nil && n > 0 {
		rounds = n
	}
	kindly := startServer(t, binary(t), freeAddr(t))
	defer kindly.stop(t)
	// KINDLY_BASELINE_BIN puts another Kindly build in the bare page's
	// place, to measure a change against the build before it.
	baseline := os.Getenv("KINDLY_BASELINE_BIN")
	if baseline == "" {
		baseline = filepath.Join(buildBare(t), "bare")
	}
	bare := startServer(t, baseline, freeAddr(t))
	defer bare.stop(t)
	bareCached := func(b *browser) {
		waitFor(t, b, "the baseline cached", func() bool {
			return eval[bool](t, b, `caches.keys().then(async (ks) => { for (const k of ks) { if (await (await caches.open(k)).match("/web/app.wasm")) return true; } return false; })`)
		})
	}
	series := map[string][]time.Duration{}
	for r := range rounds {
		for _, cpu := range []float64{1, 4} {
			apps := []string{"kindly", "bare"}
			if r%2 == 1 {
				apps = []string{"bare", "kindly"}
			}
			for _, app := range apps {
				srv, cached := kindly, func(b *browser) { waitPrecached(t, b) }
				if app == "bare" {
					srv, cached = bare, bareCached
				}
				profile := t.TempDir()
				first, blocking := visit(t, profile, srv.url("/"), cpu, cached)
				repeat, _ := visit(t, profile, srv.url("/"), cpu, nil)
				key := fmt.Sprintf("%s %gx", app, cpu)
				series[key+" first"] = append(series[key+" first"], first)
				series[key+" repeat"] = append(series[key+" repeat"], repeat)
				series[key+" blocking"] = append(series[key+" blocking"], blocking)
			}
		}
	}
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-28s %10s %10s %7s %s\n", fmt.Sprintf("start-up (median of %d)", rounds), "Kindly", "bare", "ratio", "budget ≤ 1.3×")
	type row struct {
		What     string  `json:"what"`
		KindlyMS float64 `json:"kindlyMedianMs"`
		BareMS   float64 `json:"bareGoAppMedianMs"`
		Ratio    float64 `json:"ratio"`
		Status   string  `json:"status"`
	}
	var rows []row
	for _, cpu := range []float64{1, 4} {
		for _, what := range []string{"first", "repeat", "blocking"} {
			k, b := median(series[fmt.Sprintf("kindly %gx %s", cpu, what)]), median(series[fmt.Sprintf("bare %gx %s", cpu, what)])
			r := row{What: fmt.Sprintf("%s, %g× CPU", what, cpu), KindlyMS: ms(k), BareMS: ms(b), Status: "reported"}
			if b > 0 {
				r.Ratio = ms(k) / ms(b)
			}
			// The budgets are set at Lighthouse's 4× phone.
			if cpu == 4 {
				r.Status = "met"
				if r.Ratio > 1.3 || b == 0 && k > 0 {
					r.Status = "MISSED"
				}
			}
			rows = append(rows, r)
			fmt.Fprintf(&table, "%-28s %10v %10v %6.2f× %s\n", r.What, k, b, r.Ratio, r.Status)
		}
	}
	t.Log(table.String())
	out, _ := json.MarshalIndent(map[string]any{"measured": time.Now().UTC(), "rows": rows, "series": series}, "", "  ")
	path := filepath.Join(artefacts(t), "startup.json")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("written to %s", path)
}

// TestStartCompilesInAWorker checks the start's division of work: app.wasm
// is fetched and compiled by web/compile.js, not on the page (whose
// resource timings would list it), and the page still starts: compiling
// it itself where there is no Worker or the worker fails, and without the
// worker's warm start of the Go runtime where it hangs or is not asked for.
func TestStartCompilesInAWorker(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	wasmOnPage := `performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/web/app.wasm")).length`
	for _, c := range []struct {
		name, before string
		onPage       int
	}{
		{"worker", "", 0},
		{"no Worker", "delete window.Worker;", 1},
		{"worker fails", `window.Worker = class { constructor() { throw new Error("no"); } };`, 1},
		{"module cannot be posted", `{ const W = window.Worker; window.Worker = class extends W { set onmessage(f) { super.onmessage = (e) => f(e.data instanceof WebAssembly.Module ? {data: "lost"} : e); } get onmessage() { return super.onmessage; } }; }`, 1},
		// The page runs Go within a second of the module even when the
		// worker's warm start never reports back.
		{"warm start never ends", `{ const W = window.Worker; window.Worker = class extends W { set onmessage(f) { super.onmessage = (e) => { if (e.data !== "started") f(e); }; } get onmessage() { return super.onmessage; } }; }`, 0},
		// Engines other than Chromium's get no warm start.
		{"no warm start", `Object.defineProperty(Navigator.prototype, "userAgentData", {get: () => undefined});`, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newBrowser(t, t.TempDir())
			defer b.close()
			if c.before != "" {
				if _, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: c.before}); err != nil {
					t.Fatal(err)
				}
			}
			b.open(t, srv.url("/"))
			if got := eval[int](t, b, wasmOnPage); got != c.onPage {
				t.Errorf("app.wasm fetched %d times by the page, want %d", got, c.onPage)
			}
			if got := eval[string](t, b, `document.querySelector("[data-testid=app]") ? "app" : ""`); got != "app" {
				t.Errorf("the app did not start")
			}
		})
	}
}
