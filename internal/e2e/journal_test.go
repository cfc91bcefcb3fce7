//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/kindly/kindly/internal/backup"
)

// hostile is what a user might write: markup, a right-to-left override,
// emoji. It must be stored and shown exactly as written, never run.
const hostile = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> \u202eright-to-left\u202c 💜 café"

// act runs chromedp actions with a timeout.
func act(t *testing.T, b *browser, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%v (screenshot %s)", err, b.screenshot(t, "journal-failure"))
	}
}

func tid(id string) chromedp.CSS { return chromedp.CSS(`[data-testid="` + id + `"]`) }

// typeText sets a field's value and fires input, as typing does (SendKeys
// cannot type every character, emoji and direction marks among them).
func typeText(t *testing.T, b *browser, testid, text string) {
	t.Helper()
	act(t, b, chromedp.WaitVisible(tid(testid)))
	v, _ := json.Marshal(text)
	eval[bool](t, b, `(() => {
		const el = document.querySelector('[data-testid="`+testid+`"]');
		el.focus(); el.value = `+string(v)+`;
		el.dispatchEvent(new Event("input", {bubbles: true}));
		el.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`)
}

// listed waits for the journal list and returns the text of each entry.
func listed(t *testing.T, b *browser) []string {
	t.Helper()
	act(t, b, chromedp.WaitReady(chromedp.CSS(`[data-testid="entry-list"][data-loaded="1"][data-indexed="1"]`)))
	return eval[[]string](t, b, `[...document.querySelectorAll('[data-testid="entry-item"] .entry-text')].map((e) => e.textContent)`)
}

// write creates an entry through the UI and waits for the journal.
func write(t *testing.T, b *browser, base, text string) {
	t.Helper()
	b.open(t, base+"/journal")
	act(t, b, chromedp.Click(tid("new-entry")))
	b.waitReady(t, b.ctx, "new entry")
	act(t, b, chromedp.WaitVisible(chromedp.CSS(`[data-testid="entry-save"]:not([disabled])`)))
	typeText(t, b, "entry-text", text)
	act(t, b, chromedp.Click(tid("entry-save")))
	deadline := time.Now().Add(15 * time.Second)
	for !strings.HasSuffix(eval[string](t, b, `location.pathname`), "/journal") {
		if time.Now().After(deadline) {
			t.Fatalf("saving did not return to the journal (screenshot %s)", b.screenshot(t, "save-stuck"))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func waitFor(t *testing.T, b *browser, what string, f func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !f() {
		if time.Now().After(deadline) {
			status, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('[data-testid="error"], [data-testid="data-result"]')].map((e) => e.textContent).join(" | ")`))
			t.Fatalf("timed out waiting for %s (messages on the page: %q; screenshot %s)", what, status, b.screenshot(t, "wait-"+strings.ReplaceAll(what, " ", "-")))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestJournal(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	base := srv.url("")
	profile := t.TempDir()
	b := newBrowser(t, profile)
	defer b.close()
	b.open(t, base+"/")
	waitPrecached(t, b)

	t.Run("WriteReloadPresent", func(t *testing.T) {
		write(t, b, base, hostile)
		if got := listed(t, b); !slices.Equal(got, []string{hostile}) {
			t.Fatalf("listed %q, want the text exactly as written", got)
		}
		b.open(t, base+"/journal")
		if got := listed(t, b); !slices.Equal(got, []string{hostile}) {
			t.Fatalf("after a reload: %q", got)
		}
		if eval[bool](t, b, `window.__pwned !== undefined || document.querySelectorAll("main img, main script").length > 0`) {
			t.Fatal("user text became markup")
		}
		b.screenshot(t, "phone-journal")
	})

	t.Run("LongEntry", func(t *testing.T) {
		long := strings.Repeat("Every word kept. ", 100<<10/17)
		write(t, b, base, long)
		act(t, b, chromedp.Click(chromedp.CSS(`[data-testid="entry-item"] a`)))
		act(t, b, chromedp.WaitVisible(chromedp.CSS(`[data-testid="entry-save"]:not([disabled])`)))
		waitFor(t, b, "the long text in the editor", func() bool {
			return eval[int](t, b, `document.querySelector('[data-testid="entry-text"]').value.length`) == len(long)
		})
	})

	t.Run("DraftSurvivesAClosedTab", func(t *testing.T) {
		b.open(t, base+"/journal")
		act(t, b, chromedp.Click(tid("new-entry")))
		act(t, b, chromedp.WaitVisible(chromedp.CSS(`[data-testid="entry-save"]:not([disabled])`)))
		typeText(t, b, "entry-text", "half a senten")
		time.Sleep(1500 * time.Millisecond) // drafts are saved within a second
		b.open(t, base+"/journal")          // the tab is gone; nothing was saved
		act(t, b, chromedp.Click(chromedp.CSS(`[data-testid="draft-item"] a`)))
		waitFor(t, b, "the draft in the editor", func() bool {
			return eval[string](t, b, `document.querySelector('[data-testid="entry-text"]').value`) == "half a senten"
		})
		typeText(t, b, "entry-text", "half a sentence, finished")
		act(t, b, chromedp.Click(tid("entry-save")))
		waitFor(t, b, "the journal", func() bool { return strings.HasSuffix(eval[string](t, b, `location.pathname`), "/journal") })
		if n := eval[int](t, b, `document.querySelectorAll('[data-testid="draft-item"]').length`); n != 0 {
			t.Errorf("%d drafts still offered after saving", n)
		}
	})

	t.Run("DeleteAndUndo", func(t *testing.T) {
		before := len(listed(t, b))
		act(t, b, chromedp.Click(chromedp.CSS(`[data-testid="entry-item"] a`)))
		act(t, b, chromedp.WaitVisible(chromedp.CSS(`[data-testid="entry-save"]:not([disabled])`)))
		act(t, b, chromedp.Click(tid("entry-delete")))
		act(t, b, chromedp.WaitVisible(tid("undo")))
		waitFor(t, b, "one entry fewer", func() bool { return len(listed(t, b)) == before-1 })
		act(t, b, chromedp.Click(tid("undo")))
		waitFor(t, b, "the entry back", func() bool { return len(listed(t, b)) == before })
	})

	t.Run("Search", func(t *testing.T) {
		b.open(t, base+"/journal")
		all := len(listed(t, b))
		typeText(t, b, "search", "CAFE")
		waitFor(t, b, "CAFE to find the café entry alone", func() bool { return slices.Equal(listed(t, b), []string{hostile}) })
		typeText(t, b, "search", "zebra")
		waitFor(t, b, "zebra to find nothing", func() bool { return len(listed(t, b)) == 0 })
		typeText(t, b, "search", "")
		waitFor(t, b, "everything again", func() bool { return len(listed(t, b)) == all })
		typeText(t, b, "filter-to", "2000-01-01")
		waitFor(t, b, "a range before any entry to find nothing", func() bool { return len(listed(t, b)) == 0 })
		typeText(t, b, "filter-to", "")
		typeText(t, b, "filter-from", time.Now().Format("2006-01-02"))
		waitFor(t, b, "today's entries", func() bool { return len(listed(t, b)) == all })
	})

	t.Run("TwoTabs", func(t *testing.T) {
		tab, cancel := chromedp.NewContext(b.ctx)
		defer cancel()
		// The first action creates the tab; it must run on the tab's own
		// context, or the tab would close with a per-call timeout.
		if err := chromedp.Do(tab); err != nil {
			t.Fatal(err)
		}
		other := &browser{ctx: tab, watch: b.watch}
		other.open(t, base+"/journal")
		before := len(listed(t, other))
		write(t, b, base, "from the first tab")
		waitFor(t, other, "the other tab to show the new entry", func() bool {
			return slices.Contains(listed(t, other), "from the first tab") && len(listed(t, other)) == before+1
		})
	})

	t.Run("FailedSaveKeepsText", func(t *testing.T) {
		tab, cancel := chromedp.NewContext(b.ctx)
		defer cancel()
		if err := chromedp.Do(tab); err != nil {
			t.Fatal(err)
		}
		full := &browser{ctx: tab, watch: &watch{}}
		if _, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `IDBObjectStore.prototype.put = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };`,
		}); err != nil {
			t.Fatal(err)
		}
		b.open(t, base+"/journal")
		before := listed(t, b)
		full.open(t, base+"/journal")
		act(t, full, chromedp.Click(tid("new-entry")))
		act(t, full, chromedp.WaitVisible(chromedp.CSS(`[data-testid="entry-save"]:not([disabled])`)))
		const words = "words that must not be lost"
		typeText(t, full, "entry-text", words)
		act(t, full, chromedp.Click(tid("entry-save")))
		act(t, full, chromedp.WaitVisible(tid("error")))
		if msg := eval[string](t, full, `document.querySelector('[data-testid="error"]').textContent`); !strings.Contains(msg, "out of space") {
			t.Errorf("error message %q", msg)
		}
		if got := eval[string](t, full, `document.querySelector('[data-testid="entry-text"]').value`); got != words {
			t.Errorf("after the failed save the editor holds %q", got)
		}
		full.screenshot(t, "phone-save-failed")
		b.open(t, base+"/journal")
		if after := listed(t, b); !slices.Equal(after, before) {
			t.Errorf("a failed save changed the journal: %q → %q", before, after)
		}
	})

	// From here on the server is gone: everything below works offline.
	srv.stop(t)

	t.Run("OfflineWriteReloadPresent", func(t *testing.T) {
		write(t, b, base, "written offline")
		b.open(t, base+"/journal")
		if got := listed(t, b); !slices.Contains(got, "written offline") {
			t.Fatalf("offline entry missing after reload: %q", got)
		}
	})

	var exported []byte
	t.Run("ExportWipeImport", func(t *testing.T) {
		b.open(t, base+"/journal")
		want := listed(t, b)
		downloads := allowDownloads(t, b)
		b.open(t, base+"/settings")
		tap(t, b, `[data-testid="export-json"]`)
		var file string
		waitFor(t, b, "the export file", func() bool {
			m, _ := filepath.Glob(filepath.Join(downloads, "kindly-*.json"))
			if len(m) == 1 {
				file = m[0]
			}
			return file != ""
		})
		waitFor(t, b, "the download to finish", func() bool {
			exported, _ = os.ReadFile(file)
			_, err := backup.Parse(exported)
			return err == nil
		})
		d, _ := backup.Parse(exported)
		if len(d.Entries) != len(want) {
			t.Fatalf("the export holds %d entries, the journal %d", len(d.Entries), len(want))
		}
		act(t, b, chromedp.WaitVisible(tid("data-result")))
		// The date is read back from storage after the result shows.
		waitFor(t, b, "the last backup's date", func() bool {
			return strings.Contains(eval[string](t, b, `document.querySelector('[data-testid="last-backup"]').textContent`), "last backup was saved")
		})

		typeText(t, b, "wipe-confirm", "delete")
		act(t, b, chromedp.Click(chromedp.CSS(`[data-testid="wipe-all"]:not([disabled])`)))
		waitFor(t, b, "Today after wiping", func() bool { return eval[string](t, b, `location.pathname`) == "/" })
		b.open(t, base+"/journal")
		act(t, b, chromedp.WaitVisible(tid("journal-empty")))

		b.open(t, base+"/settings")
		act(t, b, chromedp.SetUploadFiles(tid("import-file"), []string{file}))
		act(t, b, chromedp.WaitVisible(tid("data-result")))
		b.open(t, base+"/journal")
		got := listed(t, b)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("after export, wipe and import:\n%q\nwant\n%q", got, want)
		}

		// The same file again: nothing changes, nothing doubles.
		b.open(t, base+"/settings")
		act(t, b, chromedp.SetUploadFiles(tid("import-file"), []string{file}))
		act(t, b, chromedp.WaitVisible(tid("data-result")))
		if msg := eval[string](t, b, `document.querySelector('[data-testid="data-result"]').textContent`); !strings.Contains(msg, "0 entries new") {
			t.Errorf("second import: %q", msg)
		}
		b.open(t, base+"/journal")
		if n := len(listed(t, b)); n != len(want) {
			t.Errorf("after importing twice: %d entries, want %d", n, len(want))
		}
	})

	t.Run("BadImportsChangeNothing", func(t *testing.T) {
		b.open(t, base+"/journal")
		before := listed(t, b)
		dir := t.TempDir()
		notJSON := filepath.Join(dir, "photo.json")
		os.WriteFile(notJSON, []byte("\x89PNG not a backup"), 0o644)
		hostileFile, _ := filepath.Abs(filepath.Join("..", "backup", "testdata", "hostile-mood.json"))
		for file, want := range map[string]string{notJSON: "not a Kindly backup", hostileFile: "pleasantness 99"} {
			b.open(t, base+"/settings")
			act(t, b, chromedp.SetUploadFiles(tid("import-file"), []string{file}))
			act(t, b, chromedp.WaitVisible(tid("error")))
			if msg := eval[string](t, b, `document.querySelector('[data-testid="error"]').textContent`); !strings.Contains(msg, want) || !strings.Contains(msg, "Nothing was changed") {
				t.Errorf("%s: message %q", filepath.Base(file), msg)
			}
		}
		b.open(t, base+"/journal")
		if after := listed(t, b); !slices.Equal(after, before) {
			t.Errorf("a bad import changed the journal: %q → %q", before, after)
		}
	})

	_, errs := b.watch.snapshot()
	for _, e := range errs {
		t.Errorf("browser error: %s", e)
	}
}
