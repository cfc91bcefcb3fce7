//go:build e2e

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// axePath is axe-core as .ci/deps installs it from the npm registry.
var axePath = filepath.Join("..", "..", ".ci", "node", "node_modules", "axe-core", "axe.min.js")

type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any `json:"target"`
	} `json:"nodes"`
}

// TestAccessibility runs axe-core's WCAG 2.2 A and AA rules on every route
// of a journal with entries, in the light and dark themes and at 200 %
// text, and wants no violation.
func TestAccessibility(t *testing.T) {
	axe, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatalf("axe-core is missing: run `make deps` (%v)", err)
	}
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	b := newBrowser(t, t.TempDir())
	defer b.close()
	scheme := func(v string) { emulateMedia(t, b, "prefers-color-scheme", v) }
	defer scheme("")
	// Pages with something in them: the seeded journal of the insights test.
	importBackup(t, b, srv.url(""), backupFile(t, seedJournal(time.Now())))
	for _, mode := range []string{"light", "dark", "text-200"} {
		for _, r := range routes {
			if r == "/no/such/page" {
				continue // checked like any page below, but its 404 is logged
			}
			scheme(map[string]string{"dark": "dark"}[mode])
			b.open(t, srv.url(r))
			time.Sleep(300 * time.Millisecond) // let data arrive and the page settle
			if mode == "text-200" {
				eval[bool](t, b, `(() => { document.documentElement.style.fontSize = "200%"; return true; })()`)
			}
			eval[bool](t, b, `(() => { if (!window.axe) { `+string(axe)+` } return true; })()`)
			raw := eval[string](t, b, `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}, resultTypes: ["violations"]}).then((r) => JSON.stringify(r.violations))`)
			var vs []axeViolation
			if err := json.Unmarshal([]byte(raw), &vs); err != nil {
				t.Fatal(err)
			}
			for _, v := range vs {
				var where []string
				for i, n := range v.Nodes {
					if i == 3 {
						where = append(where, "…")
						break
					}
					where = append(where, strings.TrimSpace(strings.Trim(strings.ReplaceAll(string(must(json.Marshal(n.Target))), `"`, ""), "[]")))
				}
				t.Errorf("%s %s: %s (%s): %s at %s", mode, r, v.ID, v.Impact, v.Help, strings.Join(where, ", "))
			}
		}
	}
}

// emulateMedia makes the page see a media feature (prefers-color-scheme,
// prefers-reduced-motion…) as value; "" goes back to the system's.
func emulateMedia(t *testing.T, b *browser, feature, value string) {
	t.Helper()
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: feature, Value: value}},
	}); err != nil {
		t.Fatal(err)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// controlsJS lists the page's visible controls, as [key, width, height,
// inline], one per radio group: a radio or checkbox is measured by its
// label, and a link inside running text is marked inline (WCAG exempts
// those from target sizes).
const controlsJS = `(() => {
  const out = [], groups = new Set();
  for (const el of document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')) {
    if (el.disabled || el.closest('[hidden], [inert]') || !el.getClientRects().length || getComputedStyle(el).visibility === "hidden") continue;
    if (el.checkVisibility && !el.checkVisibility()) continue; // inside a closed <details>, say
    if (el.matches('#app-wasm-loader *')) continue;
    let box = el, key = el.dataset.testid || el.id || el.getAttribute("href") || el.getAttribute("aria-label") || (el.textContent || "").trim().slice(0, 30) || el.tagName;
    if (el.type === "radio" || el.type === "checkbox") {
      if (el.type === "radio") {
        key = "radio group " + el.name;
        el.dataset.a11yKey = key; // Tab stops at one radio of a group
        if (groups.has(el.name)) continue;
        groups.add(el.name);
      }
      box = el.closest("label") || el;
    }
    const r = box.getBoundingClientRect();
    const p = el.parentElement;
    const inline = el.tagName === "A" && getComputedStyle(el).display === "inline" && !!p && (p.textContent || "").trim() !== (el.textContent || "").trim();
    el.dataset.a11yKey = key;
    out.push([key, Math.round(r.width), Math.round(r.height), inline]);
  }
  return JSON.stringify(out);
})()`

// TestTargetsAndFocus checks, on every route of a journal with entries,
// what axe-core does not: every control is at least 44 × 44 px (inline
// links aside), Tab reaches every one of them, and each shows a focus ring
// of at least 2 px when it does.
func TestTargetsAndFocus(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	b := newBrowser(t, t.TempDir())
	defer b.close()
	importBackup(t, b, srv.url(""), backupFile(t, seedJournal(time.Now())))
	for _, r := range routes {
		b.open(t, srv.url(r))
		// Data arrives after ready: take the controls once two looks agree.
		var controls [][]any
		for prev, tries := "", 0; ; tries++ {
			time.Sleep(200 * time.Millisecond)
			now := eval[string](t, b, controlsJS)
			if now == prev || tries == 15 {
				if err := json.Unmarshal([]byte(now), &controls); err != nil {
					t.Fatal(err)
				}
				break
			}
			prev = now
		}
		if len(controls) < 5 {
			t.Fatalf("%s: only %d controls found: the query is wrong", r, len(controls))
		}
		unreached := map[string]bool{}
		for _, c := range controls {
			key, w, h, inline := c[0].(string), c[1].(float64), c[2].(float64), c[3].(bool)
			unreached[key] = true
			if !inline && (w < 44 || h < 44) {
				t.Errorf("%s: %q is %v × %v px, under 44 × 44", r, key, w, h)
			}
		}
		eval[bool](t, b, `(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); return true; })()`)
		for range 3 * len(controls) {
			press(t, b, kb.Tab)
			var got []any
			if err := json.Unmarshal([]byte(eval[string](t, b, `(() => {
  const a = document.activeElement;
  if (!a || a === document.body) return "[\"\", 0]";
  const s = getComputedStyle(a);
  const ring = s.outlineStyle !== "none" ? parseFloat(s.outlineWidth) : 0;
  return JSON.stringify([a.dataset.a11yKey || ("unlisted " + a.tagName + " " + (a.dataset.testid || a.id)), ring]);
})()`)), &got); err != nil {
				t.Fatal(err)
			}
			key, ring := got[0].(string), got[1].(float64)
			if key == "" {
				continue
			}
			if ring < 2 {
				t.Errorf("%s: %q has focus but no visible ring (outline %v px)", r, key, ring)
			}
			delete(unreached, key)
			if len(unreached) == 0 {
				break
			}
		}
		for key := range unreached {
			t.Errorf("%s: Tab never reaches %q", r, key)
		}
	}
}

// TestReducedMotion wants no running animation on any route, breathing
// included, when the system asks for reduced motion, and checks that the
// breathing circle does move otherwise (so the check can fail).
func TestReducedMotion(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	b := newBrowser(t, t.TempDir())
	defer b.close()
	motion := func(v string) { emulateMedia(t, b, "prefers-reduced-motion", v) }
	const running = `document.getAnimations().filter((a) => a.playState === "running").map((a) => (a.effect && a.effect.target && (a.effect.target.className || a.effect.target.tagName)) + " " + (a.animationName || a.transitionProperty || "")).join(", ")`
	b.open(t, srv.url("/?calm=breathe"))
	act(t, b, chromedp.WaitVisible(chromedp.CSS(`.breathe-circle`)))
	if eval[string](t, b, running) == "" {
		t.Fatal("the breathing circle does not move even without reduced motion: the check below would prove nothing")
	}
	motion("reduce")
	defer motion("")
	for _, r := range append([]string{"/?calm=breathe", "/exercises/breathing"}, routes...) {
		b.open(t, srv.url(r))
		time.Sleep(300 * time.Millisecond) // let the page settle
		if got := eval[string](t, b, running); got != "" {
			t.Errorf("%s, reduced motion: still running: %s", r, got)
		}
	}
}
