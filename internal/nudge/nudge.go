// Package nudge finds all-or-nothing words in what someone writes
// ("always", "never", "ruined", "complete failure"…) and offers a more
// precise, kinder wording. It only suggests: the caller shows the hints
// and the writer decides.
package nudge

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Hint is one place a gentler wording could help.
type Hint struct {
	Start, End  int    // byte offsets of Word in the text
	Word        string // as written
	Note        string // one kind line about why
	Suggestions []string
}

type rule struct {
	stem    string // in every match, lower case: a cheap test before the expression
	re      func() *regexp.Regexp
	note    string
	suggest []string
	// except holds idioms that only look absolute, matched on the words
	// right after the match.
	except []string
}

var rules = []rule{
	{"always", word(`always`), "One moment can feel like every moment. Is it closer to this?", []string{"often", "this time"}, nil},
	{"never", word(`never`), "\"Never\" closes a door that may only be shut for now.", []string{"not yet", "rarely"}, []string{" mind", "theless"}},
	{"everything", word(`everything`), "It can feel like all of it. Maybe it was one part?", []string{"a lot", "this part"}, nil},
	{"nothing", word(`nothing`), "When it hurts, the good bits go quiet. Is this nearer?", []string{"not much yet", "less than I hoped"}, []string{" wrong", " to lose"}},
	{"ruin", word(`ruined`), "Most things can be picked up again. How about this?", []string{"set back", "made harder"}, nil},
	{"ruin", word(`ruins`), "Most things can be picked up again. How about this?", []string{"sets back", "makes harder"}, nil},
	{"ruin", word(`ruining`), "Most things can be picked up again. How about this?", []string{"setting back", "making harder"}, nil},
	{"fail", word(`(?:(?:complete|total|utter|absolute)(?: and utter)? failures?|(?:completely|totally|utterly) failed)`),
		"This was one attempt, not the whole of you.", []string{"a setback", "a try that didn't work"}, nil},
	{"fail", word(`(?:i am|i'm|i’m) (?:such )?a failure`), "You failed at something. That's different from being a failure.", []string{"I failed at this", "this didn't go the way I hoped"}, nil},
}

// word matches pattern as whole words, in any case. It is compiled on
// first use: most rules are never needed, and none while the app starts.
func word(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)\b` + pattern + `\b`) })
}

// softeners before a word make it a precise statement already.
var softeners = map[string]bool{
	"not": true, "almost": true, "nearly": true, "hardly": true, "isn't": true, "wasn't": true,
	"don't": true, "doesn't": true, "didn't": true, "won't": true, "aren't": true, "isn’t": true,
	"wasn’t": true, "don’t": true, "doesn’t": true, "didn’t": true, "won’t": true, "aren’t": true,
}

// Find returns the hints for text, in the order they appear.
func Find(text string) []Hint {
	lower := strings.ToLower(text)
	var out []Hint
	for _, r := range rules {
		if !strings.Contains(lower, r.stem) {
			continue // most text holds none of the words: skip the expression
		}
		for _, m := range r.re().FindAllStringIndex(text, -1) {
			if excepted(text, m[1], r.except) || softened(text[:m[0]]) || out != nil && overlaps(out, m) {
				continue
			}
			out = append(out, Hint{Start: m[0], End: m[1], Word: text[m[0]:m[1]], Note: r.note, Suggestions: r.suggest})
		}
	}
	slices.SortFunc(out, func(a, b Hint) int { return a.Start - b.Start })
	return out
}

func excepted(text string, end int, except []string) bool {
	rest := strings.ToLower(text[end:])
	for _, e := range except {
		if strings.HasPrefix(rest, e) {
			return true
		}
	}
	return false
}

// softened reports whether the word or two before end soften what follows
// ("not always", "not a complete failure").
func softened(before string) bool {
	words := strings.FieldsFunc(strings.ToLower(before), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	})
	for i := len(words) - 1; i >= 0 && i >= len(words)-2; i-- {
		if softeners[words[i]] {
			return true
		}
	}
	return false
}

func overlaps(hints []Hint, m []int) bool {
	for _, h := range hints {
		if m[0] < h.End && h.Start < m[1] {
			return true
		}
	}
	return false
}

// Apply replaces the hinted word with suggestion, keeping a capital first
// letter. If text changed since the hint was found, it is returned as it is.
func Apply(text string, h Hint, suggestion string) string {
	if h.Start < 0 || h.End > len(text) || h.Start > h.End || text[h.Start:h.End] != h.Word {
		return text
	}
	if r, _ := utf8.DecodeRuneInString(h.Word); unicode.IsUpper(r) && !strings.HasPrefix(suggestion, "I ") {
		s, n := utf8.DecodeRuneInString(suggestion)
		suggestion = string(unicode.ToUpper(s)) + suggestion[n:]
	}
	return text[:h.Start] + suggestion + text[h.End:]
}
