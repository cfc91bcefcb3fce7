//go:build e2e

package e2e

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/backup"
	"github.com/kindly/kindly/internal/exercise"
	"github.com/kindly/kindly/internal/i18n"
)

// chooseLanguage picks lang in Settings' language picker, as a person
// would, and returns how long the page took to show the new language's
// heading (ms, measured in the page from the change event to the frame
// that shows it).
func chooseLanguage(t *testing.T, b *browser, base, lang string) float64 {
	t.Helper()
	b.open(t, base+"/settings")
	want := i18n.Load(lang).T("settings.title")
	return eval[float64](t, b, `new Promise((resolve) => {
		const sel = document.querySelector('[data-testid="language"]');
		const start = performance.now();
		sel.value = `+quote(lang)+`;
		sel.dispatchEvent(new Event("change", {bubbles: true}));
		const look = () => document.querySelector("h1").textContent === `+quote(want)+`
			? resolve(performance.now() - start) : requestAnimationFrame(look);
		requestAnimationFrame(look);
	})`)
}

// TestSpanishJourney: chosen in Settings, Spanish is the page's language
// at once and after a reload; a check-in, an exercise and a journal entry
// are written in it, and the export carries the prompts as they were
// shown.
func TestSpanishJourney(t *testing.T) {
	es := i18n.Load("es")
	if es.T("settings.title") == i18n.Load("en").T("settings.title") {
		t.Fatal("the Spanish catalog has no Settings title: the checks below would read English")
	}
	base, b := installed(t)
	ms := chooseLanguage(t, b, base, "es")
	t.Logf("switching to Spanish re-rendered Settings in %.0f ms", ms)
	b.open(t, base+"/")
	if lang, dir := eval[string](t, b, `document.documentElement.lang`), eval[string](t, b, `document.documentElement.dir`); lang != "es" || dir != "ltr" {
		t.Errorf("<html lang=%q dir=%q>, want es, ltr", lang, dir)
	}
	if got := eval[string](t, b, `document.querySelector('[data-testid="nav-journal"]').textContent`); got != es.T("shell.nav.journal") {
		t.Errorf("the journal tab reads %q, want %q", got, es.T("shell.nav.journal"))
	}

	// A check-in.
	b.open(t, base+"/?checkin=1")
	tap(t, b, `label[for="checkin-p-3"]`)
	typeText(t, b, "checkin-next", "Pedirle ayuda a Sam")
	tap(t, b, `[data-testid="checkin-save"]`)
	waitFor(t, b, "the check-in saved", func() bool {
		return eval[bool](t, b, `!!document.querySelector('[data-testid="checkin-done"]')`)
	})

	// An exercise: talk to yourself as a friend would.
	friend, _ := exercise.Find("friend")
	b.open(t, base+"/exercises/friend")
	for i, st := range friend.Steps {
		typeText(t, b, "step-input", "Respuesta "+st.ID)
		if i < len(friend.Steps)-1 {
			tap(t, b, `[data-testid="step-next"]`)
		} else {
			tap(t, b, `[data-testid="exercise-finish"]`)
		}
	}
	waitFor(t, b, "the exercise saved", func() bool {
		return eval[bool](t, b, `!!document.querySelector('[data-testid="exercise-done"]')`)
	})

	// A journal entry, then the export.
	write(t, b, base, "Hoy lo intenté otra vez.")
	downloads := allowDownloads(t, b)
	b.open(t, base+"/settings")
	tap(t, b, `[data-testid="export-json"]`)
	var data []byte
	waitFor(t, b, "the export", func() bool {
		m, _ := filepath.Glob(filepath.Join(downloads, "kindly-*.json"))
		if len(m) == 1 {
			data, _ = os.ReadFile(m[0])
		}
		_, err := backup.Parse(data)
		return err == nil
	})
	d, _ := backup.Parse(data)
	prompts := map[string]bool{}
	for _, e := range d.Entries {
		for _, a := range e.Answers {
			prompts[a.Prompt] = true
		}
	}
	if len(d.Entries) != 3 {
		t.Errorf("the export holds %d entries, want the check-in, the exercise and the note", len(d.Entries))
	}
	if p := es.T(friend.Steps[0].Prompt); !prompts[p] {
		t.Errorf("the exercise's answers were not kept under the Spanish prompt %q (prompts: %v)", p, prompts)
	}
	b.open(t, base+"/journal")
	if got := listed(t, b); !strings.Contains(strings.Join(got, "|"), "Hoy lo intenté otra vez.") {
		t.Errorf("the journal lists %q", got)
	}
	if got := eval[string](t, b, `document.querySelector(".day-title").textContent`); !strings.Contains(got, "de") {
		t.Errorf("the day heading %q is not a Spanish date", got)
	}
}

// TestLanguageScreens: Today, an exercise and Support in each shipped
// language and in the right-to-left pseudo-locale, as screenshots, with
// <html lang dir> right and nothing wider than a phone.
func TestLanguageScreens(t *testing.T) {
	base, b := installed(t)
	pages := map[string]string{"today": "/", "exercise": "/exercises/friend", "support": "/support"}
	for _, lang := range []string{"es", "de", "fr", "ar-XB"} {
		eval[bool](t, b, `(localStorage.setItem("kindly.language", `+quote(lang)+`), true)`)
		c := i18n.Load(lang)
		for name, path := range pages {
			b.open(t, base+path)
			if got := eval[string](t, b, `document.documentElement.lang + " " + document.documentElement.dir`); got != c.Lang()+" "+c.Dir() {
				t.Errorf("%s %s: <html> is %q, want %q", lang, path, got, c.Lang()+" "+c.Dir())
			}
			if w := eval[int](t, b, `document.documentElement.scrollWidth - innerWidth`); w > 0 {
				t.Errorf("%s %s: the page is %d px wider than the phone", lang, path, w)
			}
			b.screenshot(t, "lang-"+lang+"-"+name)
		}
		if got, want := eval[string](t, b, `document.querySelector('[data-testid="sos"]').textContent`), c.T("shell.sos"); got != want {
			t.Errorf("%s: Calm now reads %q, want %q", lang, got, want)
		}
	}
}

// TestPseudoLocales opens every route in en-XA (accented, longer) and
// ar-XB (right-to-left): no page is wider than the phone, no control is
// clipped, and in en-XA every word of the interface came from the catalog
// (the pseudo-locale marks each text with ⟦ ⟧).
func TestPseudoLocales(t *testing.T) {
	base, b := installed(t)
	importBackup(t, b, base, backupFile(t, seedJournal(time.Now())))
	for _, lang := range []string{"en-XA", "ar-XB"} {
		eval[bool](t, b, `(localStorage.setItem("kindly.language", `+quote(lang)+`), true)`)
		for _, r := range routes {
			b.open(t, base+r)
			res := eval[pseudoPage](t, b, pseudoCheckJS)
			if res.Wide > 0 {
				t.Errorf("%s %s: %d px wider than the phone", lang, r, res.Wide)
			}
			if len(res.Clipped) > 0 {
				t.Errorf("%s %s: clipped controls %q", lang, r, res.Clipped)
			}
			if lang == "en-XA" && len(res.Unmarked) > 0 {
				t.Errorf("%s %s: text that did not come from the catalog: %q", lang, r, res.Unmarked)
			}
			if want := i18n.Load(lang).Dir(); res.Direction != want {
				t.Errorf("%s %s: dir %q, want %q", lang, r, res.Direction, want)
			}
		}
		b.screenshot(t, "pseudo-"+lang+"-settings")
	}
}

// pseudoPage is what pseudoCheckJS finds on a page.
type pseudoPage struct {
	Wide      int
	Clipped   []string
	Unmarked  []string
	Direction string
}

// pseudoCheckJS measures a page in a pseudo-locale. Text the person
// wrote (dir=auto), proper names (translate=no: the crisis services'),
// dates and times (Go writes English ones for the pseudo-locales, as on
// the server), numbers, the brand and the version are not catalog text.
const pseudoCheckJS = `(() => {
	const clipped = [...document.querySelectorAll("button, a, label, select, input, [data-testid]")]
		.filter((el) => el.offsetParent && getComputedStyle(el).overflow !== "visible" && el.scrollWidth > el.clientWidth + 1)
		.map((el) => el.dataset.testid || el.tagName.toLowerCase());
	const unmarked = [];
	const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const dateish = /^[\s\d:,.·–-]*((Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|AM|PM|[\s\d:,.·–-])*$/;
	for (let n = walk.nextNode(); n; n = walk.nextNode()) {
		const s = n.textContent.trim();
		const el = n.parentElement;
		if (!s || !/[A-Za-z]{3}/.test(s) || el.closest("[dir=auto], [translate=no], script, style, .brand, .sr-only, [data-testid=app-version]") || !el.offsetParent) continue;
		if (s.includes("⟦") || s.includes("⟧") || dateish.test(s)) continue;
		unmarked.push(s.slice(0, 60));
	}
	return {wide: document.documentElement.scrollWidth - innerWidth, clipped, unmarked: [...new Set(unmarked)], direction: document.documentElement.dir};
})()`

// TestShellInTheChosenLanguage: once Spanish is chosen, the page shell a
// person gets before any wasm runs is Spanish, from the service worker,
// with the server gone; and a first visit from a German browser gets a
// German shell from the server.
func TestShellInTheChosenLanguage(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	b := newBrowser(t, t.TempDir())
	defer b.close()
	base := srv.url("")
	b.open(t, base+"/")
	waitPrecached(t, b)
	chooseLanguage(t, b, base, "es")
	es := i18n.Load("es")
	waitFor(t, b, "the Spanish shells in the cache", func() bool {
		return eval[bool](t, b, `(async () => {
			for (const k of await caches.keys())
				if (await (await caches.open(k)).match("/journal?lang=es")) return true;
			return false;
		})()`)
	})
	srv.stop(t)
	b.shell(t, base+"/journal")
	if got := eval[string](t, b, `document.documentElement.lang`); got != "es" {
		t.Errorf("offline, the journal's shell has lang %q, want es", got)
	}
	if got, want := eval[string](t, b, `document.querySelector('[data-testid="nav-journal"]').textContent`), es.T("shell.nav.journal"); got != want {
		t.Errorf("offline, the journal's shell reads %q before the wasm, want %q", got, want)
	}

	srv2 := startServer(t, binary(t), freeAddr(t))
	defer srv2.stop(t)
	res, err := httpGetLang(srv2.url("/journal"), "de-DE,de;q=0.9,en;q=0.5")
	if err != nil {
		t.Fatal(err)
	}
	if de := i18n.Load("de").T("shell.nav.journal"); !strings.Contains(res, `lang="de"`) || !strings.Contains(res, ">"+de+"<") {
		t.Errorf("a first visit from a German browser gets a shell without lang=de or %q", de)
	}
}

// httpGetLang fetches url as a browser with the given Accept-Language.
func httpGetLang(url, accept string) (string, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Accept-Language", accept)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return string(b), err
}
