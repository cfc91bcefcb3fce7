//go:build e2e

package e2e

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/kindly/kindly/internal/backup"
)

// Words that only the user typed: none may be found where they should not.
const (
	secretEntry  = "zebra umbrella 1234 my secret"
	secretMantra = "quokka lantern 5678 kind words"
	secretDraft  = "marmalade 9012 half written"
	passphrase   = "correct horse battery staple"
)

// rawIndexedDB returns every record of every store of Kindly's database,
// as the browser holds it on disk, bytes decoded one to one.
const rawIndexedDB = `new Promise((ok, fail) => {
	const r = indexedDB.open("kindly");
	r.onerror = () => fail(r.error);
	r.onsuccess = () => {
		const db = r.result, names = [...db.objectStoreNames], out = [];
		const tx = db.transaction(names, "readonly");
		const text = (v) => {
			if (v instanceof ArrayBuffer) v = new Uint8Array(v);
			if (ArrayBuffer.isView(v)) return String.fromCharCode(...new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
			if (v && typeof v === "object") return Object.entries(v).map(([k, x]) => k + "=" + text(x)).join(" ");
			return String(v);
		};
		let left = names.length;
		for (const n of names) {
			tx.objectStore(n).getAll().onsuccess = (e) => {
				for (const rec of e.target.result) out.push(n + ": " + text(rec));
				if (--left === 0) { db.close(); ok(out); }
			};
		}
	};
})`

func TestPrivacyLock(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	base := srv.url("")
	b := newBrowser(t, t.TempDir())
	defer b.close()
	downloads := allowDownloads(t, b)
	b.open(t, base+"/")
	waitPrecached(t, b)
	b.watch.reset()

	// A whole session: every page, an entry, a mantra, a draft, an exercise.
	write(t, b, base, secretEntry)
	b.open(t, base+"/mantras")
	tap(t, b, `[data-testid="mantra-add"]`)
	typeText(t, b, "mantra-text", secretMantra)
	tap(t, b, `[data-testid="mantra-save"]`)
	waitFor(t, b, "the mantra", func() bool { return strings.Contains(mainText(t, b), secretMantra) })
	b.open(t, base+"/journal?new=1")
	b.open(t, base+"/exercises/kinder-sentence")
	typeText(t, b, "step-input", secretDraft)
	waitFor(t, b, "the exercise draft saved", func() bool {
		return strings.Contains(strings.Join(eval[[]string](t, b, rawIndexedDB), "\n"), secretDraft)
	})
	for _, p := range []string{"/", "/exercises", "/journal", "/insights", "/support", "/settings"} {
		b.open(t, base+p)
	}
	// The raw read proves the test can see text when it is there.
	before := strings.Join(eval[[]string](t, b, rawIndexedDB), "\n")
	for _, s := range []string{secretEntry, secretMantra, secretDraft} {
		if !strings.Contains(before, s) {
			t.Fatalf("before the lock, %q is not found raw: the check below would prove nothing", s)
		}
	}

	t.Run("EnableEncryptsEverything", func(t *testing.T) {
		b.open(t, base+"/settings")
		tap(t, b, `[data-testid="lock-enable"]`)
		act(t, b, chromedp.WaitVisible(tid("lock-warning")))
		b.screenshot(t, "phone-lock-enable")
		eval[bool](t, b, `(() => { for (const id of ["lock-pass-1", "lock-pass-2"]) {
			const el = document.getElementById(id); el.value = `+quote(passphrase)+`;
			el.dispatchEvent(new Event("input", {bubbles: true})); } return true; })()`)
		tap(t, b, `[data-testid="lock-confirm"]:not([disabled])`)
		act(t, b, chromedp.WaitVisible(tid("lock-result")))
		raw := eval[[]string](t, b, rawIndexedDB)
		all := strings.Join(raw, "\n")
		for _, s := range []string{secretEntry, secretMantra, secretDraft, "zebra", "quokka", "marmalade"} {
			if strings.Contains(all, s) {
				t.Errorf("%q is readable in IndexedDB with the lock on", s)
			}
		}
		if n := strings.Count(all, "entries: "); n < 1 {
			t.Fatalf("no entries left in IndexedDB (%d records in all)", len(raw))
		}
		tap(t, b, `[data-testid="nav-journal"]`) // within the session: a reload would lock
		if got := strings.Join(listed(t, b), "|"); !strings.Contains(got, secretEntry) {
			t.Errorf("unlocked, the journal lists %q", got)
		}
	})

	t.Run("EncryptedBackup", func(t *testing.T) {
		tap(t, b, `[data-testid="nav-settings"]`)
		waitFor(t, b, "Settings", func() bool {
			return eval[bool](t, b, `location.pathname === "/settings" && !!document.querySelector('[data-testid="lock-now"]')`)
		})
		tap(t, b, `[data-testid="export-json"]`)
		var file string
		waitFor(t, b, "the encrypted export", func() bool {
			m, _ := filepath.Glob(filepath.Join(downloads, "kindly-*.json"))
			if len(m) == 1 {
				if data, _ := os.ReadFile(m[0]); backup.IsEncrypted(data) {
					file = m[0]
				}
			}
			return file != ""
		})
		data, _ := os.ReadFile(file)
		if strings.Contains(string(data), "zebra") || strings.Contains(string(data), "quokka") {
			t.Error("the encrypted backup holds readable text")
		}
		doc, err := backup.Decrypt(data, passphrase)
		if err != nil || !strings.Contains(string(doc), secretEntry) {
			t.Fatalf("the backup does not open with the passphrase: %v", err)
		}
		act(t, b, chromedp.SetUploadFiles(tid("import-file"), []string{file}))
		act(t, b, chromedp.WaitVisible(tid("import-open")))
		eval[bool](t, b, `(() => { const el = document.getElementById("import-pass"); el.value = `+quote(passphrase)+`; el.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
		tap(t, b, `[data-testid="import-open"]`)
		act(t, b, chromedp.WaitVisible(tid("data-result")))
		if msg := eval[string](t, b, `document.querySelector('[data-testid="data-result"]').textContent`); !strings.Contains(msg, "0 entries new") {
			t.Errorf("importing the encrypted backup of the same journal: %q", msg)
		}
	})

	t.Run("ImportIsSealed", func(t *testing.T) {
		const secret = "pangolin 3456 imported"
		file := writeFile(t, "daylio.csv", []byte("full_date,date,weekday,time,mood,activities,note\n2026-01-05,January 5,Monday,8:00 pm,good,\"\",\""+secret+"\"\n"))
		act(t, b, chromedp.SetUploadFiles(tid("import-file"), []string{file}), chromedp.WaitVisible(tid("import-preview")))
		tap(t, b, `[data-testid="import-confirm"]:not([disabled])`)
		act(t, b, chromedp.WaitVisible(tid("data-result")))
		if all := strings.Join(eval[[]string](t, b, rawIndexedDB), "\n"); strings.Contains(all, "pangolin") {
			t.Error("an imported entry is readable in IndexedDB with the lock on")
		}
		tap(t, b, `[data-testid="nav-journal"]`)
		if got := strings.Join(listed(t, b), "|"); !strings.Contains(got, secret) {
			t.Errorf("unlocked, the journal lists %q", got)
		}
		tap(t, b, `[data-testid="nav-settings"]`)
		waitFor(t, b, "Settings", func() bool {
			return eval[bool](t, b, `location.pathname === "/settings" && !!document.querySelector('[data-testid="lock-now"]')`)
		})
	})

	t.Run("LockNowWrongPassphraseReload", func(t *testing.T) {
		tap(t, b, `[data-testid="lock-now"]`)
		waitFor(t, b, "locked, back at Today", func() bool {
			return eval[string](t, b, `location.pathname`) == "/" && eval[bool](t, b, `!!document.querySelector('[data-testid="locked"]')`)
		})
		b.open(t, base+"/journal")
		act(t, b, chromedp.WaitVisible(tid("locked")))
		b.screenshot(t, "phone-locked")
		if strings.Contains(eval[string](t, b, `document.body.textContent`), "zebra") {
			t.Fatal("entry text on screen while locked")
		}
		// The calm path and the built-in mantras need no passphrase.
		b.open(t, base+"/?calm=mantra")
		act(t, b, chromedp.WaitVisible(tid("calm-mantra-text")))
		b.open(t, base+"/mantras")
		if n := eval[int](t, b, `document.querySelectorAll('[data-testid="mantra-item"]').length`); n < 30 {
			t.Errorf("locked, %d mantras shown", n)
		}
		if strings.Contains(mainText(t, b), "quokka") {
			t.Error("an own mantra is on screen while locked")
		}

		before := eval[[]string](t, b, rawIndexedDB)
		b.open(t, base+"/journal")
		typeText(t, b, "passphrase", "not the passphrase")
		tap(t, b, `[data-testid="unlock"]`)
		act(t, b, chromedp.WaitVisible(tid("error")))
		if after := eval[[]string](t, b, rawIndexedDB); strings.Join(after, "\n") != strings.Join(before, "\n") {
			t.Error("a wrong passphrase changed the stored data")
		}
		b.open(t, base+"/journal") // after a reload it opens locked
		act(t, b, chromedp.WaitVisible(tid("locked")))
		typeText(t, b, "passphrase", passphrase)
		tap(t, b, `[data-testid="unlock"]`)
		if got := strings.Join(listed(t, b), "|"); !strings.Contains(got, secretEntry) {
			t.Errorf("after unlocking, the journal lists %q", got)
		}
	})

	t.Run("ChangePassphraseThenTurnOff", func(t *testing.T) {
		const next = "a different long passphrase"
		setFields := func(values map[string]string) {
			for id, v := range values {
				eval[bool](t, b, `(() => { const el = document.getElementById(`+quote(id)+`); el.value = `+quote(v)+`; el.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
			}
		}
		tap(t, b, `[data-testid="nav-settings"]`)
		act(t, b, chromedp.WaitVisible(tid("lock-now")))
		setFields(map[string]string{"lock-current": passphrase, "lock-pass-1": next, "lock-pass-2": next})
		tap(t, b, `[data-testid="lock-change"]:not([disabled])`)
		act(t, b, chromedp.WaitVisible(tid("lock-result")))
		tap(t, b, `[data-testid="lock-now"]`)
		waitFor(t, b, "locked", func() bool { return eval[bool](t, b, `!!document.querySelector('[data-testid="locked"]')`) })
		typeText(t, b, "passphrase", passphrase)
		tap(t, b, `[data-testid="unlock"]`)
		act(t, b, chromedp.WaitVisible(tid("error")))
		typeText(t, b, "passphrase", next)
		tap(t, b, `[data-testid="unlock"]`)
		waitFor(t, b, "unlocked with the new passphrase", func() bool {
			return !eval[bool](t, b, `!!document.querySelector('[data-testid="locked"]')`)
		})

		tap(t, b, `[data-testid="nav-settings"]`)
		act(t, b, chromedp.WaitVisible(tid("lock-now")))
		setFields(map[string]string{"lock-current": next})
		tap(t, b, `[data-testid="lock-disable"]:not([disabled])`)
		act(t, b, chromedp.WaitVisible(tid("lock-enable")))
		if raw := strings.Join(eval[[]string](t, b, rawIndexedDB), "\n"); !strings.Contains(raw, secretEntry) {
			t.Error("turning the lock off did not store the journal readable again")
		}
		b.open(t, base+"/journal")
		if got := strings.Join(listed(t, b), "|"); !strings.Contains(got, secretEntry) {
			t.Errorf("with the lock off, after a reload the journal lists %q", got)
		}
	})

	t.Run("NothingLeavesTheDevice", func(t *testing.T) {
		origin := srv.url("")
		calls := b.watch.sent()
		if len(calls) < 10 {
			t.Fatalf("only %d requests recorded: the watch is broken", len(calls))
		}
		for _, c := range calls {
			method, raw, _ := strings.Cut(c, " ")
			u, err := url.Parse(strings.TrimSuffix(raw, " +body"))
			if err != nil {
				t.Errorf("unreadable request %q", c)
				continue
			}
			switch {
			case u.Scheme == "data" || u.Scheme == "blob":
				continue // made in the page (icons, the download): never on the wire
			case method != "GET" || strings.HasSuffix(c, " +body"):
				t.Errorf("%s: only GETs without a body may leave the page", c)
			case !strings.HasPrefix(raw, origin):
				t.Errorf("%s: another origin", c)
			}
			for _, s := range []string{"zebra", "quokka", "marmalade", "horse"} {
				if strings.Contains(strings.ToLower(c), s) {
					t.Errorf("%s carries what the user typed", c)
				}
			}
			if !staticPath(u.Path) {
				t.Errorf("%s: not a page or a static asset", c)
			}
		}
	})
}

// staticPath reports whether p is one of the things the server serves: a
// page shell, go-app's generated files, the manifest or a file under /web.
func staticPath(p string) bool {
	switch {
	case strings.HasPrefix(p, "/web/"), p == "/app.js", p == "/app-worker.js", p == "/wasm_exec.js",
		p == "/app.css", p == "/manifest.webmanifest", p == "/favicon.ico":
		return true
	}
	for _, page := range []string{"/", "/exercises", "/mantras", "/journal", "/insights", "/settings", "/support"} {
		if p == page {
			return true
		}
	}
	return strings.HasPrefix(p, "/exercises/") || strings.HasPrefix(p, "/journal/")
}
