//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

func TestSupport(t *testing.T) {
	base, b := installed(t)

	welcomeShown := func() bool {
		return eval[bool](t, b, `(() => { const w = document.querySelector('[data-testid="onboarding"]'); return !!w && getComputedStyle(w).display !== "none"; })()`)
	}

	t.Run("FirstRunOnce", func(t *testing.T) {
		// The welcome is in the page shell, so a first visit shows it
		// before the wasm has arrived.
		b.shell(t, base+"/")
		if !welcomeShown() || !strings.Contains(mainText(t, b), "Everything stays on this device") {
			t.Error("the page shell of a first visit does not show the welcome")
		}
		b.open(t, base+"/")
		for i := 1; i <= 3; i++ {
			act(t, b, chromedp.WaitVisible(tid("onboarding")))
			b.screenshot(t, "phone-welcome-"+string(rune('0'+i)))
			if i < 3 {
				tap(t, b, `[data-testid="onboarding-next"]`)
				waitFor(t, b, "the next welcome screen", func() bool {
					return strings.Contains(eval[string](t, b, `document.querySelector('[data-testid="onboarding"]').textContent`), string(rune('0'+i+1))+" of 3")
				})
			}
		}
		tap(t, b, `[data-testid="onboarding-skip"]`)
		act(t, b, chromedp.WaitNotPresent(tid("onboarding")))
		b.open(t, base+"/")
		time.Sleep(300 * time.Millisecond)
		if eval[bool](t, b, `!!document.querySelector('[data-testid="onboarding"]')`) {
			t.Error("the first-run screens came back after being closed")
		}
		b.shell(t, base+"/")
		if welcomeShown() {
			t.Error("once closed, the welcome still shows in the page shell before the wasm starts")
		}
	})

	t.Run("PreferencesSurviveAReload", func(t *testing.T) {
		b.open(t, base+"/settings")
		for id, v := range map[string]string{"pref-theme": "dark", "pref-text": "larger", "pref-motion": "reduce"} {
			eval[bool](t, b, `(() => { const el = document.getElementById(`+quote(id)+`); el.value = `+quote(v)+`; el.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
		}
		b.open(t, base+"/")
		got := eval[string](t, b, `JSON.stringify(document.documentElement.dataset)`)
		if got != `{"theme":"dark","text":"larger","motion":"reduce"}` {
			t.Errorf("after a reload the root carries %s", got)
		}
		if fs := eval[string](t, b, `getComputedStyle(document.documentElement).fontSize`); fs != "20px" {
			t.Errorf("text size %s, want 20px (125 %%)", fs)
		}
		if bg := eval[string](t, b, `getComputedStyle(document.body).backgroundColor`); bg != "rgb(23, 20, 29)" {
			t.Errorf("background %s, want the dark theme's", bg)
		}
		b.screenshot(t, "phone-today-dark-larger")
		// web/boot.js applies them before the first paint, wasm or not.
		b.shell(t, base+"/journal")
		if got := eval[string](t, b, `JSON.stringify(document.documentElement.dataset)`); got != `{"theme":"dark","text":"larger","motion":"reduce"}` {
			t.Errorf("before the wasm runs, the root carries %s", got)
		}
		if bg := eval[string](t, b, `getComputedStyle(document.body).backgroundColor`); bg != "rgb(23, 20, 29)" {
			t.Errorf("before the wasm runs, the background is %s, not the dark theme's", bg)
		}
		b.open(t, base+"/settings")
		for id, v := range map[string]string{"pref-theme": "system", "pref-text": "", "pref-motion": "system"} {
			eval[bool](t, b, `(() => { const el = document.getElementById(`+quote(id)+`); el.value = `+quote(v)+`; el.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
		}
		if got := eval[string](t, b, `JSON.stringify(document.documentElement.dataset)`); got != `{}` {
			t.Errorf("back to the defaults, the root carries %s", got)
		}
	})

	t.Run("LinesAndMyPeople", func(t *testing.T) {
		b.open(t, base+"/support")
		links := eval[[]string](t, b, `[...document.querySelectorAll('[data-testid="crisis-lines"] a')].map((a) => a.getAttribute("href"))`)
		for _, want := range []string{"tel:988", "sms:988", "tel:116123", "tel:131114", "tel:1737", "tel:3114", "tel:08001110111"} {
			if !slices.Contains(links, want) {
				t.Errorf("no %s link among %v", want, links)
			}
		}
		if !strings.Contains(mainText(t, b), "Numbers last checked") {
			t.Error("the date the list was checked is missing")
		}
		b.screenshot(t, "phone-support")
		typeText(t, b, "person-name", "Sam")
		typeText(t, b, "person-reach", "+44 7700 900123")
		tap(t, b, `[data-testid="person-add"]`)
		waitFor(t, b, "Sam on the list", func() bool {
			return strings.Contains(eval[string](t, b, `(document.querySelector('[data-testid="person"]') || {}).textContent || ""`), "Sam")
		})
		b.open(t, base+"/support")
		waitFor(t, b, "Sam after a reload", func() bool {
			return eval[bool](t, b, `!!document.querySelector('[data-testid="person"] a[href="tel:+447700900123"]')`)
		})
	})

	t.Run("GentleCrisisCheck", func(t *testing.T) {
		b.open(t, base+"/journal")
		tap(t, b, `[data-testid="new-entry"]`)
		act(t, b, chromedp.WaitVisible(chromedp.CSS(`[data-testid="entry-save"]:not([disabled])`)))
		typeText(t, b, "entry-text", "This deadline is killing me")
		if eval[bool](t, b, `!!document.querySelector('[data-testid="crisis-card"]')`) {
			t.Error("an ordinary saying brought up the crisis card")
		}
		typeText(t, b, "entry-text", "Some nights I just want to end it all")
		act(t, b, chromedp.WaitVisible(tid("crisis-card")))
		// The card shows at once; the user's people are read when it first
		// shows, so they join it a moment later.
		waitFor(t, b, "the card to offer the user's people", func() bool {
			return eval[bool](t, b, `!!document.querySelector('[data-testid="crisis-card"] a[href="tel:+447700900123"]')`)
		})
		if !eval[bool](t, b, `!!document.querySelector('[data-testid="crisis-card"] a[href="tel:988"]')`) {
			t.Error("the card does not offer the lines of where the person is (the United States here)")
		}
		b.screenshot(t, "phone-crisis-card")
		tap(t, b, `[data-testid="entry-save"]`) // never blocks saving
		waitFor(t, b, "the journal", func() bool { return eval[string](t, b, `location.pathname`) == "/journal" })
		if got := strings.Join(listed(t, b), "|"); !strings.Contains(got, "want to end it all") {
			t.Errorf("the entry was not saved: %q", got)
		}
	})

	t.Run("CountryLines", func(t *testing.T) {
		b.open(t, base+"/support")
		firstLine := func() string {
			return eval[string](t, b, `(document.querySelector('[data-testid="crisis-lines"] .lines a') || {href: ""}).getAttribute("href") || ""`)
		}
		choose := func(code string) {
			eval[bool](t, b, `(() => { const el = document.querySelector('[data-testid="country"]'); el.value = `+quote(code)+`; el.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
		}
		// Headless Chromium speaks en-US in UTC: the United States first.
		if got, first := eval[string](t, b, `document.querySelector('[data-testid="country"]').value`), firstLine(); got != "US" || first != "tel:988" {
			t.Errorf("by default the picker says %q and the first line is %q, want US and tel:988", got, first)
		}
		choose("MX")
		waitFor(t, b, "Mexico's line first", func() bool { return firstLine() == "tel:8009112000" })
		b.open(t, base+"/support")
		if firstLine() != "tel:8009112000" || !eval[bool](t, b, `!!document.querySelector('.urgent a[href="tel:911"]')`) {
			t.Error("after a reload, Mexico's lines and emergency number are not shown first")
		}
		choose("other")
		waitFor(t, b, "the directories and 112", func() bool {
			return eval[bool](t, b, `!!document.querySelector('.urgent a[href="tel:112"]') && !!document.querySelector('[data-testid="crisis-lines"] a[href="https://findahelpline.com/"]')`)
		})
		b.screenshot(t, "phone-support-elsewhere")
		eval[bool](t, b, `(localStorage.removeItem("kindly.country"), true)`)
	})

	t.Run("ShareFallbackCopies", func(t *testing.T) {
		for _, name := range []string{"clipboard-read", "clipboard-write"} {
			if _, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
				Permission: &cdpbrowser.PermissionDescriptor{Name: name}, Setting: cdpbrowser.PermissionSettingGranted, Origin: base,
			}); err != nil {
				t.Fatal(err)
			}
		}
		write(t, b, base, "A small thing went right today.")
		tap(t, b, `[data-testid="entry-item"] a`)
		tap(t, b, `[data-testid="entry-share"]`)
		act(t, b, chromedp.WaitVisible(tid("share-result")))
		if has := eval[bool](t, b, `!!navigator.share`); has {
			t.Skip("this Chromium has a share sheet; the fallback is not used")
		}
		if got := eval[string](t, b, `navigator.clipboard.readText()`); got != "A small thing went right today." {
			t.Errorf("the clipboard holds %q", got)
		}
	})

	t.Run("ReminderFileAndNote", func(t *testing.T) {
		downloads := allowDownloads(t, b)
		b.open(t, base+"/settings")
		eval[bool](t, b, `(() => { const el = document.getElementById("reminder-time"); el.value = "00:01"; el.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
		tap(t, b, `[data-testid="reminder-ics"]`)
		act(t, b, chromedp.WaitVisible(tid("reminder-result")))
		var ics []byte
		waitFor(t, b, "the calendar file", func() bool {
			ics, _ = os.ReadFile(filepath.Join(downloads, "kindly-checkin.ics"))
			return strings.HasSuffix(string(ics), "END:VCALENDAR\r\n")
		})
		for _, want := range []string{"BEGIN:VCALENDAR\r\n", "RRULE:FREQ=DAILY\r\n", "T000100\r\n", "BEGIN:VALARM\r\n"} {
			if !strings.Contains(string(ics), want) {
				t.Errorf("the calendar file lacks %q", want)
			}
		}
		// Past the reminder time, with no check-in today (this profile has
		// none), Today says so gently.
		b.open(t, base+"/")
		waitFor(t, b, "the gentle note", func() bool {
			return eval[bool](t, b, `!!document.querySelector('[data-testid="checkin-due"]')`)
		})
	})
}
