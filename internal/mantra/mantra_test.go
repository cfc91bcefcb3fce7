package mantra

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// absolutes are words DESIGN §5 keeps out of Kindly's own writing.
var absolutes = regexp.MustCompile(`(?i)\b(always|never|everything|nothing|must|should)\b`)

func TestBuiltin(t *testing.T) {
	ids := map[string]bool{}
	texts := map[string]bool{}
	for _, m := range Builtin {
		if m.ID == "" || ids[m.ID] {
			t.Errorf("mantra id %q is empty or repeated", m.ID)
		}
		ids[m.ID] = true
		if texts[m.Text] {
			t.Errorf("mantra %q is repeated", m.Text)
		}
		texts[m.Text] = true
		if !slices.Contains(Needs, m.Need) {
			t.Errorf("mantra %s has unknown need %q", m.ID, m.Need)
		}
		if n := len([]rune(m.Text)); n < 10 || n > 90 {
			t.Errorf("mantra %s is %d characters; keep it between 10 and 90 so it reads at a glance", m.ID, n)
		}
		if w := absolutes.FindString(m.Text); w != "" {
			t.Errorf("mantra %s uses %q; our writing avoids all-or-nothing words", m.ID, w)
		}
		if !strings.HasSuffix(m.Text, ".") {
			t.Errorf("mantra %s should end with a full stop", m.ID)
		}
	}
	if len(Builtin) < 30 {
		t.Errorf("%d built-in mantras, want at least 30", len(Builtin))
	}
	for _, n := range Needs {
		if len(ByNeed(n)) < 5 {
			t.Errorf("need %q has %d mantras; give it at least five", n, len(ByNeed(n)))
		}
		if n.Title() == string(n) {
			t.Errorf("need %q has no title", n)
		}
	}
}

func TestPick(t *testing.T) {
	for _, seed := range []int{0, 1, len(Builtin), -3, 1 << 40} {
		m := Pick(seed)
		if !slices.Contains(Builtin, m) {
			t.Errorf("Pick(%d) = %+v, not a built-in mantra", seed, m)
		}
	}
	if Pick(0) == Pick(1) {
		t.Error("consecutive seeds give the same mantra")
	}
}
