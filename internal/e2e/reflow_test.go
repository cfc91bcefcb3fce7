//go:build e2e

package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// viewport is a screen the layout must fit.
type viewport struct {
	name          string
	width, height int64
	text200       bool // the person's font scaling at 200 %
	spacing       bool // WCAG 1.4.12's text spacing, from a test stylesheet
	desktop       bool // a desktop browser zoomed (no mobile emulation)
	still         bool // the person asked for reduced motion
}

var viewports = []viewport{
	{name: "320", width: 320, height: 568},
	{name: "412-text-200", width: 412, height: 823, text200: true},
	{name: "landscape", width: 568, height: 320},
	{name: "320-text-200", width: 320, height: 568, text200: true},
	{name: "320-spacing", width: 320, height: 568, spacing: true},
	{name: "1280-zoom-400", width: 320, height: 200, desktop: true}, // 1280 × 800 at 400 %
	{name: "412-reduced-motion", width: 412, height: 823, still: true},
}

// spacingJS applies WCAG 1.4.12's text spacing through a constructed
// stylesheet (the CSP forbids inline styles, not the CSS object model).
const spacingJS = `(() => {
	const s = new CSSStyleSheet();
	s.replaceSync("* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; } p { margin-block-end: 2em !important; }");
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];
	return true;
})()`

// clippedJS lists elements whose text is cut off: a box that hides its
// overflow and holds more than it shows (visually hidden text aside).
const clippedJS = `[...document.querySelectorAll("body *")].filter((el) => {
	const s = getComputedStyle(el);
	if (el.classList.contains("visually-hidden") || s.position === "absolute" && el.getBoundingClientRect().width <= 1) return false;
	const hides = (o) => o === "hidden" || o === "clip";
	return (hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1);
}).map((el) => el.tagName.toLowerCase() + (el.dataset.testid ? "[" + el.dataset.testid + "]" : el.className ? "." + String(el.className).split(" ")[0] : ""))`

// widest measures, on the page now open, how far the content reaches past
// the viewport: the document's scroll width and every element's right
// edge, with the element that reaches furthest.
const widestJS = `(() => {
	const vw = document.documentElement.clientWidth;
	// Content inside its own scrolling box (a data table may scroll: WCAG
	// 1.4.10 excepts two-dimensional layouts) counts by the box's edge.
	const clipped = (el) => {
		for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
			const o = getComputedStyle(p).overflowX;
			if (o === "auto" || o === "scroll" || o === "hidden") return true;
		}
		return false;
	};
	let worst = vw, who = "";
	for (const el of document.querySelectorAll("body *")) {
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0 || clipped(el)) continue;
		if (r.right > worst + 0.5) { worst = Math.ceil(r.right); who = el.tagName.toLowerCase() + (el.dataset.testid ? "[" + el.dataset.testid + "]" : el.className ? "." + String(el.className).split(" ")[0] : ""); }
	}
	const sw = document.documentElement.scrollWidth;
	if (sw > worst) {
		worst = sw;
		// Text that overflows its box moves no box's edge: name the box.
		for (const el of document.querySelectorAll("body *")) {
			if (!clipped(el) && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible" && el.clientWidth > 0) {
				who = who || "text overflowing " + el.tagName.toLowerCase() + (el.dataset.testid ? "[" + el.dataset.testid + "]" : el.className ? "." + String(el.className).split(" ")[0] : "");
			}
		}
		who = who || "the document";
	}
	return {vw, widest: worst, who};
})()`

type widthReport struct {
	VW     int    `json:"vw"`
	Widest int    `json:"widest"`
	Who    string `json:"who"`
}

// TestReflow opens every route on small screens, in landscape and with the
// text at 200 %, and fails where the page is wider than the screen
// (WCAG 2.2 1.4.10 and 1.4.4): no sideways scrolling, nothing cut off.
func TestReflow(t *testing.T) {
	base, b := seeded(t)
	for _, v := range viewports {
		opts := []chromedp.EmulateViewportOption{chromedp.EmulateMobile}
		if v.desktop {
			opts = nil
		}
		if err := chromedp.Do(b.ctx, chromedp.EmulateViewport(v.width, v.height, opts...)); err != nil {
			t.Fatal(err)
		}
		motion := ""
		if v.still {
			motion = "reduce"
		}
		emulateMedia(t, b, "prefers-reduced-motion", motion)
		worst := widthReport{}
		for _, r := range routes {
			b.open(t, base+r)
			time.Sleep(200 * time.Millisecond)
			if v.text200 {
				eval[bool](t, b, `(() => { document.documentElement.style.fontSize = "200%"; return true; })()`)
			}
			if v.spacing {
				eval[bool](t, b, spacingJS)
			}
			w := eval[widthReport](t, b, widestJS)
			// The floating tab bar, however many lines it takes, never
			// covers the end of the page.
			hidden := eval[float64](t, b, `(async () => {
				const frame = () => new Promise((ok) => requestAnimationFrame(ok));
				for (let i = 0; i < 3; i++) { window.scrollTo(0, document.documentElement.scrollHeight); await frame(); await frame(); }
				const bar = document.querySelector(".tabbar"), end = document.querySelector("footer.note").getBoundingClientRect();
				return getComputedStyle(bar).position === "fixed" ? end.bottom - bar.getBoundingClientRect().top : 0;
			})()`)
			if hidden > 1 {
				t.Errorf("%s %s: the tab bar covers the last %.0f px of the page", v.name, r, hidden)
			}
			if cut := eval[[]string](t, b, clippedJS); len(cut) > 0 {
				t.Errorf("%s %s: text cut off in %v", v.name, r, cut)
			}
			if r == "/?calm=1" || r == "/exercises/name-the-weather" {
				b.screenshot(t, "reflow-"+v.name+map[string]string{"/?calm=1": "-calm", "/exercises/name-the-weather": "-exercise"}[r])
			}
			if w.Widest > w.VW {
				t.Errorf("%s %s: %d px wide on a %d px screen (%s)", v.name, r, w.Widest, w.VW, w.Who)
			}
			if w.Widest > worst.Widest {
				worst = w
			}
		}
		t.Logf("%s: widest page %d px on %d px (%s)", v.name, worst.Widest, worst.VW, worst.Who)
	}
}
