//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// box is a rectangle on screen, from getBoundingClientRect.
type box struct{ Left, Right, Top, Bottom, Width float64 }

// rectOf measures what the JavaScript expression evaluates to: an element,
// or a Range (to measure where text is, not the block around it).
func rectOf(t *testing.T, b *browser, expr string) box {
	t.Helper()
	return eval[box](t, b, `(() => { const r = (`+expr+`).getBoundingClientRect();
		return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: innerWidth}; })()`)
}

// textOf is a Range over the text of the first element matching selector.
func textOf(selector string) string {
	return `(() => { const r = document.createRange(); r.selectNodeContents(document.querySelector(` + quote(selector) + `)); return r; })()`
}

// openRTL opens path and turns the page right-to-left, as a right-to-left
// language will from the first paint once the language switch exists.
func openRTL(t *testing.T, b *browser, base, path string) {
	t.Helper()
	b.open(t, base+path)
	eval[bool](t, b, `(() => { document.documentElement.dir = "rtl"; return true; })()`)
}

// noSideways fails when the page scrolls sideways: something is wider than
// the screen or pushed off it.
func noSideways(t *testing.T, b *browser, page string) {
	t.Helper()
	if over := eval[int](t, b, `document.documentElement.scrollWidth - innerWidth`); over > 0 {
		t.Errorf("%s in RTL is %d px wider than the screen (screenshot %s)", page, over, b.screenshot(t, "rtl-overflow"))
	}
}

// ownWords checks that the user's text in selector keeps its own direction
// (dir="auto") and reads left to right inside the right-to-left page.
func ownWords(t *testing.T, b *browser, selector string) {
	t.Helper()
	got := eval[[]string](t, b, `(() => { const el = document.querySelector(`+quote(selector)+`);
		return el ? [el.getAttribute("dir") || "", getComputedStyle(el).direction, getComputedStyle(document.body).direction] : []; })()`)
	if strings.Join(got, " ") != "auto ltr rtl" {
		t.Errorf(`%s: dir, direction and the page's direction are %q, want "auto", "ltr" inside "rtl"`, selector, got)
	}
}

func TestRightToLeft(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	base := srv.url("")
	b := newBrowser(t, t.TempDir())
	defer b.close()

	importBackup(t, b, base, backupFile(t, seedJournal(time.Now())))
	const english = "I wrote this entry in English."
	write(t, b, base, english)

	t.Run("Journal", func(t *testing.T) {
		openRTL(t, b, base, "/journal")
		listed(t, b)
		// A short heading starts at the right and leaves the left empty.
		if h := rectOf(t, b, textOf("#page-heading")); h.Width-h.Right > 40 || h.Left < h.Width/2 {
			t.Errorf("the heading's text spans %.0f…%.0f of %.0f px, want it against the right edge", h.Left, h.Right, h.Width)
		}
		// The top bar mirrors: the brand at the start (right), then the
		// links pushed to the end by their start margin, then Calm now.
		brand, nav, sos := rectOf(t, b, `document.querySelector(".brand")`), rectOf(t, b, `document.querySelector(".topnav")`), rectOf(t, b, `document.querySelector(".sos")`)
		if !(brand.Left >= nav.Right && nav.Left >= sos.Right) {
			t.Errorf("top bar from the right: brand %.0f…%.0f, links %.0f…%.0f, Calm now %.0f…%.0f; want brand, links, Calm now", brand.Left, brand.Right, nav.Left, nav.Right, sos.Left, sos.Right)
		}
		// An English entry still reads left to right, from the card's left.
		item := `[data-testid="entry-item"] .entry-text`
		ownWords(t, b, item)
		got := eval[string](t, b, `[...document.querySelectorAll(`+quote(item)+`)].map((e) => e.textContent).find((s) => s.startsWith("I wrote")) || ""`)
		if got != english {
			t.Errorf("listed %q, want %q", got, english)
		}
		text, card := rectOf(t, b, textOf(item)), rectOf(t, b, `document.querySelector('[data-testid="entry-item"] a')`)
		if text.Left-card.Left > 24 {
			t.Errorf("the English entry starts %.0f px in from the card's left; it should start at the left", text.Left-card.Left)
		}
		noSideways(t, b, "/journal")
		b.screenshot(t, "rtl-journal")

		tap(t, b, `[data-testid="entry-item"] a`)
		act(t, b, chromedp.WaitVisible(chromedp.CSS(`[data-testid="entry-save"]:not([disabled])`)))
		waitFor(t, b, "the entry in the editor", func() bool {
			return eval[string](t, b, `document.querySelector('[data-testid="entry-text"]').value`) != ""
		})
		ownWords(t, b, `[data-testid="entry-text"]`)
		noSideways(t, b, "an entry")
		b.screenshot(t, "rtl-entry")
	})

	t.Run("Today", func(t *testing.T) {
		openRTL(t, b, base, "/")
		act(t, b, chromedp.WaitVisible(tid("onboarding")))
		b.screenshot(t, "rtl-welcome")
		tap(t, b, `[data-testid="onboarding-skip"]`)
		act(t, b, chromedp.WaitNotPresent(tid("onboarding")))
		// Earlier is back in time: at the start (right), its arrow (a
		// mirrored character, ‹) pointing right.
		earlier, later := rectOf(t, b, `document.querySelector('[data-testid="wins-earlier"]')`), rectOf(t, b, `document.querySelector('[data-testid="wins-later"]')`)
		if earlier.Left <= later.Right {
			t.Errorf("Earlier at %.0f…%.0f, Later at %.0f…%.0f: want Earlier on the right", earlier.Left, earlier.Right, later.Left, later.Right)
		}
		typeText(t, b, "win-text", "Drank water, twice.")
		tap(t, b, `[data-testid="win-save"]`)
		act(t, b, chromedp.WaitVisible(tid("win-item")))
		ownWords(t, b, `[data-testid="win-item"] .entry-text`)
		noSideways(t, b, "Today")
		b.screenshot(t, "rtl-today")
		eval[bool](t, b, `(() => { document.querySelector('[data-testid="wins"]').scrollIntoView({block: "start"}); window.scrollBy(0, -80); return true; })()`)
		b.screenshot(t, "rtl-today-wins")
	})

	t.Run("Exercise", func(t *testing.T) {
		openRTL(t, b, base, "/exercises/look-back")
		for i, answer := range []string{"The train was late, so I missed the talk.", "The weather."} {
			typeText(t, b, "step-input", answer)
			tap(t, b, `[data-testid="step-next"]`)
			waitFor(t, b, "the next step", func() bool { return strings.HasPrefix(stepCount(t, b), "Step "+string(rune('2'+i))+" ") })
		}
		ownWords(t, b, `[data-testid="earlier"] dd`)
		typeText(t, b, "step-input", "Leaving on time.")
		ownWords(t, b, `[data-testid="step-input"]`)
		noSideways(t, b, "an exercise")
		b.screenshot(t, "rtl-exercise")
	})

	t.Run("Support", func(t *testing.T) {
		openRTL(t, b, base, "/support")
		// The emergency numbers' list indent is a start padding: on the right.
		pad := eval[[]string](t, b, `(() => { const s = getComputedStyle(document.querySelector(".phone-list")); return [s.paddingRight, s.paddingLeft]; })()`)
		if len(pad) != 2 || pad[0] == "0px" || pad[1] != "0px" {
			t.Errorf("the list's padding (right, left) is %q, want the indent on the right", pad)
		}
		b.screenshot(t, "rtl-support")
		typeText(t, b, "person-name", "Sam")
		typeText(t, b, "person-reach", "two doors down")
		tap(t, b, `[data-testid="person-add"]`)
		act(t, b, chromedp.WaitVisible(tid("person")))
		ownWords(t, b, `[data-testid="person"] .feeling`)
		noSideways(t, b, "Support")
		b.screenshot(t, "rtl-support-people")
	})

	t.Run("Settings", func(t *testing.T) {
		openRTL(t, b, base, "/settings")
		noSideways(t, b, "Settings")
		b.screenshot(t, "rtl-settings")
	})

	t.Run("Insights", func(t *testing.T) {
		openRTL(t, b, base, "/insights")
		act(t, b, chromedp.WaitReady(chromedp.CSS(`[data-testid="insights"][data-ready="true"]`)))
		ownWords(t, b, `[data-testid="insight-emotions"] .feeling`)
		// The chart's axis labels stay inside it.
		chart := rectOf(t, b, `document.querySelector('[data-testid="mood-chart"]')`)
		for i := range 3 {
			label := rectOf(t, b, `document.querySelectorAll('[data-testid="mood-chart"] text')[`+string(rune('0'+i))+`]`)
			if label.Left < chart.Left-1 || label.Right > chart.Right+1 {
				t.Errorf("axis label %d at %.0f…%.0f, outside the chart's %.0f…%.0f", i, label.Left, label.Right, chart.Left, chart.Right)
			}
		}
		noSideways(t, b, "Insights")
		b.screenshot(t, "rtl-insights")
		eval[bool](t, b, `(() => { document.querySelector('[data-testid="mood-chart"]').scrollIntoView({block: "start"}); window.scrollBy(0, -80); return true; })()`)
		b.screenshot(t, "rtl-insights-chart")
	})
}
