package crisis

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"

	"github.com/kindly/kindly/internal/spelling"
)

// A list's patterns are regular expressions written the way the words are
// spelled, in lower case, and loosened before they are compiled, so that
// the list stays readable for the people who review it:
//   - a space stands for any run of white space, " ?" for none or some;
//   - an apostrophe may be straight, curly or left out (j'ai, j’ai, jai);
//   - an accented letter may also be typed without its accent, as people
//     often do on phones (é: e; à: a; ñ: n), and ä, ö, ü, ß may also be
//     written ae, oe, ue, ss (or a, o, u);
//   - END at the end of a pattern makes it count only at the end of a
//     clause: before punctuation, an emoji, a new line or the end of the
//     text ("ich will nicht mehr." but not "ich will nicht mehr arbeiten").
//
// Accented letters are loosened outside [character classes] only, so a
// pattern spells them out rather than putting them in a class.
const (
	end   = `\s*(?:[^\p{L}\p{M}\p{N}\s]|\n|$)`
	bound = `(?:[^\p{L}\p{M}\p{N}]|$)`
)

// expr turns a pattern into an expression that matches it as a whole
// word, in any case. Go's \b knows only ASCII letters (it would see a
// boundary inside "mourír" and none after "à"), so the boundaries are
// spelled out: anything that is not a letter, a mark or a digit.
func expr(pattern string) string {
	if p, ok := strings.CutSuffix(pattern, "END"); ok {
		return `(?i)(?:^|[^\p{L}\p{M}\p{N}])` + spelling.Loose(p) + end
	}
	return `(?i)(?:^|[^\p{L}\p{M}\p{N}])` + spelling.Loose(pattern) + bound
}

// A matcher looks for one pattern. Go's regexp ran one alternation of
// every pattern at about half a megabyte a second (natively; WebAssembly
// is slower), too slow for every keystroke of a long entry. So each
// pattern has its own expression, tried only when the text holds a piece
// of text that every match holds, and compiled the first time it is.
type matcher struct {
	need []string // one of these is in every match (folded as by fold); none: always try
	re   func() *regexp.Regexp
}

func newMatcher(pattern string) matcher {
	// The pieces are read from the pattern without its word boundaries:
	// every match holds a match of it, and those classes of all letters
	// take far longer to parse than the rest (55 ms for these lists, not 3).
	re, err := syntax.Parse(`(?i)`+spelling.Loose(strings.TrimSuffix(pattern, "END")), syntax.Perl)
	if err != nil {
		panic(err) // the lists are constant: a test sees this first
	}
	m := matcher{re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr(pattern)) })}
	if n := need(re); shortest(n) >= 3 {
		m.need = n
	}
	return m
}

// may reports whether the pattern could match text, given fold(text).
func (m matcher) may(folded string) bool {
	if m.need == nil {
		return true
	}
	for _, n := range m.need {
		if strings.Contains(folded, n) {
			return true
		}
	}
	return false
}

// need returns strings one of which every match of re holds, or nil.
// Case-folded literals hold the smallest rune of each case orbit, as
// the parser keeps them; fold puts text in the same form.
func need(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return need(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return need(re.Sub[0])
		}
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			n := need(sub)
			if n == nil {
				return nil
			}
			all = append(all, n...)
		}
		return all
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if n := need(sub); n != nil && (best == nil || shortest(n) > shortest(best)) {
				best = n
			}
		}
		return best
	}
	return nil
}

func shortest(n []string) int {
	if n == nil {
		return 0
	}
	m := len(n[0])
	for _, s := range n {
		m = min(m, len(s))
	}
	return m
}

// fold folds text's case as regexp/syntax does under (?i).
func fold(text string) string { return strings.Map(spelling.FoldCase, text) }

// plain drops combining accents (U+0300 to U+036F), so that text typed or
// pasted in decomposed form ("e" followed by a combining acute) meets the
// lists, which accept each of those letters without its accent.
func plain(text string) string {
	mark := func(r rune) bool { return r >= 0x300 && r <= 0x36f }
	if !strings.ContainsFunc(text, mark) {
		return text
	}
	return strings.Map(func(r rune) rune {
		if mark(r) {
			return -1
		}
		return r
	}, text)
}
