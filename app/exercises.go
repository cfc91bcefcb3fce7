package app

import (
	"context"
	"strconv"
	"strings"

	"github.com/kindly/kindly/internal/draft"
	"github.com/kindly/kindly/internal/exercise"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// exercises lists the guided exercises, marking the ones left half-way.
type exercises struct {
	goapp.Compo

	inProgress map[string]int // exercise id → step the saved session is on
}

func (p *exercises) OnMount(ctx goapp.Context) { reloadOnUnlock(ctx, p.OnNav) }

func (p *exercises) OnNav(ctx goapp.Context) {
	ctx.Async(func() {
		s, err := db.open()
		if err != nil {
			return
		}
		all, _ := draft.All(context.Background(), s)
		open := map[string]int{}
		for _, d := range all {
			if !strings.HasPrefix(d.ID, "exercise:") {
				continue
			}
			if sess, _, err := exercise.Parse([]byte(d.Fields["session"])); err == nil && sess.Status != exercise.Finished {
				open[sess.Exercise] = sess.Step
			}
		}
		ctx.Dispatch(func(goapp.Context) { p.inProgress = open })
	})
}

func (p *exercises) Render() goapp.UI {
	return newShell("exercises", tr("exercises.heading"),
		goapp.P().Class("lead").Text(tr("exercises.lead")),
		goapp.Ul().Class("exercise-list").Body(
			goapp.Range(exercise.All).Slice(func(i int) goapp.UI {
				ex := exercise.All[i]
				step, open := p.inProgress[ex.ID]
				return goapp.Li().Body(
					goapp.A().Class("card exercise-card").Href("/exercises/"+ex.ID).
						DataSet("testid", "exercise-card").DataSet("exercise-id", ex.ID).Body(
						goapp.H2().Text(tr(ex.Title)),
						goapp.P().Text(tr(ex.Why)),
						goapp.P().Class("meta").Text(trn("exercises.meta", len(ex.Steps), "minutes", strconv.Itoa(ex.Minutes))),
						slot(open, func() goapp.UI {
							return goapp.P().Class("badge").DataSet("testid", "exercise-paused").
								Text(tr("exercises.paused", "step", strconv.Itoa(step+1)))
						}),
					),
				)
			}),
		),
	)
}
