// Package crisis knows where to find real help: crisis lines by country,
// emergency numbers, and a careful check for wording of self-harm or
// suicidal intent, so that Kindly can gently offer that help. It never
// blocks anything and never sends anything anywhere.
package crisis

import (
	"regexp"
	"strings"
	"sync"
)

// Checked is when the numbers below were last verified against the
// services' own pages. Review them at least once a year.
const Checked = "November 2026"

// Line is a crisis line.
type Line struct {
	Region string // where it answers
	Name   string
	Call   string // as dialled, for tel:
	Text   string // for sms:, if it takes texts
	Shown  string // as people write it
	Note   string
}

// Lines are the crisis lines Kindly lists, free and confidential.
var Lines = []Line{
	{"United States and Canada", "988 Suicide & Crisis Lifeline", "988", "988", "988", "Call or text, any time."},
	{"United Kingdom and Ireland", "Samaritans", "116123", "", "116 123", "Free to call, day or night."},
	{"Australia", "Lifeline", "131114", "0477131114", "13 11 14", "Call any time, or text 0477 13 11 14."},
	{"New Zealand", "Need to talk?", "1737", "1737", "1737", "Call or text, free, any time."},
	{"France", "Numéro national de prévention du suicide", "3114", "", "3114", "Free, day and night."},
	{"Germany", "TelefonSeelsorge", "08001110111", "", "0800 111 0 111", "Free and anonymous, any time."},
}

// Emergency are the numbers for immediate danger.
var Emergency = []Line{
	{Region: "the United States and Canada", Call: "911", Shown: "911"},
	{Region: "Europe and many other countries", Call: "112", Shown: "112"},
	{Region: "the United Kingdom and Ireland", Call: "999", Shown: "999"},
}

// signs are phrases of self-harm or suicidal intent, matched as whole
// words in any case. Each was chosen to be clear on its own; idioms that
// only look alike ("this deadline is killing me") are left out or excepted.
// The expressions are compiled on first use, not while the app starts.
var signs = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(signsPattern) })

var signsPattern = `(?i)\b(` + strings.Join([]string{
	`kill(ing)? myself`,
	`end(ing)? my (own )?life`,
	`take my (own )?life`,
	`end (it|things) all`,
	`suicid(e|al)`,
	`(want|wanted|wanting|going) to die`,
	`wish (i|I) (was|were|had never been) (dead|born)`,
	`better off (dead|without me)`,
	`no reason to (live|go on|keep going)`,
	`(don't|do not|dont) want to (live|be alive|be here any ?more|wake up)`,
	`hurt(ing)? myself`,
	`harm(ing)? myself`,
	`self[- ]?harm(ing)?`,
	`cut(ting)? myself`,
	`overdose`,
	`can't go on`,
}, "|") + `)\b`

// except holds wordings that contain a sign but mean something else.
var except = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(the end it all|suicide squad|want to die(t|ter)|ending my life insurance)\b`)
})

// Concerning reports whether text holds wording of self-harm or suicidal
// intent. A false alarm costs a kind card the writer can wave away; a miss
// costs more, so the list leans towards offering help.
func Concerning(text string) bool {
	if text == "" {
		return false
	}
	for _, m := range signs().FindAllStringIndex(text, -1) {
		if !except().MatchString(text[max(0, m[0]-8):min(len(text), m[1]+12)]) {
			return true
		}
	}
	return false
}
