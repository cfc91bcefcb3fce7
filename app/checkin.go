package app

import (
	"context"
	"strings"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/exercise"
	"github.com/kindly/kindly/internal/journal"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// journalChanged is the action a Today component sends after saving, so
// the page reloads what it shows.
const journalChanged = "journal-changed"

// checkin is Today's daily check-in: how it feels on two scales, a few
// words, any progress and one next step. About thirty seconds; every part
// is optional. What was typed stays on screen if saving fails.
type checkin struct {
	goapp.Compo

	Done  *journal.Entry // today's latest check-in, if any
	Focus bool           // opened from the check-in shortcut
	Due   bool           // the reminder time has passed without a check-in

	again                 bool
	mood                  *journal.Mood
	words, progress, next string
	saving, thanked       bool
	focused               bool
	err                   error
	ctx                   goapp.Context
}

func (c *checkin) OnMount(ctx goapp.Context) {
	c.ctx = ctx
	c.focus(ctx)
}

// OnUpdate runs when Today passes new values: Focus arrives after the
// check-in is mounted, because a page learns its address after mounting.
func (c *checkin) OnUpdate(ctx goapp.Context) { c.focus(ctx) }

func (c *checkin) focus(ctx goapp.Context) {
	if c.Focus && !c.focused {
		c.focused = true
		ctx.Defer(func(goapp.Context) { browser.Focus("checkin-heading") })
	}
}

func (c *checkin) empty() bool {
	return c.mood == nil && strings.TrimSpace(c.words+c.progress+c.next) == ""
}

func (c *checkin) onMood(axis string) func(string) goapp.EventHandler {
	return func(v string) goapp.EventHandler {
		return func(goapp.Context, goapp.Event) {
			c.mood, c.thanked = withAxis(c.mood, axis, v), false
		}
	}
}

// field returns a handler that keeps an input's value in *dst.
func (c *checkin) field(dst *string) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) {
		*dst, c.thanked = ctx.JSSrc().Get("value").String(), false
	}
}

func (c *checkin) onAgain(goapp.Context, goapp.Event) { c.again = true }

func (c *checkin) onSave(goapp.Context, goapp.Event) {
	ctx := c.ctx
	if c.saving || c.empty() {
		return
	}
	e := journal.New(journal.KindCheckin, time.Now())
	e.Mood = c.mood
	for _, w := range strings.Split(c.words, ",") {
		if w = strings.TrimSpace(w); w != "" && len(w) <= 60 && len(e.Emotions) < journal.MaxWords {
			e.Emotions = append(e.Emotions, w)
		}
	}
	// The prompts are saved in the language of the moment, as the journal
	// shows them.
	for _, a := range []journal.Answer{{Prompt: tr("checkin.prompt.words"), Text: c.words}, {Prompt: tr("checkin.prompt.progress"), Text: c.progress}, {Prompt: tr("checkin.prompt.next"), Text: c.next}} {
		if a.Text = strings.TrimSpace(a.Text); a.Text != "" {
			e.Answers = append(e.Answers, a)
		}
	}
	c.saving, c.err = true, nil
	ctx.Async(func() {
		s, err := db.open()
		if err == nil {
			_, err = journalOf(s).Save(context.Background(), e, "")
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			c.saving, c.err = false, err
			if err != nil {
				return
			}
			c.mood, c.words, c.progress, c.next, c.again, c.thanked = nil, "", "", "", false, true
			for _, id := range []string{"checkin-words", "checkin-progress", "checkin-next"} {
				browser.SetValue(id, "")
			}
			changed()
			ctx.NewAction(journalChanged)
		})
	})
}

func (c *checkin) Render() goapp.UI {
	form := c.Done == nil || c.again
	return goapp.Section().Class("card").DataSet("testid", "checkin").Aria("labelledby", "checkin-heading").Body(
		goapp.H2().ID("checkin-heading").TabIndex(-1).Text(tr("checkin.heading")),
		slot(c.thanked, func() goapp.UI {
			return goapp.P().Class("success").DataSet("testid", "checkin-thanks").Aria("live", "polite").
				Text(tr("checkin.thanks"))
		}),
		goapp.If(form, func() goapp.UI {
			return goapp.Div().Body(
				goapp.If(c.Due && c.Done == nil, func() goapp.UI {
					return goapp.P().Class("reminder").DataSet("testid", "checkin-due").Text(tr("checkin.due"))
				}),
				goapp.P().Class("hint").Text(tr("checkin.hint")),
				moodView("checkin", c.mood, c.onMood),
				goapp.Label().For("checkin-words").Class("field-label").Text(tr("checkin.words.label")),
				goapp.Input().Type("text").ID("checkin-words").DataSet("testid", "checkin-words").MaxLength(300).Dir("auto").
					Placeholder(tr("checkin.words.placeholder")).OnInput(c.field(&c.words)),
				goapp.Label().For("checkin-progress").Class("field-label").Text(tr("checkin.progress.label")),
				goapp.Input().Type("text").ID("checkin-progress").DataSet("testid", "checkin-progress").MaxLength(500).Dir("auto").
					OnInput(c.field(&c.progress)),
				goapp.Label().For("checkin-next").Class("field-label").Text(tr("checkin.next.label")),
				goapp.Input().Type("text").ID("checkin-next").DataSet("testid", "checkin-next").MaxLength(500).Dir("auto").
					OnInput(c.field(&c.next)),
				&crisisCard{Text: c.words + "\n" + c.progress + "\n" + c.next},
				slot(c.err != nil, func() goapp.UI { return alert(storageMessage(c.err)) }),
				goapp.Div().Class("actions").Body(
					goapp.Button().Class("button").DataSet("testid", "checkin-save").Disabled(c.saving || c.empty()).
						OnClick(c.onSave).Text(tr("checkin.save")),
				),
			)
		}).Else(func() goapp.UI {
			return goapp.Div().DataSet("testid", "checkin-done").Body(
				goapp.P().Text(tr("checkin.done", "time", local.clock(c.Done.OccurredAt.Local()))),
				goapp.If(c.Done.Mood != nil, func() goapp.UI {
					return goapp.P().Class("hint").Text(exercise.DescribeMood(msg, *c.Done.Mood))
				}),
				goapp.Button().Class("button quiet").DataSet("testid", "checkin-again").OnClick(c.onAgain).Text(tr("checkin.again")),
			)
		}),
	)
}
