package app

import (
	"context"
	"strings"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/journal"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// cheers are the keys of the thanks for a tiny win; which one depends on
// how many wins there are, so Render stays pure. No points, no streaks.
var cheers = []string{"wins.cheer.noted", "wins.cheer.counts", "wins.cheer.kept", "wins.cheer.skill"}

// wins is Today's one-line log of tiny wins and a look back, week by week.
type wins struct {
	goapp.Compo

	All  []journal.Entry // every live win, newest first
	Week time.Time       // Monday of this week

	back   int // weeks before this one being shown
	text   string
	saving bool
	cheer  bool
	err    error
	ctx    goapp.Context
}

func (w *wins) OnMount(ctx goapp.Context) { w.ctx = ctx }

func (w *wins) onText(ctx goapp.Context, e goapp.Event) {
	w.text, w.cheer = ctx.JSSrc().Get("value").String(), false
}

func (w *wins) onWeek(delta int) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) { w.back = max(0, w.back+delta) }
}

// onKey saves on Enter, as a one-line form would; there is no <form>, so
// nothing can be submitted anywhere (the CSP forbids it too).
func (w *wins) onKey(ctx goapp.Context, e goapp.Event) {
	if e.Get("key").String() == "Enter" {
		w.text = ctx.JSSrc().Get("value").String()
		w.onSave(ctx, e)
	}
}

func (w *wins) onSave(goapp.Context, goapp.Event) {
	ctx := w.ctx
	text := strings.TrimSpace(w.text)
	if w.saving || text == "" {
		return
	}
	e := journal.New(journal.KindWin, time.Now())
	e.Answers = []journal.Answer{{Text: text}}
	w.saving, w.err = true, nil
	ctx.Async(func() {
		s, err := db.open()
		if err == nil {
			_, err = journalOf(s).Save(context.Background(), e, "")
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			w.saving, w.err = false, err
			if err != nil {
				return
			}
			w.text, w.cheer, w.back = "", true, 0
			browser.SetValue("win-text", "")
			changed()
			ctx.NewAction(journalChanged)
		})
	})
}

func (w *wins) Render() goapp.UI {
	from := w.Week.AddDate(0, 0, -7*w.back)
	shown := journal.Between(w.All, journal.KindWin, from, from.AddDate(0, 0, 7))
	label := tr("wins.this-week")
	switch {
	case w.Week.IsZero():
		label = ""
	case w.back == 1:
		label = tr("wins.last-week")
	case w.back > 1:
		label = tr("wins.week-of", "date", local.dayMonth(from))
	}
	empty := tr("wins.empty")
	if w.back > 0 {
		empty = tr("wins.empty-past")
	}
	return goapp.Section().Class("card").DataSet("testid", "wins").Aria("labelledby", "wins-heading").Body(
		goapp.H2().ID("wins-heading").Text(tr("wins.heading")),
		goapp.P().Class("hint").Text(tr("wins.hint")),
		goapp.Div().Class("win-form").Body(
			goapp.Div().Class("field").Body(
				goapp.Label().For("win-text").Class("field-label").Text(tr("wins.label")),
				goapp.Input().Type("text").ID("win-text").DataSet("testid", "win-text").MaxLength(300).Dir("auto").
					OnInput(w.onText).OnKeyDown(w.onKey),
			),
			goapp.Button().Type("button").Class("button").DataSet("testid", "win-save").
				Disabled(w.saving || strings.TrimSpace(w.text) == "").OnClick(w.onSave).Text(tr("wins.add")),
		),
		slot(w.cheer, func() goapp.UI {
			return goapp.P().Class("success").DataSet("testid", "win-cheer").Aria("live", "polite").Text(tr(cheers[len(w.All)%len(cheers)]))
		}),
		slot(w.err != nil, func() goapp.UI { return alert(storageMessage(w.err)) }),
		goapp.Div().Class("week-nav").Body(
			goapp.Button().Type("button").Class("chip quiet").DataSet("testid", "wins-earlier").OnClick(w.onWeek(1)).Text(tr("wins.earlier")),
			goapp.P().Class("week-label").DataSet("testid", "wins-week").Text(label),
			goapp.Button().Type("button").Class("chip quiet").DataSet("testid", "wins-later").Disabled(w.back == 0).
				OnClick(w.onWeek(-1)).Text(tr("wins.later")),
		),
		goapp.If(len(shown) == 0, func() goapp.UI {
			return goapp.P().Class("hint").Text(empty)
		}).Else(func() goapp.UI {
			return goapp.Ul().Class("wins").Body(
				goapp.Range(shown).Slice(func(i int) goapp.UI {
					e := shown[i]
					return goapp.Li().DataSet("testid", "win-item").Body(
						goapp.Span().Class("entry-text").Dir("auto").Text(e.Text()),
						goapp.Span().Class("entry-meta").Text(" · "+local.dayClock(e.OccurredAt.Local())),
					)
				}),
			)
		}),
	)
}
