package exercise

import (
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/kindly/kindly/internal/i18n"
)

// absolutes are the words DESIGN §5 keeps out of Kindly's own writing.
var absolutes = regexp.MustCompile(`(?i)\b(always|never)\b`)

// en is the catalog the tests write entries with.
var en = i18n.Load("en")

// english is key's English text; the test fails when English lacks it.
func english(t *testing.T, where, key string) string {
	t.Helper()
	s := en.T(key)
	if key == "" || s == key {
		t.Errorf("%s: %q is not a key in the English catalog", where, key)
	}
	return s
}

// TestContent lints the exercises: the list the issue asks for, a why-line
// for each, prompts on every step, unique ids, sensible options, every text
// in the English catalog, and none of the all-or-nothing words Kindly asks
// its users to go easy on.
func TestContent(t *testing.T) {
	want := []string{"name-the-weather", "self-compassion-break", "friend", "look-back", "failure-as-data",
		"curious-questions", "small-experiment", "kinder-sentence", "growth-story", "kind-letter", "breathing"}
	var ids []string
	for _, ex := range All {
		ids = append(ids, ex.ID)
	}
	for _, id := range want {
		if !slices.Contains(ids, id) {
			t.Errorf("exercise %q is missing", id)
		}
	}
	seen := map[string]bool{}
	idRE := regexp.MustCompile(`^[a-z0-9-]{1,64}$`) // the route's pattern
	for _, ex := range All {
		if seen[ex.ID] || !idRE.MatchString(ex.ID) {
			t.Errorf("exercise id %q is repeated or not a valid address", ex.ID)
		}
		seen[ex.ID] = true
		if ex.Minutes < 1 || len(ex.Steps) == 0 {
			t.Errorf("%s needs minutes and steps", ex.ID)
		}
		if (len(ex.Later) > 0) != (ex.LaterTitle != "") {
			t.Errorf("%s: Later steps and LaterTitle go together", ex.ID)
		}
		texts := []string{english(t, ex.ID+" title", ex.Title), english(t, ex.ID+" why-line", ex.Why)}
		if ex.LaterTitle != "" {
			texts = append(texts, english(t, ex.ID+" later title", ex.LaterTitle))
		}
		steps := map[string]bool{}
		revisits := 0
		for _, st := range append(slices.Clip(ex.Steps), ex.Later...) {
			where := ex.ID + "/" + st.ID
			if st.ID == "" || steps[st.ID] {
				t.Errorf("%s: step id %q is empty or repeated", ex.ID, st.ID)
			}
			steps[st.ID] = true
			texts = append(texts, english(t, where+" prompt", st.Prompt))
			if st.Help != "" {
				texts = append(texts, english(t, where+" help", st.Help))
			}
			if (st.Input == Choice) != (len(st.Options) > 0) {
				t.Errorf("%s: options belong to choice steps", where)
			}
			if st.Role == Revisit {
				revisits++
				for _, o := range st.Options {
					if d, err := strconv.Atoi(o.Value); err != nil || d < 0 {
						t.Errorf("%s: revisit option %q is not a number of days", where, o.Value)
					}
				}
			}
			for _, o := range st.Options {
				texts = append(texts, english(t, where+" option", o.Label))
			}
		}
		if revisits > 0 && len(ex.Later) == 0 {
			t.Errorf("%s comes back later but has no Later steps", ex.ID)
		}
		for _, s := range texts {
			if absolutes.MatchString(s) {
				t.Errorf("%s: %q uses an all-or-nothing word", ex.ID, s)
			}
		}
	}
	all := Words(Mood{})
	if n := len(all); n != 32 {
		t.Errorf("the middle of both scales offers %d words, want all 32", n)
	}
	words := map[string]bool{}
	for _, id := range all {
		w := english(t, "feeling word", WordKey(id))
		if words[w] {
			t.Errorf("feeling word %q appears twice", w)
		}
		words[w] = true
	}
	for _, labels := range [][5]string{PleasantnessLabels, EnergyLabels, IntensityLabels} {
		for _, key := range labels {
			english(t, "scale label", key)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		m     Mood
		first string
		n     int
	}{
		{Mood{Pleasantness: 2, Energy: 2}, "excited", 8},
		{Mood{Pleasantness: 1, Energy: -1}, "calm", 8},
		{Mood{Pleasantness: -2, Energy: 1}, "anxious", 8},
		{Mood{Pleasantness: -1, Energy: -2}, "sad", 8},
		{Mood{Pleasantness: 0, Energy: -1}, "calm", 16},
		{Mood{Pleasantness: -1, Energy: 0}, "anxious", 16},
	}
	for _, tt := range tests {
		got := Words(tt.m)
		if len(got) != tt.n || got[0] != tt.first {
			t.Errorf("Words(%v) = %d words from %q, want %d from %q", tt.m, len(got), got[0], tt.n, tt.first)
		}
	}
}
