//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Forced colours (Windows High Contrast, some Android skins) replace every
// colour with a few system ones and drop backgrounds and shadows. These
// checks ask Chromium, with forced colours really applied (not only the
// media query), whether each state that Kindly shows by colour still has
// something forced colours keep: a border, an outline, a line style, a
// weight, or a colour the stylesheet chose from the system palette.

// styleJS defines __st(selector or element, [pseudo]) → the computed values
// the checks read, and __sys(name) → what a system colour resolves to here.
const styleJS = `(() => {
  window.__st = (sel, pseudo) => {
    const el = typeof sel === "string" ? document.querySelector(sel) : sel;
    if (!el) return null;
    const s = getComputedStyle(el, pseudo || null);
    const o = {};
    for (const p of ["borderTopWidth", "borderTopStyle", "borderTopColor", "borderBottomWidth", "borderBottomStyle",
      "outlineStyle", "outlineWidth", "outlineColor", "fontWeight", "color", "backgroundColor", "boxShadow",
      "stroke", "fill", "strokeDasharray", "textDecorationLine", "forcedColorAdjust"]) o[p] = s[p];
    return o;
  };
  window.__sys = (name) => {
    const p = document.createElement("span");
    p.style.color = name; // through the CSSOM, which the CSP allows
    document.body.append(p);
    const c = getComputedStyle(p).color;
    p.remove();
    return c;
  };
  return true;
})()`

// cs is one element's computed style, as styleJS reads it.
type cs struct {
	BorderTopWidth, BorderTopStyle, BorderTopColor, BorderBottomWidth, BorderBottomStyle    string
	OutlineStyle, OutlineWidth, OutlineColor, FontWeight, Color, BackgroundColor, BoxShadow string
	Stroke, Fill, StrokeDasharray, TextDecorationLine, ForcedColorAdjust                    string
}

func px(v string) float64 {
	f, _ := strconv.ParseFloat(strings.TrimSuffix(v, "px"), 64)
	return f
}

func (s cs) border() float64 {
	if s.BorderTopStyle == "none" || s.BorderTopStyle == "hidden" {
		return 0
	}
	return px(s.BorderTopWidth)
}
func (s cs) borderBottom() float64 {
	if s.BorderBottomStyle == "none" || s.BorderBottomStyle == "hidden" {
		return 0
	}
	return px(s.BorderBottomWidth)
}
func (s cs) outline() float64 {
	if s.OutlineStyle == "none" {
		return 0
	}
	return px(s.OutlineWidth)
}

// styleOf reads the computed style of what expr (a selector, or a JS
// expression for an element when it starts with "js:") points at.
func styleOf(t *testing.T, b *browser, sel string, pseudo ...string) cs {
	t.Helper()
	eval[bool](t, b, `window.__st ? true : `+styleJS)
	arg := quote(sel)
	if len(sel) > 3 && sel[:3] == "js:" {
		arg = sel[3:]
	}
	p := "null"
	if len(pseudo) > 0 {
		p = quote(pseudo[0])
	}
	raw := eval[string](t, b, `JSON.stringify(window.__st(`+arg+`, `+p+`))`)
	if raw == "null" {
		t.Fatalf("%s: no such element (screenshot %s)", sel, b.screenshot(t, "forced-missing"))
	}
	var s cs
	if err := json.Unmarshal([]byte(raw), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// palette is what the system colours resolve to on the open page.
type palette struct{ Canvas, CanvasText, Highlight, HighlightText, GrayText string }

func systemColours(t *testing.T, b *browser) palette {
	t.Helper()
	eval[bool](t, b, `window.__st ? true : `+styleJS)
	var p palette
	if err := json.Unmarshal([]byte(eval[string](t, b,
		`JSON.stringify({Canvas: __sys("Canvas"), CanvasText: __sys("CanvasText"), Highlight: __sys("Highlight"), HighlightText: __sys("HighlightText"), GrayText: __sys("GrayText")})`)), &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// luminance is a rough brightness (0…255) of an "rgb(r, g, b)" value.
func luminance(c string) float64 {
	var r, g, bl float64
	fmt.Sscanf(c, "rgb(%f, %f, %f)", &r, &g, &bl)
	return .2126*r + .7152*g + .0722*bl
}

// TestForcedColours opens the calm path, an exercise step with a mood and
// a word chosen, the journal, Settings and the seeded insights with forced
// colours active, in the light and dark schemes, and checks that every
// state shown by colour survives them.
func TestForcedColours(t *testing.T) {
	base, b := seeded(t)

	defer emulateMedia(t, b, "forced-colors", "") // and the system's colour scheme
	for _, scheme := range []string{"light", "dark"} {
		emulateFeatures(t, b, map[string]string{"forced-colors": "active", "prefers-color-scheme": scheme})
		t.Run(scheme, func(t *testing.T) {
			forcedCalm(t, b, base, scheme)
			forcedExercise(t, b, base, scheme)
			forcedNavigation(t, b, base)
			forcedInsights(t, b, base, scheme)
		})
	}
}

// emulateFeatures emulates several media features at once (each call of
// emulateMedia replaces what the one before emulated).
func emulateFeatures(t *testing.T, b *browser, features map[string]string) {
	t.Helper()
	var list []*emulation.MediaFeature
	for name, value := range features {
		list = append(list, &emulation.MediaFeature{Name: name, Value: value})
	}
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: list}); err != nil {
		t.Fatal(err)
	}
}

// forcedActive fails unless the open page really is drawn in forced
// colours of the wanted scheme, and returns its palette.
func forcedActive(t *testing.T, b *browser, scheme string) palette {
	t.Helper()
	if !eval[bool](t, b, `matchMedia("(forced-colors: active)").matches`) {
		t.Fatal("forced colours are not active: the checks would prove nothing")
	}
	p := systemColours(t, b)
	if bg := styleOf(t, b, "body").BackgroundColor; bg != p.Canvas {
		t.Fatalf("the page background is %s, not the forced Canvas %s", bg, p.Canvas)
	}
	if dark := luminance(p.Canvas) < luminance(p.CanvasText); dark != (scheme == "dark") {
		t.Logf("%s: Chromium's forced palette has Canvas %s and CanvasText %s", scheme, p.Canvas, p.CanvasText)
	}
	return p
}

// forcedCalm: the breathing circle is a ring that keeps its animation.
func forcedCalm(t *testing.T, b *browser, base, scheme string) {
	b.open(t, base+"/?calm=breathe")
	act(t, b, chromedp.WaitVisible(chromedp.CSS(`.breathe-circle`)))
	p := forcedActive(t, b, scheme)
	c := styleOf(t, b, ".breathe-circle")
	if c.border() < 2 || c.BorderTopColor != p.CanvasText {
		t.Errorf("the breathing circle has no ring forced colours keep: border %s %s %s (CanvasText is %s)", c.BorderTopWidth, c.BorderTopStyle, c.BorderTopColor, p.CanvasText)
	}
	if w := styleOf(t, b, ".breathe-in"); w.Color == p.Canvas {
		t.Errorf("the word in the circle is drawn in the background colour %s", w.Color)
	}
	if !eval[bool](t, b, `document.getAnimations().some((a) => a.animationName === "breathe" && a.playState === "running" && a.effect.target.classList.contains("breathe-circle"))`) {
		t.Error("the breathing circle no longer moves in forced colours")
	}
	b.screenshot(t, "forced-breathe-"+scheme)
}

// forcedExercise: chosen radio cards and word chips, the progress bar, the
// focus ring, the nudge, the crisis card and the resumed banner.
func forcedExercise(t *testing.T, b *browser, base, scheme string) {
	b.open(t, base+"/exercises/name-the-weather")
	act(t, b, chromedp.WaitVisible(tid("step-input")))
	if eval[bool](t, b, `!!document.querySelector('[data-testid="exercise-resumed"]')`) {
		tap(t, b, `[data-testid="exercise-restart"]`)
		act(t, b, chromedp.WaitNotPresent(tid("exercise-resumed")))
	}
	p := forcedActive(t, b, scheme)

	// A mood (the second pleasantness card), then the first word offered.
	tap(t, b, `.mood .choices:first-of-type .choice:nth-of-type(2)`)
	act(t, b, chromedp.WaitReady(chromedp.CSS(`.words .chip-check`)))
	tap(t, b, `.words .chip-check`)
	act(t, b, chromedp.WaitReady(chromedp.CSS(`.words .chip-check:has(input:checked)`)))

	for _, kind := range []string{".choice", ".chip-check"} {
		on := styleOf(t, b, kind+":has(input:checked)")
		off := styleOf(t, b, kind+":not(:has(input:checked))")
		if on.outline() < 2 || on.outline() <= off.outline() || on.OutlineColor != p.Highlight {
			t.Errorf("a chosen %s has no ring of its own: outline %s %s %s (the others: %s %s)", kind, on.OutlineWidth, on.OutlineStyle, on.OutlineColor, off.OutlineWidth, off.OutlineStyle)
		}
		if on.FontWeight == off.FontWeight {
			t.Errorf("a chosen %s reads in the same weight (%s) as the others", kind, on.FontWeight)
		}
	}
	if done, todo := styleOf(t, b, ".step-bar .filled"), styleOf(t, b, ".step-bar span:not(.filled)"); done.BackgroundColor == todo.BackgroundColor || todo.border() < 1 {
		t.Errorf("the step bar's done and remaining steps look alike: %s / %s, border %s", done.BackgroundColor, todo.BackgroundColor, todo.BorderTopWidth)
	}
	eval[bool](t, b, `(() => { document.querySelector(".mood").scrollIntoView({block: "start"}); return true; })()`)
	b.screenshot(t, "forced-exercise-"+scheme)

	// A keyboard user's focus ring.
	press(t, b, kb.Tab)
	f := styleOf(t, b, "js:document.activeElement")
	if f.outline() < 2 || f.OutlineColor != p.Highlight {
		t.Errorf("the focused %s has outline %s %s %s, want at least 2 px in Highlight (%s)", eval[string](t, b, `document.activeElement.outerHTML.slice(0, 80)`), f.OutlineWidth, f.OutlineStyle, f.OutlineColor, p.Highlight)
	}

	// The next step is written: all-or-nothing words bring the nudge, and
	// words of despair the crisis card, each boxed off from the step.
	tap(t, b, `[data-testid="step-next"]`)
	act(t, b, chromedp.WaitVisible(chromedp.CSS(`textarea[data-testid="step-input"]`)))
	typeText(t, b, "step-input", "I always get everything wrong and some nights I just want to end it all")
	act(t, b, chromedp.WaitVisible(tid("crisis-card")))
	step := styleOf(t, b, ".card.step")
	if cc := styleOf(t, b, `[data-testid="crisis-card"]`); cc.border() < 3 || (cc.BorderTopStyle == step.BorderTopStyle && cc.border() <= step.border()) {
		t.Errorf("the crisis card's edge (%s %s) does not set it apart from the step's (%s %s)", cc.BorderTopWidth, cc.BorderTopStyle, step.BorderTopWidth, step.BorderTopStyle)
	}
	waitFor(t, b, "the nudge", func() bool { return eval[bool](t, b, `!!document.querySelector(".nudge")`) })
	if n := styleOf(t, b, ".nudge"); n.border() < 1 {
		t.Errorf("the nudge has no edge (border %s %s)", n.BorderTopWidth, n.BorderTopStyle)
	}
	b.screenshot(t, "forced-crisis-"+scheme)

	// Coming back finds the saved answers, under a banner.
	time.Sleep(500 * time.Millisecond) // the draft is saved as it is typed
	b.open(t, base+"/exercises/name-the-weather")
	act(t, b, chromedp.WaitVisible(tid("exercise-resumed")))
	if s := styleOf(t, b, `[data-testid="exercise-resumed"]`); s.border() < 1 {
		t.Errorf("the resumed banner has no edge (border %s %s)", s.BorderTopWidth, s.BorderTopStyle)
	}
	tap(t, b, `[data-testid="exercise-restart"]`)

	// An alert (a failed write) cannot be caused from here: one is put on
	// the page to read what the stylesheet gives it.
	eval[bool](t, b, `(() => { const a = document.createElement("div"); a.className = "alert"; a.id = "forced-alert"; a.textContent = "x"; document.querySelector("main, body").append(a); return true; })()`)
	if a := styleOf(t, b, "#forced-alert"); a.border() < 2 {
		t.Errorf("an alert has no edge to stand out by (border %s %s)", a.BorderTopWidth, a.BorderTopStyle)
	}
}

// forcedNavigation: the current tab and the current top link are marked by
// more than their colour.
func forcedNavigation(t *testing.T, b *browser, base string) {
	b.open(t, base+"/journal")
	act(t, b, chromedp.WaitReady(chromedp.CSS(`[data-testid="entry-list"][data-loaded="1"]`)))
	cur := styleOf(t, b, `.tabbar .navlink[aria-current="page"]`)
	other := styleOf(t, b, `.tabbar .navlink:not([aria-current])`)
	if cur.border() < 3 || cur.border() == other.border() && cur.TextDecorationLine == other.TextDecorationLine {
		t.Errorf("the current tab looks like the others: border %s %s, text decoration %s (others: %s, %s)", cur.BorderTopWidth, cur.BorderTopStyle, cur.TextDecorationLine, other.BorderTopWidth, other.TextDecorationLine)
	}
	if e := styleOf(t, b, `[data-testid="entry-item"] a`); e.border() < 1 {
		t.Errorf("journal entries have no edge (border %s %s)", e.BorderTopWidth, e.BorderTopStyle)
	}

	b.open(t, base+"/settings")
	cur = styleOf(t, b, `.topnav .navlink[aria-current="page"]`)
	other = styleOf(t, b, `.topnav .navlink:not([aria-current])`)
	if cur.borderBottom() < 3 || cur.borderBottom() == other.borderBottom() && cur.TextDecorationLine == other.TextDecorationLine {
		t.Errorf("the current top link looks like the others: border %s %s (others: %s)", cur.BorderBottomWidth, cur.BorderBottomStyle, other.BorderBottomWidth)
	}
	if s := styleOf(t, b, ".sos"); s.border() < 1 {
		t.Errorf("Calm now is bare text in forced colours (border %s %s)", s.BorderTopWidth, s.BorderTopStyle)
	}
}

// forcedInsights: the chart's two lines and their dots differ by more than
// colour, as do the legend keys and the calendar's days.
func forcedInsights(t *testing.T, b *browser, base, scheme string) {
	b.open(t, base+"/insights")
	act(t, b, chromedp.WaitReady(chromedp.CSS(`[data-testid="insights"][data-ready="true"] .chart polyline`)))
	p := systemColours(t, b)
	pl, en := styleOf(t, b, ".chart .line-pleasant"), styleOf(t, b, ".chart .line-energy")
	if pl.Stroke != p.CanvasText || en.Stroke != p.Highlight {
		t.Errorf("chart lines are drawn in %s and %s, want CanvasText %s and Highlight %s", pl.Stroke, en.Stroke, p.CanvasText, p.Highlight)
	}
	if pl.StrokeDasharray == en.StrokeDasharray {
		t.Errorf("both chart lines are drawn with the same dashes (%s)", pl.StrokeDasharray)
	}
	dp, de := styleOf(t, b, ".chart .dot-pleasant"), styleOf(t, b, ".chart .dot-energy")
	if dp.Fill != p.CanvasText || de.Fill != p.Canvas || de.Stroke != p.Highlight {
		t.Errorf("chart dots: pleasantness fill %s, energy fill %s stroke %s; want filled (%s) and hollow (%s ringed %s)", dp.Fill, de.Fill, de.Stroke, p.CanvasText, p.Canvas, p.Highlight)
	}
	kp, ke := styleOf(t, b, ".key-pleasant", "::before"), styleOf(t, b, ".key-energy", "::before")
	if kp.border() < 2 || ke.border() < 2 || kp.BorderTopStyle == ke.BorderTopStyle {
		t.Errorf("legend keys: %s %s and %s %s, want two visible lines of different styles", kp.BorderTopWidth, kp.BorderTopStyle, ke.BorderTopWidth, ke.BorderTopStyle)
	}
	on := styleOf(t, b, ".segmented .choice:has(input:checked)")
	if on.outline() < 2 {
		t.Errorf("the chosen period has no ring (outline %s %s)", on.OutlineWidth, on.OutlineStyle)
	}
	// Each level of the calendar present has an edge of its own.
	var levels map[string]string
	if err := json.Unmarshal([]byte(eval[string](t, b, `JSON.stringify(Object.fromEntries(["heat-0", "heat-1", "heat-2", "heat-3"].map((c) => [c, document.querySelector("td." + c)]).filter(([, el]) => el).map(([c, el]) => { const s = getComputedStyle(el); return [c, s.borderTopStyle + " " + s.borderTopWidth + " " + s.backgroundColor]; })))`)), &levels); err != nil {
		t.Fatal(err)
	}
	if len(levels) < 2 {
		t.Fatalf("the calendar shows %d levels, want at least two to compare", len(levels))
	}
	seen := map[string]string{}
	for c, look := range levels {
		if o, dup := seen[look]; dup {
			t.Errorf("calendar days %s and %s look the same: %s", o, c, look)
		}
		seen[look] = c
	}
	eval[bool](t, b, `(() => { document.querySelector(".chart").closest(".card").scrollIntoView({block: "start"}); return true; })()`)
	b.screenshot(t, "forced-insights-"+scheme)
}
