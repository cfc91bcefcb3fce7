package nudge

import (
	"slices"
	"testing"
)

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string // the words hinted, in order
	}{
		{"I always mess this up.", []string{"always"}},
		{"ALWAYS. Every time.", []string{"ALWAYS"}},
		{"I'll never get this right", []string{"never"}},
		{"Everything went wrong", []string{"Everything"}},
		{"everything's broken", []string{"everything"}},
		{"Nothing works and nothing's left", []string{"Nothing", "nothing"}},
		{"I ruined the whole evening", []string{"ruined"}},
		{"this ruins it, I'm ruining it", []string{"ruins", "ruining"}},
		{"It was a complete failure.", []string{"complete failure"}},
		{"a complete and utter failure", []string{"complete and utter failure"}},
		{"Total failures, all of them", []string{"Total failures"}},
		{"I completely failed the exam", []string{"completely failed"}},
		{"I'm a failure", []string{"I'm a failure"}},
		{"I am such a failure and I never learn", []string{"I am such a failure", "never"}},
		{"i’m a failure", []string{"i’m a failure"}},
		{"Never again, always the same", []string{"Never", "always"}},
		// Near misses: none of these is all-or-nothing thinking.
		{"The hallways were empty", nil},
		{"Nevertheless, I went", nil},
		{"Never mind, it's fine", nil},
		{"It's not always like this", nil},
		{"I almost never cry", nil},
		{"He doesn't always listen", nil},
		{"There is nothing wrong with resting", nil},
		{"I had nothing to lose", nil},
		{"Not everything failed", nil},
		{"It was not a complete failure", nil},
		{"Nothingness is a big word", nil},
		{"Old ruins by the sea", []string{"ruins"}}, // a real near miss we accept: the hint is only an offer
		{"The ruinous cost", nil},
		{"It was a failure of the network", nil},
		{"I failed the test", nil},
		{"alwaysnever", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range Find(tt.text) {
			got = append(got, h.Word)
			if tt.text[h.Start:h.End] != h.Word || h.Note == "" || len(h.Suggestions) == 0 {
				t.Errorf("Find(%q): hint %+v does not point at its word or lacks a suggestion", tt.text, h)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestApply(t *testing.T) {
	tests := []struct {
		text, suggestion, want string
	}{
		{"I always mess this up.", "often", "I often mess this up."},
		{"Always late.", "often", "Often late."},
		{"I'm a failure, I think", "I failed at this", "I failed at this, I think"},
		{"Everything went wrong", "this part", "This part went wrong"},
	}
	for _, tt := range tests {
		h := Find(tt.text)[0]
		if got := Apply(tt.text, h, tt.suggestion); got != tt.want {
			t.Errorf("Apply(%q, %q) = %q, want %q", tt.text, tt.suggestion, got, tt.want)
		}
	}
	h := Find("I always do")[0]
	if got := Apply("I changed it", h, "often"); got != "I changed it" {
		t.Errorf("a stale hint changed the text: %q", got)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("I always, never, everything's ruined: a complete failure")
	f.Add("not always ’ é")
	f.Fuzz(func(t *testing.T, text string) {
		last := -1
		for _, h := range Find(text) {
			if h.Start < last || text[h.Start:h.End] != h.Word {
				t.Fatalf("hints overlap or point elsewhere in %q: %+v", text, h)
			}
			last = h.End
			Apply(text, h, h.Suggestions[0])
		}
	})
}
