//go:build e2e

package e2e

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// axNode is one node of Chromium's accessibility tree, as a screen reader
// gets it: role, name and the states it announces.
type axNode struct {
	Role, Name string
	Ignored    bool
	States     map[string]string // checked, disabled, focusable, required…
}

func axText(v *accessibility.Value) string {
	if v == nil || len(v.Value) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(v.Value, &s) == nil {
		return s
	}
	return string(v.Value)
}

// axTree reads the page's whole accessibility tree.
func axTree(t *testing.T, b *browser) []axNode {
	t.Helper()
	if _, err := chromedp.Call(b.ctx, accessibility.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	res, err := chromedp.Call(b.ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		t.Fatal(err)
	}
	var out []axNode
	for _, n := range res.Nodes {
		a := axNode{Role: axText(n.Role), Name: strings.TrimSpace(axText(n.Name)), Ignored: n.Ignored, States: map[string]string{}}
		for _, p := range n.Properties {
			a.States[string(p.Name)] = axText(p.Value)
		}
		out = append(out, a)
	}
	return out
}

func axFind(nodes []axNode, role string) []axNode {
	var out []axNode
	for _, n := range nodes {
		if !n.Ignored && n.Role == role {
			out = append(out, n)
		}
	}
	return out
}

// TestAccessibilityTree reads what a screen reader is given, not the DOM:
// the calm path, the breathing guide, an exercise step's feeling words,
// the journal list and the lock screen each read as a person would want.
func TestAccessibilityTree(t *testing.T) {
	base, b := seeded(t)

	t.Run("CalmPath", func(t *testing.T) {
		b.open(t, base+"/?calm=1")
		links := map[string]bool{}
		for _, n := range axFind(axTree(t, b), "link") {
			links[n.Name] = true
		}
		for _, want := range []string{"Calm now", "Breathe for a minute Follow a slow circle", "Read a kind word One short phrase, large"} {
			if !links[want] {
				t.Errorf("no link named %q on the calm path (links: %v)", want, links)
			}
		}
	})

	t.Run("BreathingGuide", func(t *testing.T) {
		b.open(t, base+"/?calm=breathe")
		nodes := axTree(t, b)
		lead := eval[string](t, b, `document.querySelector(".breathe .lead").textContent`)
		said := false
		for _, n := range nodes {
			if n.Ignored {
				continue
			}
			if n.Name == "in" || n.Name == "out" {
				t.Errorf("the animation's word %q is read out, cut from what it means", n.Name)
			}
			said = said || n.Role == "StaticText" && n.Name == lead
		}
		if !said || !strings.Contains(strings.ToLower(lead), "breathe") {
			t.Errorf("the guide does not say what to do without the animation (lead %q)", lead)
		}
	})

	t.Run("FeelingWords", func(t *testing.T) {
		b.open(t, base+"/exercises/name-the-weather")
		// The first step asks for the mood; its feeling words follow it.
		act(t, b, chromedp.WaitVisible(chromedp.CSS(`main input[type="radio"]`)))
		eval[bool](t, b, `(document.querySelector('main input[type="radio"]').click(), true)`)
		act(t, b, chromedp.WaitVisible(chromedp.CSS(`main input[type="checkbox"]`)))
		checked := func(nodes []axNode) (options []axNode, n int) {
			options = append(axFind(nodes, "checkbox"), axFind(nodes, "radio")...)
			for _, o := range options {
				if o.States["checked"] == "true" {
					n++
				}
			}
			return options, n
		}
		_, before := checked(axTree(t, b))
		// A feeling word (a checkbox): a mood radio sets both axes of the
		// mood at once, so one tap there reads as two choices.
		picked := eval[string](t, b, `(() => { const el = [...document.querySelectorAll('main input[type="checkbox"]')].find((e) => !e.checked); el.click(); return el.labels[0].textContent.trim(); })()`)
		time.Sleep(200 * time.Millisecond)
		nodes := axTree(t, b)
		options, after := checked(nodes)
		if len(options) < 3 {
			t.Fatalf("%d choices in the accessibility tree", len(options))
		}
		for _, o := range options {
			if o.Name == "" {
				t.Errorf("a choice without a name: %+v", o)
			}
			if c := o.States["checked"]; c != "true" && c != "false" {
				t.Errorf("choice %q does not say whether it is chosen (%v)", o.Name, o.States)
			}
			if o.Name == picked && o.States["checked"] != "true" {
				t.Errorf("the tapped choice %q does not read as chosen", picked)
			}
		}
		if after != before+1 {
			t.Errorf("one tap: %d choices read as chosen, then %d", before, after)
		}
		if groups := append(axFind(nodes, "radiogroup"), axFind(nodes, "group")...); len(groups) == 0 || groups[0].Name == "" {
			t.Errorf("the choices are not in a named group: %+v", groups)
		}
	})

	t.Run("JournalList", func(t *testing.T) {
		b.open(t, base+"/journal")
		listed(t, b)
		nodes := axTree(t, b)
		if len(axFind(nodes, "list")) == 0 || len(axFind(nodes, "listitem")) < 3 {
			t.Fatalf("the journal is not read as a list of entries")
		}
		entries := 0
		for _, n := range axFind(nodes, "link") {
			if strings.Contains(n.Name, "·") || len(n.Name) > 20 {
				entries++
			}
			if n.Name == "" {
				t.Error("a link without a name in the journal")
			}
		}
		if entries < 3 {
			t.Errorf("only %d entry links say what they hold", entries)
		}
	})

	t.Run("LockScreen", func(t *testing.T) {
		b.open(t, base+"/settings")
		tap(t, b, `[data-testid="lock-enable"]`)
		act(t, b, chromedp.WaitVisible(tid("lock-warning")))
		eval[bool](t, b, `(() => { for (const id of ["lock-pass-1", "lock-pass-2"]) {
			const el = document.getElementById(id); el.value = "a long passphrase";
			el.dispatchEvent(new Event("input", {bubbles: true})); } return true; })()`)
		tap(t, b, `[data-testid="lock-confirm"]:not([disabled])`)
		act(t, b, chromedp.WaitVisible(tid("lock-now")))
		tap(t, b, `[data-testid="lock-now"]`)
		act(t, b, chromedp.WaitVisible(tid("locked")))
		nodes := axTree(t, b)
		var field, button, region bool
		for _, n := range nodes {
			switch {
			case n.Ignored:
			case n.Role == "textbox" && n.Name != "":
				field = true
			case n.Role == "button" && n.Name != "" && eval[string](t, b, `document.querySelector('[data-testid="unlock"]').textContent`) == n.Name:
				button = true
			case n.Role == "region" && n.Name != "":
				region = true
			}
		}
		if !field || !button || !region {
			t.Errorf("the lock screen reads: a named passphrase field %v, an unlock button %v, a named region %v", field, button, region)
		}
	})
}
