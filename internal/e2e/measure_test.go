//go:build e2e

package e2e

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/kindly/kindly/internal/journal/journaltest"
)

// TestStartupTimes measures, over five fresh profiles, the first visit
// (online, empty cache) and the repeat visit (server stopped, from the
// service worker's cache) from navigation start to data-ready="1", and
// prints the medians. It runs with KINDLY_MEASURE=1 (make bench): timings
// are reported, never asserted.
func TestStartupTimes(t *testing.T) {
	if os.Getenv("KINDLY_MEASURE") == "" {
		t.Skip("set KINDLY_MEASURE=1 (make bench) to measure")
	}
	const runs = 5
	srv := startServer(t, binary(t), freeAddr(t))
	var first, repeat []time.Duration
	profiles := make([]string, runs)
	for i := range profiles {
		profiles[i] = t.TempDir()
		b := newBrowser(t, profiles[i])
		first = append(first, b.open(t, srv.url("/")))
		waitPrecached(t, b)
		b.close()
	}
	srv.stop(t)
	for _, p := range profiles {
		b := newBrowser(t, p)
		repeat = append(repeat, b.open(t, srv.url("/")))
		b.close()
	}
	t.Logf("first visit  (online, cold cache): median %v of %v", median(first), first)
	t.Logf("repeat visit (offline, from cache): median %v of %v", median(repeat), repeat)
	record("first visit", first)
	record("repeat visit", repeat)
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2].Round(time.Millisecond)
}

// TestJournalTimes measures, in Chromium with 10,000 entries, the medians
// of 5 runs: importing them, /journal ready after a navigation in the app,
// a search, and an export. KINDLY_MEASURE=1 (make bench) runs it.
func TestJournalTimes(t *testing.T) {
	if os.Getenv("KINDLY_MEASURE") == "" {
		t.Skip("set KINDLY_MEASURE=1 (make bench) to measure")
	}
	const runs = 5
	file := backupFile(t, journaltest.Entries(10_000, 1, time.Now()))
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	b := newBrowser(t, t.TempDir())
	defer b.close()
	allowDownloads(t, b)

	var imports, ready, searches, exports, insightTimes, coldInsights []time.Duration
	for i := range runs {
		b.open(t, srv.url("/settings"))
		start := time.Now()
		act(t, b, chromedp.SetUploadFiles(tid("import-file"), []string{file}), chromedp.WaitVisible(tid("data-result")))
		imports = append(imports, time.Since(start))
		if i == 0 {
			if msg := eval[string](t, b, `document.querySelector('[data-testid="data-result"]').textContent`); !strings.Contains(msg, "10000 entries new") {
				t.Fatalf("import: %q", msg)
			}
		}

		// From the tap on Journal to entries in the page, as the page sees it.
		b.open(t, srv.url("/"))
		ms := eval[float64](t, b, `new Promise((done) => {
			const t0 = performance.now();
			const mo = new MutationObserver(() => {
				if (document.querySelector('[data-testid="entry-list"] [data-testid="entry-item"]')) { mo.disconnect(); done(performance.now() - t0); }
			});
			mo.observe(document.body, {childList: true, subtree: true});
			document.querySelector('[data-testid="nav-journal"]').click();
		})`)
		ready = append(ready, time.Duration(ms*float64(time.Millisecond)))
		act(t, b, chromedp.WaitReady(chromedp.CSS(`[data-testid="entry-list"][data-indexed="1"]`)))
		time.Sleep(300 * time.Millisecond) // the search text is folded in the background

		ms = eval[float64](t, b, `new Promise((done) => {
			const list = document.querySelector('[data-testid="entry-list"]');
			const input = document.querySelector('[data-testid="search"]');
			const t0 = performance.now();
			const mo = new MutationObserver(() => { mo.disconnect(); done(performance.now() - t0); });
			mo.observe(list, {childList: true, subtree: true, characterData: true});
			input.value = "cafe interview";
			input.dispatchEvent(new Event("input", {bubbles: true}));
		})`)
		searches = append(searches, time.Duration(ms*float64(time.Millisecond)))

		// From the tap on Insights to every figure computed and drawn.
		ms = eval[float64](t, b, `new Promise((done) => {
			const t0 = performance.now();
			const mo = new MutationObserver(() => {
				if (document.querySelector('[data-testid="insights"][data-ready="true"] [data-testid="mood-chart"]')) { mo.disconnect(); done(performance.now() - t0); }
			});
			mo.observe(document.body, {childList: true, subtree: true, attributes: true});
			document.querySelector('[data-testid="nav-insights"]').click();
		})`)
		insightTimes = append(insightTimes, time.Duration(ms*float64(time.Millisecond)))

		// Opened cold: the whole journal is read first.
		b.open(t, srv.url("/insights"))
		waitFor(t, b, "insights", func() bool {
			return eval[bool](t, b, `!!document.querySelector('[data-testid="insights"][data-ready="true"]')`)
		})
		coldInsights = append(coldInsights, time.Duration(eval[float64](t, b, `performance.now()`)*float64(time.Millisecond)))

		b.open(t, srv.url("/settings"))
		start = time.Now()
		act(t, b, chromedp.Click(tid("export-json")), chromedp.WaitVisible(tid("data-result")))
		exports = append(exports, time.Since(start))
	}
	t.Logf("10,000 entries: import   median %v of %v", median(imports), imports)
	t.Logf("10,000 entries: insights median %v of %v (journal already read)", median(insightTimes), insightTimes)
	t.Logf("10,000 entries: insights median %v of %v (opened cold: navigation start → shown, ±100 ms polling)", median(coldInsights), coldInsights)
	t.Logf("10,000 entries: /journal median %v of %v", median(ready), ready)
	t.Logf("10,000 entries: search   median %v of %v", median(searches), searches)
	t.Logf("10,000 entries: export   median %v of %v", median(exports), exports)
	record("import 10,000", imports)
	record("insights 10,000", insightTimes)
	record("/journal 10,000", ready)
	record("search 10,000", searches)
	record("export 10,000", exports)
}

// TestLockTimes measures, with 10,000 entries, turning the lock on (every
// record sealed in one transaction) and unlocking (Argon2id, then the page
// reads its data again), as medians of five.
func TestLockTimes(t *testing.T) {
	if os.Getenv("KINDLY_MEASURE") == "" {
		t.Skip("set KINDLY_MEASURE=1 (make bench) to measure")
	}
	file := backupFile(t, journaltest.Entries(10_000, 1, time.Now()))
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	b := newBrowser(t, t.TempDir())
	defer b.close()
	importBackup(t, b, srv.url(""), file)

	tap(t, b, `[data-testid="lock-enable"]`)
	act(t, b, chromedp.WaitVisible(tid("lock-warning")))
	eval[bool](t, b, `(() => { for (const id of ["lock-pass-1", "lock-pass-2"]) {
		const el = document.getElementById(id); el.value = "correct horse battery staple";
		el.dispatchEvent(new Event("input", {bubbles: true})); } return true; })()`)
	start := time.Now()
	tap(t, b, `[data-testid="lock-confirm"]:not([disabled])`)
	act(t, b, chromedp.WaitVisible(tid("lock-result")))
	t.Logf("10,000 entries: lock on (derive + seal all) %v", time.Since(start).Round(time.Millisecond))

	var unlocks []time.Duration
	for range 5 {
		tap(t, b, `[data-testid="nav-settings"]`)
		tap(t, b, `[data-testid="lock-now"]`)
		waitFor(t, b, "locked", func() bool { return eval[bool](t, b, `!!document.querySelector('[data-testid="locked"]')`) })
		typeText(t, b, "passphrase", "correct horse battery staple")
		ms := eval[float64](t, b, `new Promise((done) => {
			const t0 = performance.now();
			const mo = new MutationObserver(() => {
				if (!document.querySelector('[data-testid="locked"]')) { mo.disconnect(); done(performance.now() - t0); }
			});
			mo.observe(document.body, {childList: true, subtree: true});
			document.querySelector('[data-testid="unlock"]').click();
		})`)
		unlocks = append(unlocks, time.Duration(ms*float64(time.Millisecond)))
	}
	t.Logf("unlock (Argon2id 46 MiB × 2, tap → unlocked): median %v of %v", median(unlocks), unlocks)
	record("unlock", unlocks)
}
