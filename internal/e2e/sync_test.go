//go:build e2e

package e2e

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// A device in these tests: a browser with a profile of its own.
type device struct {
	*browser
	name      string
	downloads string
	onPage    func()        // called on each page opened by sendFile
	sent      time.Duration // the last sendFile's time from tap to file written
}

func newDevice(t *testing.T, base, name string, extra ...chromedp.ExecAllocatorOption) *device {
	b := newBrowser(t, t.TempDir(), extra...)
	t.Cleanup(b.close)
	d := &device{browser: b, name: name, downloads: allowDownloads(t, b)}
	d.open(t, base+"/")
	return d
}

// sendFile makes the sync file on d and returns its path and the code shown.
func sendFile(t *testing.T, d *device, base string) (path, code string) {
	t.Helper()
	d.open(t, base+"/settings")
	if d.onPage != nil {
		d.onPage()
	}
	before, _ := filepath.Glob(filepath.Join(d.downloads, "kindly-sync-*.kindly.txt"))
	for _, f := range before {
		os.Remove(f)
	}
	start := time.Now()
	act(t, d.browser, chromedp.Click(tid("sync-send")), chromedp.WaitVisible(tid("sync-code")))
	d.sent = time.Since(start)
	code = text(t, d.browser, "sync-code")
	waitFor(t, d.browser, "the sync file", func() bool {
		m, _ := filepath.Glob(filepath.Join(d.downloads, "kindly-sync-*.kindly.txt"))
		if len(m) != 1 {
			return false
		}
		path = m[0]
		data, err := os.ReadFile(path)
		return err == nil && bytes.HasSuffix(data, []byte("\n"))
	})
	if info, err := os.Stat(path); err == nil {
		t.Logf("%s sent %s (%d bytes, modified %v)", d.name, filepath.Base(path), info.Size(), info.ModTime().Format("15:04:05.000"))
	}
	if !strings.HasPrefix(filepath.Base(path), "kindly-sync-"+time.Now().Format("2006-01-02")) {
		t.Errorf("the sync file is named %s", filepath.Base(path))
	}
	return path, code
}

// openFile chooses a sync file on d and types its code; it returns the
// preview's summary, or the error shown.
func openFile(t *testing.T, d *device, base, path, code string) (summary, problem string) {
	t.Helper()
	d.open(t, base+"/settings")
	act(t, d.browser, chromedp.SetUploadFiles(tid("import-file"), []string{path}), chromedp.WaitVisible(tid("sync-code-input")))
	typeText(t, d.browser, "sync-code-input", code)
	act(t, d.browser, chromedp.Click(tid("sync-open")))
	waitFor(t, d.browser, "the preview or an error", func() bool {
		return eval[bool](t, d.browser, `!!document.querySelector('[data-testid="import-preview"], [data-testid="error"]')`)
	})
	if eval[bool](t, d.browser, `!!document.querySelector('[data-testid="error"]')`) {
		return "", text(t, d.browser, "error")
	}
	return text(t, d.browser, "sync-summary"), ""
}

// receive opens and merges a sync file on d (when it changes anything).
func receive(t *testing.T, d *device, base, path, code string) string {
	t.Helper()
	summary, problem := openFile(t, d, base, path, code)
	if problem != "" {
		t.Fatalf("%s: the sync file was refused: %s", d.name, problem)
	}
	if eval[bool](t, d.browser, `document.querySelector('[data-testid="import-confirm"]').disabled`) {
		act(t, d.browser, chromedp.Click(tid("import-cancel")))
		return summary
	}
	act(t, d.browser, chromedp.Click(tid("import-confirm")))
	waitFor(t, d.browser, "the merge", func() bool {
		return eval[bool](t, d.browser, `!!document.querySelector('[data-testid="data-result"], [data-testid="sync-merged"]')`)
	})
	return summary
}

// journalOf lists d's live entries, sorted.
func journalOf(t *testing.T, d *device, base string) []string {
	d.open(t, base+"/journal")
	l := listed(t, d.browser)
	slices.Sort(l)
	return l
}

// openEntry opens the entry whose text is exactly text.
func openEntry(t *testing.T, d *device, base, text string) {
	t.Helper()
	d.open(t, base+"/journal")
	listed(t, d.browser)
	q, _ := json.Marshal(text)
	if !eval[bool](t, d.browser, `(() => {
		const item = [...document.querySelectorAll('[data-testid="entry-item"]')].find((e) => e.querySelector(".entry-text").textContent === `+string(q)+`);
		if (!item) return false;
		item.querySelector("a").click();
		return true;
	})()`) {
		t.Fatalf("%s: no entry %q", d.name, text)
	}
	act(t, d.browser, chromedp.WaitVisible(chromedp.CSS(`[data-testid="entry-save"]:not([disabled])`)))
}

func edit(t *testing.T, d *device, base, from, to string) {
	openEntry(t, d, base, from)
	typeText(t, d.browser, "entry-text", to)
	act(t, d.browser, chromedp.Click(tid("entry-save")))
	waitFor(t, d.browser, "the journal", func() bool { return strings.HasSuffix(eval[string](t, d.browser, `location.pathname`), "/journal") })
}

func remove(t *testing.T, d *device, base, text string) {
	openEntry(t, d, base, text)
	act(t, d.browser, chromedp.Click(tid("entry-delete")), chromedp.WaitVisible(tid("undo")))
}

// stored counts the records in d's IndexedDB, whatever the app shows.
func stored(t *testing.T, d *device) int {
	return eval[int](t, d.browser, `new Promise((ok, fail) => {
		const req = indexedDB.open("kindly");
		req.onerror = () => fail(req.error);
		req.onsuccess = () => {
			const db = req.result, names = [...db.objectStoreNames];
			const tx = db.transaction(names);
			let n = 0, left = names.length;
			for (const s of names) tx.objectStore(s).count().onsuccess = (e) => { n += e.target.result; if (--left === 0) { db.close(); ok(n); } };
		};
	})`)
}

func TestSync(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	t.Cleanup(func() { srv.stop(t) })
	base := srv.url("")
	phone, laptop := newDevice(t, base, "phone"), newDevice(t, base, "laptop")
	write(t, phone.browser, base, "Phone: the interview went badly")
	write(t, phone.browser, base, "Phone: one small thing I did well")
	write(t, laptop.browser, base, "Laptop: written on the train")

	t.Run("FileBothWays", func(t *testing.T) {
		file, code := sendFile(t, phone, base)
		if got := receive(t, laptop, base, file, code); !strings.Contains(got, "2 new") {
			t.Errorf("the laptop's preview said %q, want 2 new", got)
		}
		// The same file again changes nothing, and says so.
		if got, _ := openFile(t, laptop, base, file, code); !strings.Contains(got, "Nothing to change") {
			t.Errorf("a second import previewed %q", got)
		}
		if eval[bool](t, laptop.browser, `!document.querySelector('[data-testid="import-confirm"]').disabled`) {
			t.Error("a file with nothing new can still be merged")
		}
		back, backCode := sendFile(t, laptop, base)
		if got := receive(t, phone, base, back, backCode); !strings.Contains(got, "1 new") {
			t.Errorf("the phone's preview said %q, want 1 new", got)
		}
		p, l := journalOf(t, phone, base), journalOf(t, laptop, base)
		if len(p) != 3 || !slices.Equal(p, l) {
			t.Fatalf("after both ways: phone %q, laptop %q", p, l)
		}
	})

	t.Run("RejectedWithNothingWritten", func(t *testing.T) {
		write(t, phone.browser, base, "Phone: not sent yet")
		file, code := sendFile(t, phone, base)
		before := stored(t, laptop)
		wrong := "ZZZZ-ZZZZ-ZZZZ"
		if _, problem := openFile(t, laptop, base, file, wrong); !strings.Contains(problem, "doesn't open this file") {
			t.Errorf("a wrong code gave %q", problem)
		}
		if v := eval[string](t, laptop.browser, `document.querySelector('[data-testid="sync-code-input"]').value`); v != wrong {
			t.Errorf("the typed code was lost after the error: %q", v)
		}
		data, _ := os.ReadFile(file)
		lines := strings.Split(string(data), "\n")
		mid := lines[len(lines)/2]
		flipped := "A"
		if mid[10] == 'A' {
			flipped = "B"
		}
		lines[len(lines)/2] = mid[:10] + flipped + mid[11:]
		tampered := writeFile(t, filepath.Base(file), []byte(strings.Join(lines, "\n")))
		if _, problem := openFile(t, laptop, base, tampered, code); !strings.Contains(problem, "damaged or was changed") {
			t.Errorf("a tampered file gave %q", problem)
		}
		if after := stored(t, laptop); after != before {
			t.Errorf("refused files changed the laptop's database: %d records, then %d", before, after)
		}
		receive(t, laptop, base, file, code)
	})

	// An edit on one device and a delete of the same entry on the other,
	// merged in both orders: the delete stands everywhere, and the edit is
	// offered once to keep.
	for _, order := range []string{"PhoneFirst", "LaptopFirst"} {
		t.Run("DeleteAgainstEdit"+order, func(t *testing.T) {
			words := "Shared: a hard conversation (" + order + ")"
			write(t, phone.browser, base, words)
			file, code := sendFile(t, phone, base)
			receive(t, laptop, base, file, code)
			remove(t, phone, base, words)
			edit(t, laptop, base, words, words+", and what I learned")
			first, second := phone, laptop
			if order == "LaptopFirst" {
				first, second = laptop, phone
			}
			f1, c1 := sendFile(t, second, base)
			receive(t, first, base, f1, c1)
			if !eval[bool](t, first.browser, `!!document.querySelector('[data-testid="sync-lost"]')`) {
				t.Errorf("%s was not told of the lost edit", first.name)
			}
			f2, c2 := sendFile(t, first, base)
			receive(t, second, base, f2, c2)
			p, l := journalOf(t, phone, base), journalOf(t, laptop, base)
			if !slices.Equal(p, l) {
				t.Fatalf("the devices differ: phone %q, laptop %q", p, l)
			}
			for _, e := range p {
				if strings.HasPrefix(e, words) {
					t.Fatalf("the deleted entry came back as %q", e)
				}
			}
		})
	}

	t.Run("PairByPastedCodes", func(t *testing.T) {
		write(t, phone.browser, base, "Phone: written before pairing")
		write(t, laptop.browser, base, "Laptop: written before pairing")
		pair(t, phone, laptop, base, nil)
		p, l := journalOf(t, phone, base), journalOf(t, laptop, base)
		if !slices.Equal(p, l) || !slices.Contains(p, "Laptop: written before pairing") || !slices.Contains(l, "Phone: written before pairing") {
			t.Fatalf("after pairing: phone %q, laptop %q", p, l)
		}
	})

	t.Run("PairByQR", func(t *testing.T) {
		write(t, phone.browser, base, "Phone: for the tablet")
		pair(t, phone, nil, base, func(offer string) *device {
			video := qrVideo(t, offer)
			return newDevice(t, base, "tablet",
				chromedp.Flag("use-fake-ui-for-media-stream", true),
				chromedp.Flag("use-fake-device-for-media-stream", true),
				chromedp.Flag("use-file-for-fake-video-capture", video))
		})
	})
}
