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
	scheme := func(v string) {
		if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v}},
		}); err != nil {
			t.Fatal(err)
		}
	}
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

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
