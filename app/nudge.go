package app

import (
	"strings"

	"github.com/kindly/kindly/internal/nudge"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// nudgeOff is the localStorage preference that turns the kinder-language
// nudge off.
const nudgeOff = "kindly.nudge-off"

// nudger offers a kinder wording for what is being typed in one field: a
// single hint at a time, under the field, that the writer can use or wave
// away. It never blocks anything.
type nudger struct {
	off       bool
	hint      *nudge.Hint
	dismissed map[string]bool // words waved away, for this visit
}

// load reads the preference; call it from a lifecycle method.
func (n *nudger) load() { n.off = flagOn(nudgeOff) }

// check looks at text again.
func (n *nudger) check(text string) {
	n.hint = nil
	if n.off {
		return
	}
	for _, h := range nudge.Find(text) {
		if !n.dismissed[strings.ToLower(h.Word)] {
			n.hint = &h
			return
		}
	}
}

// dismiss waves the current hint's word away.
func (n *nudger) dismiss() {
	if n.hint == nil {
		return
	}
	if n.dismissed == nil {
		n.dismissed = map[string]bool{}
	}
	n.dismissed[strings.ToLower(n.hint.Word)] = true
	n.hint = nil
}

// view shows the hint in a place of its own. use is called with the chosen
// suggestion; dismiss when the writer keeps their words.
func (n *nudger) view(use func(suggestion string) goapp.EventHandler, dismiss goapp.EventHandler) goapp.UI {
	return slot(n.hint != nil, func() goapp.UI {
		h := n.hint
		return goapp.Div().Class("nudge").DataSet("testid", "nudge").Aria("live", "polite").Body(
			goapp.P().Body(
				goapp.Span().Class("nudge-word").Dir("auto").Text(tr("nudge.word", "word", h.Word)),
				goapp.Text(" "+h.Note),
			),
			goapp.Div().Class("nudge-actions").Body(
				goapp.Range(h.Suggestions).Slice(func(i int) goapp.UI {
					s := h.Suggestions[i]
					return goapp.Button().Type("button").Class("chip").DataSet("testid", "nudge-use").
						OnClick(use(s), goapp.EventScope(s)).Text(tr("nudge.try", "suggestion", s))
				}),
				goapp.Button().Type("button").Class("chip quiet").DataSet("testid", "nudge-dismiss").
					OnClick(dismiss).Text(tr("nudge.keep")),
			),
		)
	})
}
