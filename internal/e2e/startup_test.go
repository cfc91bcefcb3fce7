//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
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
	Args map[string]any `json:"args"`
}

// traceCompiles opens target with V8's wasm compilation traced and counts
// the functions compiled on the page's main thread before it was ready.
func traceCompiles(t *testing.T, b *browser, target string) compiled {
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
		TraceConfig: &tracing.TraceConfig{IncludedCategories: []string{
			"__metadata", "blink.user_timing", "disabled-by-default-v8.wasm.detailed",
		}},
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
	var c compiled
	for _, e := range events {
		if e.Name == "wasm.CompileBaseline" && main[[2]int{e.Pid, e.Tid}] && e.Ts < ready {
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

func TestStartupCompiles(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	b := newBrowser(t, t.TempDir())
	defer b.close()
	c := traceCompiles(t, b, srv.url("/"))
	t.Logf("first visit: %d functions, %d bytes compiled on the main thread before ready", c.Functions, c.Bytes)
	if names := os.Getenv("KINDLY_WASM_NAMES"); names != "" {
		for _, p := range byPackage(t, c, names) {
			t.Logf("%-50s %5d functions %8d bytes", p.Path, p.Funcs, p.Size)
		}
	}
}
