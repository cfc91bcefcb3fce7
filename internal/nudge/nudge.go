// Package nudge finds all-or-nothing words in what someone writes
// ("always", "never", "ruined", "complete failure"; "siempre", "nunca",
// "soy un fracaso"; "immer", "nie", "ich bin ein Versager"; "toujours",
// "jamais", "je suis nul"…) and offers a more precise, kinder wording in
// the same language. Every language Kindly knows is checked, whatever the
// interface language, and each hint says which one it found. It only
// suggests: the caller shows the hints and the writer decides.
package nudge

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Hint is one place a gentler wording could help.
type Hint struct {
	Start, End  int    // byte offsets of Word in the text
	Word        string // as written
	Lang        string // the language of Word, Note and Suggestions: "en", "es", "de", "fr"
	Note        string // one kind line about why
	Suggestions []string
}

// langs are the tables, each written for its language.
var langs = []*lang{&english, &spanish, &german, &french}

// Find returns the hints for text, in the order they appear, none
// overlapping another.
func Find(text string) []Hint { return find(text, true) }

// find looks with or without the quick test of each rule's stem.
func find(text string, quick bool) []Hint {
	have := index().in(fold(text))
	var all []Hint
	for _, l := range langs {
		for _, r := range l.rules {
			if !quick || r.may(have) {
				all = r.hints(text, l, all)
			}
		}
	}
	// Where hints overlap, the one that starts first wins, then the
	// longer, then the one from the earlier table and rule.
	slices.SortStableFunc(all, func(a, b Hint) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	var out []Hint
	for _, h := range all {
		if len(out) == 0 || out[len(out)-1].End <= h.Start {
			out = append(out, h)
		}
	}
	return out
}

// Apply replaces the hinted word with suggestion, keeping a capital first
// letter. If text changed since the hint was found, it is returned as it is.
func Apply(text string, h Hint, suggestion string) string {
	if h.Start < 0 || h.End > len(text) || h.Start > h.End || text[h.Start:h.End] != h.Word {
		return text
	}
	if r, _ := utf8.DecodeRuneInString(h.Word); unicode.IsUpper(r) && suggestion != "" {
		s, n := utf8.DecodeRuneInString(suggestion)
		suggestion = string(unicode.ToUpper(s)) + suggestion[n:]
	}
	return text[:h.Start] + suggestion + text[h.End:]
}
