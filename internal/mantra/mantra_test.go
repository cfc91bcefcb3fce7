package mantra

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kindly/kindly/internal/i18n"
)

// absolutes are words DESIGN §5 keeps out of Kindly's own writing.
var absolutes = regexp.MustCompile(`(?i)\b(always|never|everything|nothing|must|should)\b`)

// The built-in mantras' English words, the source of every translation,
// are in the catalog and in Kindly's voice.
func TestBuiltin(t *testing.T) {
	en := i18n.Load("en")
	ids := map[string]bool{}
	texts := map[string]bool{}
	for _, m := range Builtin {
		if m.ID == "" || ids[m.ID] {
			t.Errorf("mantra id %q is empty or repeated", m.ID)
		}
		ids[m.ID] = true
		if m.Text != "" {
			t.Errorf("mantra %s has its words in Go; they belong in the catalog", m.ID)
		}
		text := en.T(Key(m.ID))
		if text == Key(m.ID) {
			t.Errorf("mantra %s has no words in the English catalog (%s)", m.ID, Key(m.ID))
		}
		if texts[text] {
			t.Errorf("mantra %q is repeated", text)
		}
		texts[text] = true
		if !slices.Contains(Needs, m.Need) {
			t.Errorf("mantra %s has unknown need %q", m.ID, m.Need)
		}
		if n := len([]rune(text)); n < 10 || n > 90 {
			t.Errorf("mantra %s is %d characters; keep it between 10 and 90 so it reads at a glance", m.ID, n)
		}
		if w := absolutes.FindString(text); w != "" {
			t.Errorf("mantra %s uses %q; our writing avoids all-or-nothing words", m.ID, w)
		}
		if !strings.HasSuffix(text, ".") {
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
		if en.T(n.Key()) == n.Key() {
			t.Errorf("need %q has no title in the English catalog", n)
		}
	}
}

// Only built-ins have a key: the user's own words are never translated.
func TestKey(t *testing.T) {
	if k := Key("m-again-1"); k != "mantra.builtin.m-again-1" {
		t.Errorf("Key(m-again-1) = %q", k)
	}
	for _, id := range []string{"0192f0c0-0000-7000-8000-000000000001", "", "m-again-99"} {
		if k := Key(id); k != "" {
			t.Errorf("Key(%q) = %q, want none", id, k)
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
