package app

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/exercise"
	"github.com/kindly/kindly/internal/nudge"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The exercise page's rendering and the handlers of its step inputs.

func (p *exercisePage) Render() goapp.UI {
	switch {
	case !p.found:
		return newShell("exercises", tr("exercises.missing.heading"),
			goapp.P().Text(tr("exercises.missing.text")),
			goapp.A().Class("button").Href("/exercises").Text(tr("exercises.missing.link")),
		)
	case p.gone:
		return newShell("exercises", tr(p.ex.LaterTitle),
			goapp.P().Text(tr("exercises.gone")),
			goapp.A().Class("button").Href("/").Text(tr("exercises.to-today")),
		)
	case p.done != nil:
		return p.doneView()
	}
	title := tr(p.ex.Title)
	if p.s.Revisit != "" {
		title = tr(p.ex.LaterTitle)
	}
	st, _ := p.current()
	steps := p.s.Steps(p.ex)
	return newShell("exercises", title,
		goapp.P().Class("lead").Text(tr(p.ex.Why)),
		slot(p.resumed, func() goapp.UI {
			return goapp.Div().Class("banner").DataSet("testid", "exercise-resumed").Body(
				goapp.P().Text(tr("exercises.resumed")),
				goapp.Button().Class("button quiet").DataSet("testid", "exercise-restart").OnClick(p.onRestart).Text(tr("exercises.restart")),
			)
		}),
		slot(p.err != nil, func() goapp.UI { return alert(storageMessage(p.err)) }),
		// Until a saved session has been looked for, nothing is drawn that
		// it could replace or push down under the user's finger.
		slot(p.loaded, func() goapp.UI {
			return goapp.Div().Class("exercise-layout").Body(
				p.besideView(),
				goapp.Section().Class("card step").Aria("labelledby", "step-prompt").Body(
					goapp.P().Class("step-count").DataSet("testid", "step-count").
						Text(tr("exercises.step-count", "step", strconv.Itoa(p.s.Step+1), "total", strconv.Itoa(len(steps)))),
					stepBar(p.s.Step, len(steps)),
					goapp.H2().ID("step-prompt").TabIndex(-1).DataSet("testid", "step-prompt").Text(tr(st.Prompt)),
					goapp.P().Class("help").Text(tr(st.Help)),
					p.inputView(st),
					p.nudge.view(p.onNudgeUse, p.onNudgeDismiss),
					&crisisCard{Text: p.currentText()},
					p.actionsView(),
				),
			)
		}),
	)
}

// besideView shows, next to the step, the original notes being looked at
// again, or what was written earlier in this run.
func (p *exercisePage) besideView() goapp.UI {
	if p.orig != nil {
		return goapp.Section().Class("beside card").DataSet("testid", "original").Aria("labelledby", "original-heading").Body(
			goapp.H2().ID("original-heading").Text(tr("exercises.original", "date", local.longDay(p.orig.OccurredAt.Local()))),
			answerList(p.orig.Answers),
		)
	}
	earlier := p.s.Earlier(msg, p.ex)
	return slot(len(earlier) > 0, func() goapp.UI {
		return goapp.Section().Class("beside card").DataSet("testid", "earlier").Aria("labelledby", "earlier-heading").Body(
			goapp.H2().ID("earlier-heading").Text(tr("exercises.earlier")),
			goapp.Dl().Class("answers").Body(
				goapp.Range(earlier).Slice(func(i int) goapp.UI {
					return goapp.Div().Body(goapp.Dt().Text(earlier[i].Prompt), goapp.Dd().Class("entry-body").Dir("auto").Text(earlier[i].Text))
				}),
			),
		)
	})
}

// currentText is what the user wrote in this step, for the crisis check.
func (p *exercisePage) currentText() string {
	_, a := p.current()
	return a.Text
}

func (p *exercisePage) actionsView() goapp.UI {
	last := p.s.Last(p.ex)
	return goapp.Div().Class("actions step-actions").Body(
		goapp.If(last, func() goapp.UI {
			return goapp.Button().Class("button").DataSet("testid", "exercise-finish").Disabled(p.saving).
				OnClick(p.onFinish).Text(tr("exercises.finish"))
		}).Else(func() goapp.UI {
			return goapp.Button().Class("button").DataSet("testid", "step-next").OnClick(p.move(exercise.Next)).Text(tr("exercises.next"))
		}),
		goapp.Button().Class("button quiet").DataSet("testid", "step-back").Disabled(p.s.Step == 0).
			OnClick(p.move(exercise.Back)).Text(tr("exercises.back")),
		goapp.If(!last, func() goapp.UI {
			return goapp.Button().Class("button quiet").DataSet("testid", "step-skip").OnClick(p.move(exercise.Skip)).Text(tr("exercises.skip"))
		}),
		goapp.Button().Class("button quiet").DataSet("testid", "exercise-pause").
			OnClick(p.move(exercise.Pause)).Text(tr("exercises.pause")),
	)
}

// choiceOptions are a choice step's options in the interface language.
func choiceOptions(st exercise.Step) []option {
	out := make([]option, len(st.Options))
	for i, o := range st.Options {
		out[i] = option{tr(o.Label), o.Value}
	}
	return out
}

func (p *exercisePage) inputView(st exercise.Step) goapp.UI {
	_, a := p.current()
	switch st.Input {
	case exercise.Choice:
		return radios("step-"+st.ID, "step-input", tr(st.Prompt), choiceOptions(st), a.Text, p.onChoice)
	case exercise.Emotion:
		return p.emotionView(st, a)
	case exercise.MoodScale:
		return moodView("step-"+st.ID, a.Mood, p.onMood)
	case exercise.Steps:
		return goapp.Ul().Class("small-steps").DataSet("testid", "step-input").Body(
			goapp.Range(make([]struct{}, exercise.MaxSmallSteps)).Slice(func(i int) goapp.UI {
				return goapp.Li().Body(
					goapp.Label().For(fieldID(st, itemSuffix(i))).Class("visually-hidden").Text(tr("exercises.small-step", "n", strconv.Itoa(i+1))),
					goapp.Input().Type("text").ID(fieldID(st, itemSuffix(i))).MaxLength(200).Dir("auto").
						OnInput(p.onItem(i), goapp.EventScope(strconv.Itoa(i))),
				)
			}),
		)
	case exercise.Breathing:
		return p.breathingView()
	}
	rows := 5
	if st.Role == exercise.Story || st.ID == "letter" {
		rows = 10
	}
	return goapp.Textarea().ID(fieldID(st, "")).Class("entry-editor").DataSet("testid", "step-input").
		Aria("labelledby", "step-prompt").Dir("auto").Rows(rows).Placeholder(tr("exercises.placeholder")).
		OnInput(p.onText)
}

func (p *exercisePage) emotionView(st exercise.Step, a exercise.Answer) goapp.UI {
	m := exercise.Mood{}
	if a.Mood != nil {
		m = *a.Mood
	}
	words := exercise.Words(m)
	intensity := ""
	if a.Intensity > 0 {
		intensity = strconv.Itoa(a.Intensity)
	}
	return goapp.Div().Class("emotion").DataSet("testid", "step-input").Body(
		moodView("step-"+st.ID, a.Mood, p.onMood),
		goapp.Div().Class("choices words").Attr("role", "group").Aria("labelledby", "words-legend").Body(
			goapp.P().ID("words-legend").Class("legend").Text(tr("exercises.words")),
			goapp.Range(words).Slice(func(i int) goapp.UI {
				w := words[i]
				id := "word-" + strconv.Itoa(i)
				return goapp.Label().Class("chip-check").For(id).Body(
					goapp.Input().Type("checkbox").ID(id).Value(w).Checked(slices.Contains(a.Words, w)).
						OnChange(p.onWord(w), goapp.EventScope(w)),
					goapp.Span().Text(tr(exercise.WordKey(w))),
				)
			}),
		),
		goapp.Label().For(fieldID(st, "own")).Class("field-label").Text(tr("exercises.own-words")),
		goapp.Input().Type("text").ID(fieldID(st, "own")).MaxLength(300).Dir("auto").OnInput(p.onOwn),
		radios("step-"+st.ID+"-intensity", "", tr("exercises.intensity"), intensityOptions(), intensity, p.onIntensity),
	)
}

func (p *exercisePage) breathingView() goapp.UI {
	_, a := p.current()
	return goapp.Div().Class("breathe").DataSet("testid", "step-input").Body(
		slot(p.breathing, breathCircle),
		goapp.If(p.breathing, func() goapp.UI {
			return goapp.Button().Class("button quiet").DataSet("testid", "breathe-stop").OnClick(p.onStopBreathing).Text(tr("exercises.breathe.stop"))
		}).Else(func() goapp.UI {
			label := tr("exercises.breathe.start")
			if a.Text == "done" {
				label = tr("exercises.breathe.again")
			}
			return goapp.Button().Class("button").DataSet("testid", "breathe-start").OnClick(p.onBreathe).Text(label)
		}),
		slot(a.Text == "done" && !p.breathing, func() goapp.UI {
			return goapp.P().Class("lead").DataSet("testid", "breathe-done").Text(tr("exercises.breathe.done"))
		}),
		slot(browser.CanVibrate(), func() goapp.UI {
			return goapp.Label().Class("check").Body(
				goapp.Input().Type("checkbox").DataSet("testid", "breathe-vibrate").Checked(p.vibrateOn).OnChange(p.onVibrate),
				goapp.Span().Text(tr("exercises.breathe.vibrate")),
			)
		}),
	)
}

// stepBar shows progress as one segment per step, the done ones filled: a
// progress bar drawn with classes alone, since the CSP forbids inline widths.
func stepBar(step, steps int) goapp.UI {
	return goapp.Div().Class("step-bar").Aria("hidden", "true").Body(
		goapp.Range(make([]struct{}, steps)).Slice(func(i int) goapp.UI {
			if i <= step {
				return goapp.Span().Class("filled")
			}
			return goapp.Span()
		}),
	)
}

func (p *exercisePage) onText(ctx goapp.Context, e goapp.Event) {
	_, a := p.current()
	a.Text = ctx.JSSrc().Get("value").String()
	p.set(a)
	p.nudge.check(a.Text)
}

func (p *exercisePage) onOwn(ctx goapp.Context, e goapp.Event) {
	_, a := p.current()
	a.Text = ctx.JSSrc().Get("value").String()
	p.set(a)
}

func (p *exercisePage) onChoice(v string) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		_, a := p.current()
		a.Text = v
		p.set(a)
	}
}

func (p *exercisePage) onIntensity(v string) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		_, a := p.current()
		a.Intensity, _ = strconv.Atoi(v)
		p.set(a)
	}
}

func (p *exercisePage) onMood(axis string) func(string) goapp.EventHandler {
	return func(v string) goapp.EventHandler {
		return func(goapp.Context, goapp.Event) {
			_, a := p.current()
			a.Mood = withAxis(a.Mood, axis, v)
			// Words of a quadrant no longer shown would be chosen unseen.
			shown := exercise.Words(*a.Mood)
			a.Words = slices.DeleteFunc(slices.Clone(a.Words), func(w string) bool { return !slices.Contains(shown, w) })
			p.set(a)
		}
	}
}

func (p *exercisePage) onWord(w string) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		_, a := p.current()
		if i := slices.Index(a.Words, w); i >= 0 {
			a.Words = slices.Delete(slices.Clone(a.Words), i, i+1)
		} else {
			a.Words = append(slices.Clone(a.Words), w)
		}
		p.set(a)
	}
}

func (p *exercisePage) onItem(i int) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) {
		_, a := p.current()
		items := make([]string, exercise.MaxSmallSteps)
		copy(items, a.Items)
		items[i] = ctx.JSSrc().Get("value").String()
		for len(items) > 0 && items[len(items)-1] == "" {
			items = items[:len(items)-1]
		}
		a.Items = items
		p.set(a)
	}
}

func (p *exercisePage) onNudgeUse(s string) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		st, a := p.current()
		if p.nudge.hint == nil {
			return
		}
		a.Text = nudge.Apply(a.Text, *p.nudge.hint, s)
		p.set(a)
		browser.SetValue(fieldID(st, ""), a.Text)
		p.nudge.check(a.Text)
	}
}

func (p *exercisePage) onNudgeDismiss(goapp.Context, goapp.Event) { p.nudge.dismiss() }

// doneView thanks the user, says where the entry is and offers to keep a
// phrase as a mantra.
func (p *exercisePage) doneView() goapp.UI {
	var keep []string
	for _, st := range p.ex.Steps {
		if a := p.s.Answers[st.ID]; st.Role == exercise.Keep && !a.Empty() && !slices.Contains(p.s.Skipped, st.ID) && len([]rune(a.Text)) <= 500 {
			keep = append(keep, a.Text)
		}
	}
	e := p.done
	return newShell("exercises", tr("exercises.done.heading"),
		goapp.P().Class("lead").DataSet("testid", "exercise-done").Text(tr("exercises.done.lead")),
		slot(p.err != nil, func() goapp.UI { return alert(storageMessage(p.err)) }),
		slot(e.RevisitAt != nil, func() goapp.UI {
			return goapp.P().Text(tr("exercises.done.revisit", "date", local.longDay(e.RevisitAt.Local())))
		}),
		goapp.Range(keep).Slice(func(i int) goapp.UI {
			text := keep[i]
			return goapp.Section().Class("card keep").Body(
				goapp.Blockquote().Class("mantra").Dir("auto").Text(text),
				goapp.If(p.kept[text], func() goapp.UI {
					// The link sits where the sentence puts {mantras}.
					before, after, _ := strings.Cut(tr("exercises.done.kept"), "{mantras}")
					return goapp.P().DataSet("testid", "mantra-kept").Body(
						goapp.Text(before), goapp.A().Href("/mantras").Text(tr("exercises.done.kept-link")), goapp.Text(after))
				}).Else(func() goapp.UI {
					return goapp.Button().Class("button").DataSet("testid", "mantra-keep").
						OnClick(p.onKeep(text), goapp.EventScope(text)).Text(tr("exercises.done.keep"))
				}),
			)
		}),
		goapp.Div().Class("actions").Body(
			goapp.A().Class("button").Href("/journal/"+e.ID).DataSet("testid", "exercise-entry").Text(tr("exercises.done.read")),
			goapp.A().Class("button quiet").Href("/exercises").Text(tr("exercises.done.more")),
			goapp.A().Class("button quiet").Href("/").Text(tr("exercises.to-today")),
		),
	)
}
