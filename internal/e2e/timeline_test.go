//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// task is one top-level task on the page's main thread and what ran in it.
type task struct {
	start, dur float64 // ms after navigation start
	compiled   int     // wasm functions compiled lazily in it
	inside     map[string]float64
}

// timeline opens target at cpu× slowdown with Chrome tracing and returns
// the page's main-thread tasks of 8 ms or more until ready, and when it
// became ready.
func timeline(t *testing.T, b *browser, target string, cpu float64) (tasks []task, ready float64) {
	t.Helper()
	if _, err := chromedp.Call(b.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpu}); err != nil {
		t.Fatal(err)
	}
	events := traced(t, b, target, "toplevel", "devtools.timeline", "v8.wasm", "disabled-by-default-v8.wasm.detailed", "loading", "v8")
	main := map[[2]int]bool{}
	for _, e := range events {
		if e.Ph == "M" && e.Name == "thread_name" && e.Args["name"] == "CrRendererMain" {
			main[[2]int{e.Pid, e.Tid}] = true
		}
	}
	onMain := func(e traceEvent) bool { return main[[2]int{e.Pid, e.Tid}] }
	var nav, readyAt float64
	for _, e := range events {
		// The page's own navigation, not about:blank's.
		if e.Name == "navigationStart" && onMain(e) && strings.Contains(fmt.Sprint(e.Args), "http") {
			nav = e.Ts
		}
	}
	for _, e := range events {
		if e.Name == "kindly-ready" && e.Ts > nav && (readyAt == 0 || e.Ts < readyAt) {
			readyAt = e.Ts
		}
	}
	if nav == 0 || readyAt == 0 {
		t.Fatal("no navigation start or kindly-ready mark in the trace")
	}
	const runTask = "ThreadControllerImpl::RunTask"
	for _, e := range events {
		if onMain(e) && e.Ph == "X" && e.Name == runTask && e.Ts >= nav && e.Ts <= readyAt && e.Dur >= 8000 {
			tasks = append(tasks, task{start: (e.Ts - nav) / 1000, dur: e.Dur / 1000, inside: map[string]float64{}})
		}
	}
	sort.Slice(tasks, func(i, j int) bool { return tasks[i].start < tasks[j].start })
	for _, e := range events {
		if !onMain(e) || e.Ph != "X" || e.Name == runTask {
			continue
		}
		at := (e.Ts - nav) / 1000
		for i := range tasks {
			if at >= tasks[i].start && at < tasks[i].start+tasks[i].dur {
				tasks[i].inside[e.Name] += e.Dur / 1000
				if e.Name == "wasm.CompileLazy" {
					tasks[i].compiled++
				}
			}
		}
	}
	return tasks, (readyAt - nav) / 1000
}

// TestStartupTimeline lists the page's long main-thread tasks on a first
// and a repeat visit, with what ran inside each: the view that showed
// which start-up work to split or move. It measures; it never asserts.
// KINDLY_TIMELINE=<cpu slowdown> runs it, on KINDLY_BIN or another
// go-app server binary (KINDLY_TIMELINE_BIN, such as the bare page).
func TestStartupTimeline(t *testing.T) {
	cpu, err := strconv.ParseFloat(os.Getenv("KINDLY_TIMELINE"), 64)
	if err != nil || cpu < 1 {
		t.Skip("set KINDLY_TIMELINE=1 (or 4, for a phone's speed) to list the start-up tasks")
	}
	bin := os.Getenv("KINDLY_TIMELINE_BIN")
	if bin == "" {
		bin = binary(t)
	}
	srv := startServer(t, bin, freeAddr(t))
	defer srv.stop(t)
	profile := t.TempDir()
	for _, visit := range []string{"first", "repeat"} {
		b := newBrowser(t, profile)
		tasks, ready := timeline(t, b, srv.url("/"), cpu)
		var out strings.Builder
		fmt.Fprintf(&out, "%s visit at %g× CPU, ready at %.0f ms; main-thread tasks of 8 ms or more:\n", visit, cpu, ready)
		for _, tk := range tasks {
			var parts []string
			for name, ms := range tk.inside {
				if ms >= 3 {
					parts = append(parts, fmt.Sprintf("%s %.0f", name, ms))
				}
			}
			slices.Sort(parts)
			fmt.Fprintf(&out, "%7.0f ms  +%4.0f ms  %4d compiled  %s\n", tk.start, tk.dur, tk.compiled, strings.Join(parts, ", "))
		}
		t.Log(out.String())
		if visit == "first" {
			waitFor(t, b, "the service worker's cache", func() bool {
				return eval[bool](t, b, `caches.keys().then(async (ks) => { for (const k of ks) { if (await (await caches.open(k)).match("/web/app.wasm")) return true; } return false; })`)
			})
		}
		b.close()
	}
}
