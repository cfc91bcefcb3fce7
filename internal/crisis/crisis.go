// Package crisis knows where to find real help: crisis lines and emergency
// numbers by country (countries.go), and a careful check for wording of
// self-harm or suicidal intent, so that Kindly can gently offer that help.
// The check has a list for each language Kindly knows (English, Spanish,
// German, French), each written for its language, and reads every text
// with all of them. It never blocks anything and never sends anything
// anywhere.
package crisis

import (
	"regexp"
	"strings"
	"sync"
)

// list is one language's wording of self-harm and suicidal intent,
// written for that language (how people there say it, informal forms
// included), not translated from another list.
type list struct {
	lang  string   // BCP 47 code
	signs []string // whole words or phrases; see spelling.Loose for how they are written
	// except holds idioms that contain a sign but mean something else
	// ("in the end it all worked out"). Each is matched as a whole and
	// blanked out before the signs are looked for, in every language.
	except []string
}

// lists are checked together, whatever the interface language: a person
// may write in Spanish with the interface in English.
var lists = []list{english, spanish, german, french}

// compiled holds the matchers, made on first use rather than while the
// app starts.
var compiled = sync.OnceValue(func() (c struct {
	signs  [][]matcher // by list
	except []matcher
}) {
	for _, l := range lists {
		var signs []matcher
		for _, p := range l.signs {
			signs = append(signs, newMatcher(p))
		}
		c.signs = append(c.signs, signs)
		for _, p := range l.except {
			c.except = append(c.except, newMatcher(p))
		}
	}
	return c
})

// Concerning reports whether text holds wording of self-harm or suicidal
// intent in any of the languages Kindly knows. A false alarm costs a kind
// card the writer can wave away; a miss costs more, so the lists lean
// towards offering help.
func Concerning(text string) bool {
	return concerning(text, -1)
}

// concerning checks text against lists[only], or against every list if
// only is negative.
func concerning(text string, only int) bool {
	// Blank text (an empty check-in is three empty fields joined by line
	// ends) says nothing, and must not build the matchers at start-up.
	if strings.TrimSpace(text) == "" {
		return false
	}
	c := compiled()
	text = plain(text)
	folded := fold(text)
	var found []*regexp.Regexp
	for i, signs := range c.signs {
		for _, m := range signs {
			if (only < 0 || i == only) && m.may(folded) && m.re().MatchString(text) {
				found = append(found, m.re())
			}
		}
	}
	if found == nil {
		return false
	}
	// Blank out the idioms, then look again. "|" is neither a letter nor a
	// space: it keeps words apart, so no sign is made of what stood either
	// side of an idiom.
	blank := text
	for _, m := range c.except {
		if m.may(folded) {
			blank = m.re().ReplaceAllString(blank, "|")
		}
	}
	for _, re := range found {
		if re.MatchString(blank) {
			return true
		}
	}
	return false
}
