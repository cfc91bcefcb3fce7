//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/journal/journaltest"
)

// extraEntries are n entries no other journal has (their own ids).
func extraEntries(n int, round int, end time.Time) []journal.Entry {
	es := journaltest.Entries(n, uint64(100+round), end)
	for i := range es {
		es[i].ID = fmt.Sprintf("0193f1a2-7c1e-7000-9%03d-%012d", round, i)
	}
	return es
}

// watchLongTasks starts noting the longest main-thread task on d's page.
func watchLongTasks(t *testing.T, d *device) {
	eval[bool](t, d.browser, `(() => { window.longest = 0;
		new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longest = Math.max(window.longest, e.duration); }).observe({type: "longtask"});
		return true; })()`)
}

func longest(t *testing.T, d *device) time.Duration {
	return time.Duration(eval[float64](t, d.browser, `window.longest`) * float64(time.Millisecond))
}

// TestSyncTimes measures DESIGN §4's sync budgets in Chromium: writing the
// sync file of a 10,000-entry journal (≤ 3 s), opening and merging it on a
// device whose 10,000 entries differ in 500 (≤ 3 s for the merge, ≤ 5 s
// for the whole apply), the longest main-thread task meanwhile (≤ 200 ms),
// and pairing two such devices from pair-connect to pair-done (≤ 5 s).
// KINDLY_MEASURE=1 (make bench) runs it; timings are reported, never
// asserted.
func TestSyncTimes(t *testing.T) {
	if os.Getenv("KINDLY_MEASURE") == "" {
		t.Skip("set KINDLY_MEASURE=1 (make bench) to measure")
	}
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	base := srv.url("")
	now := time.Now()
	common := backupFile(t, journaltest.Entries(10_000, 7, now.Add(-time.Hour)))
	var write, apply, pairs, task []time.Duration
	for round := range 3 {
		phone, laptop := newDevice(t, base, "phone"), newDevice(t, base, "laptop")
		for _, d := range []*device{phone, laptop} {
			importBackup(t, d.browser, base, common)
		}
		importBackup(t, phone.browser, base, backupFile(t, extraEntries(500, round, now)))

		phone.onPage = func() { watchLongTasks(t, phone) }
		file, code := sendFile(t, phone, base)
		write = append(write, phone.sent)
		longWrite := longest(t, phone)

		laptop.open(t, base+"/settings")
		act(t, laptop.browser, chromedp.SetUploadFiles(tid("import-file"), []string{file}), chromedp.WaitVisible(tid("sync-code-input")))
		typeText(t, laptop.browser, "sync-code-input", code)
		watchLongTasks(t, laptop)
		start := time.Now()
		act(t, laptop.browser, chromedp.Click(tid("sync-open")), chromedp.WaitVisible(tid("import-preview")))
		toPreview := time.Since(start)
		if s := text(t, laptop.browser, "sync-summary"); !strings.Contains(s, "500 new") {
			t.Fatalf("the preview said %q", s)
		}
		start = time.Now()
		act(t, laptop.browser, chromedp.Click(tid("import-confirm")), chromedp.WaitVisible(tid("data-result")))
		apply = append(apply, toPreview+time.Since(start))
		longApply := longest(t, laptop)

		// Pairing, with 500 records new on the laptop this time.
		importBackup(t, laptop.browser, base, backupFile(t, extraEntries(500, 10+round, now)))
		pairs = append(pairs, pair(t, phone, laptop, base, nil))
		task = append(task, max(longWrite, longApply))
		t.Logf("round %d: file written in %v (longest task %v), opened and merged in %v (preview %v; longest task %v), paired in %v",
			round+1, write[round], longWrite, apply[round], toPreview, longApply, pairs[round])
		phone.close()
		laptop.close()
	}
	record("sync file 10,000", write)
	record("apply sync 10,000", apply)
	record("longest task, sync", task)
	record("pairing, 500 changed", pairs)
}
