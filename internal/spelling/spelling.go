// Package spelling loosens word lists written the way words are spelled
// into regular expressions that also match the way people type them on a
// phone: without accents, with any apostrophe or none, with any run of
// white space. The crisis check and the gentler-words nudge share it, so
// both read a text alike.
package spelling

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// accents are the letters people may type without their accent.
var accents = map[rune]string{
	'á': `[aáàâ]`, 'à': `[aáàâ]`, 'â': `[aáàâ]`,
	'é': `[eéèêë]`, 'è': `[eéèêë]`, 'ê': `[eéèêë]`, 'ë': `[eéèêë]`,
	'í': `[iíîï]`, 'î': `[iíîï]`, 'ï': `[iíîï]`,
	'ó': `[oóô]`, 'ô': `[oóô]`,
	'ú': `[uúùû]`, 'ù': `[uúùû]`, 'û': `[uúùû]`,
	'ñ': `[nñ]`, 'ç': `[cç]`,
	'ä': `(?:ä|ae|a)`, 'ö': `(?:ö|oe|o)`, 'ü': `(?:ü|ue|u)`, 'ß': `(?:ß|ss)`,
}

// Bare is the letter a lower-case accented letter may be typed as (é: e),
// for the letters Loose loosens to a class of one bare letter and its
// accented forms.
func Bare(r rune) (rune, bool) {
	if c := accents[r]; strings.HasPrefix(c, "[") {
		return rune(c[1]), true
	}
	return r, false
}

// Loose turns a pattern as written in a list into a regular expression:
// a space stands for any run of white space, " ?" for none or some; an
// apostrophe may be straight, curly or left out (j'ai, j’ai, jai); an
// accented letter may also be typed without its accent (é: e; ñ: n), and
// ä, ö, ü, ß may be written ae, oe, ue, ss (or a, o, u). Letters inside
// [character classes] and escapes are left as they are.
func Loose(pattern string) string {
	var b strings.Builder
	class := false
	for i := 0; i < len(pattern); {
		r, n := utf8.DecodeRuneInString(pattern[i:])
		switch {
		case r == '\\' && i+n < len(pattern): // an escape stays as it is
			_, m := utf8.DecodeRuneInString(pattern[i+n:])
			b.WriteString(pattern[i : i+n+m])
			n += m
		case class:
			class = r != ']'
			b.WriteRune(r)
		case r == '[':
			class = true
			b.WriteRune(r)
		case r == ' ' && strings.HasPrefix(pattern[i+n:], "?"):
			b.WriteString(`\s*`)
			n++
		case r == ' ':
			b.WriteString(`\s+`)
		case r == '\'' || r == '’':
			b.WriteString(`['’]?`)
		case accents[r] != "":
			b.WriteString(accents[r])
		default:
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

// FoldCase maps r to the smallest rune of its case orbit (k, K and the
// Kelvin sign all to K), as regexp/syntax folds literals under (?i), so a
// piece every match must hold can be looked for in FoldCase'd text.
func FoldCase(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}
