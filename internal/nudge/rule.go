package nudge

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kindly/kindly/internal/spelling"
)

// lang is one language's table of all-or-nothing words, written for that
// language rather than translated from another.
type lang struct {
	code string // BCP 47
	// soft are words that, standing up to reach words before, make what
	// follows precise already ("not always", "casi nunca", "fast nie").
	soft  []string
	reach int
	// neg are words that negate a clause. They soften too ("no siempre"),
	// except in rules with negated suggestions, where the language puts
	// them beside the absolute word ("no lo consigo nunca").
	neg   []string
	rules []*rule
}

// rule is one absolute word or phrase and what to offer instead.
type rule struct {
	// stem: one of these |-separated strings starts a word of every match,
	// in any case; a cheap test before the expression, since most text
	// holds none.
	stem string
	// pattern is a regular expression, written as spelling.Loose describes. If it
	// holds more than the words to hint, a group (?P<w>…) marks them; a
	// group (?P<end>…) passes its text to "{end}" in the suggestions, for
	// agreement ("gâchée": "compliquée").
	pattern string
	note    string
	suggest []string
	negated []string // suggestions after a negation in the clause; see lang.neg
	// before and after are idioms that only look absolute: a word right
	// before ("de rien", "para siempre") or words right after ("immer
	// noch", "toujours pas").
	before, after []string

	once  sync.Once
	re    *regexp.Regexp
	stems []int // in index().stems
}

// bound is the end of a word. Go's \b knows only ASCII letters (it sees no
// boundary after "jamás"), so it is spelled out.
const bound = `(?:[^\p{L}\p{M}\p{N}]|$)`

// regexp compiles the rule on first use: most rules are never needed, and
// none while the app starts.
func (r *rule) regexp() *regexp.Regexp {
	r.once.Do(func() {
		p := spelling.Loose(r.pattern)
		if !strings.Contains(p, "(?P<w>") {
			p = "(?P<w>" + p + ")"
		}
		e := `(?i)`
		if r.before != nil {
			e += `(?:(?P<before>` + spelling.Loose(strings.Join(r.before, "|")) + `)\s+)?`
		}
		e += `(?:` + p + `)`
		if r.after != nil {
			e += `(?:\s*(?P<after>` + spelling.Loose(strings.Join(r.after, "|")) + `)` + bound + `|` + bound + `)`
		} else {
			e += bound
		}
		r.re = regexp.MustCompile(e)
	})
	return r.re
}

// stemIndex holds every rule's stems, folded, by their first byte, so
// that one pass over a text finds which start one of its words: looking
// for each of them in turn cost five times as much. A stem is the start of
// a word of every match.
type stemIndex struct {
	stems []string
	first [256][]int
}

var index = sync.OnceValue(func() *stemIndex {
	x := &stemIndex{}
	ids := map[string]int{}
	for _, l := range langs {
		for _, r := range l.rules {
			for _, s := range strings.Split(r.stem, "|") {
				s = fold(s)
				id, ok := ids[s]
				if !ok {
					id = len(x.stems)
					ids[s] = id
					x.stems = append(x.stems, s)
					x.first[s[0]] = append(x.first[s[0]], id)
				}
				r.stems = append(r.stems, id)
			}
		}
	}
	return x
})

// in reports which stems start a word in folded, by id.
func (x *stemIndex) in(folded string) []bool {
	have := make([]bool, len(x.stems))
	after := false // a letter, a mark or a digit
	for i, r := range folded {
		if !after {
			for _, id := range x.first[folded[i]] {
				have[id] = have[id] || strings.HasPrefix(folded[i:], x.stems[id])
			}
		}
		after = r < utf8.RuneSelf && ('A' <= r && r <= 'Z' || '0' <= r && r <= '9') || r >= utf8.RuneSelf && inWord(r)
	}
	return have
}

// may reports whether the rule could match a text holding the stems have.
func (r *rule) may(have []bool) bool {
	for _, id := range r.stems {
		if have[id] {
			return true
		}
	}
	return false
}

// hints appends the rule's hints in text to out.
func (r *rule) hints(text string, l *lang, out []Hint) []Hint {
	re := r.regexp()
	w, end := re.SubexpIndex("w"), re.SubexpIndex("end")
	idiom := []int{re.SubexpIndex("before"), re.SubexpIndex("after")}
	for pos := 0; pos < len(text); {
		m := re.FindStringSubmatchIndex(text[pos:])
		if m == nil {
			break
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += pos
			}
		}
		if prev, _ := utf8.DecodeLastRuneInString(text[:m[0]]); m[0] > 0 && inWord(prev) {
			// Not the start of a word: look again from the next letter.
			_, n := utf8.DecodeRuneInString(text[m[0]:])
			pos = m[0] + n
			continue
		}
		start, stop := m[2*w], m[2*w+1]
		pos = stop
		if matched(m, idiom...) {
			continue
		}
		softened, negated := l.context(text[:start], r.negated != nil)
		if softened {
			continue
		}
		suggest := r.suggest
		if negated {
			suggest = r.negated
		}
		if matched(m, end) {
			ending := strings.ToLower(text[m[2*end]:m[2*end+1]])
			suggest = fill(suggest, ending)
		}
		out = append(out, Hint{Start: start, End: stop, Word: text[start:stop], Lang: l.code, Note: r.note, Suggestions: suggest})
	}
	return out
}

// matched reports whether any of the groups took part in the match.
func matched(m []int, groups ...int) bool {
	for _, g := range groups {
		if g > 0 && m[2*g] >= 0 {
			return true
		}
	}
	return false
}

func fill(suggest []string, ending string) []string {
	out := make([]string, len(suggest))
	for i, s := range suggest {
		out[i] = strings.ReplaceAll(s, "{end}", ending)
	}
	return out
}

func inWord(r rune) bool { return unicode.In(r, unicode.L, unicode.M, unicode.N) }

// context looks at the words before a match in the same clause: whether
// one of the last reach words softens it, and, for a rule with negated
// suggestions (concord), whether a negation stands anywhere in the clause.
func (l *lang) context(before string, concord bool) (softened, negated bool) {
	// A clause is read back at most this far, so that a long text without
	// punctuation costs no more per hint than a short one.
	const far = 200
	if len(before) > far {
		i := len(before) - far
		for i < len(before) && !utf8.RuneStart(before[i]) {
			i++
		}
		before = before[i:]
	}
	if i := strings.LastIndexAny(before, ".!?;:,¿¡…\n—–()"); i >= 0 {
		before = before[i:]
	}
	words := strings.FieldsFunc(strings.ToLower(before), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	})
	for i, w := range words {
		w = strings.ReplaceAll(w, "’", "'")
		near := i >= len(words)-l.reach
		switch {
		case near && slices.Contains(l.soft, w), near && !concord && slices.Contains(l.neg, w):
			return true, false
		case concord && slices.Contains(l.neg, w):
			negated = true
		}
	}
	return false, negated
}

// fold folds text's case as (?i) matching does, and takes a letter
// spelling.Loose lets be typed without its accent to its bare letter (é,
// É: E), so that a stem is found in fold(text) however the text spells it.
func fold(text string) string {
	return strings.Map(func(r rune) rune {
		if bare, ok := spelling.Bare(unicode.ToLower(r)); ok {
			r = bare
		}
		return spelling.FoldCase(r)
	}, text)
}
