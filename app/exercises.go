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
	return newShell("exercises", "Exercises",
		goapp.P().Class("lead").Text("Gentle, guided steps for the days after something went wrong. Every step is optional, and you can pause any time."),
		goapp.Ul().Class("exercise-list").Body(
			goapp.Range(exercise.All).Slice(func(i int) goapp.UI {
				ex := exercise.All[i]
				step, open := p.inProgress[ex.ID]
				meta := strconv.Itoa(len(ex.Steps)) + " steps · about " + strconv.Itoa(ex.Minutes) + " min"
				if len(ex.Steps) == 1 {
					meta = "About " + strconv.Itoa(ex.Minutes) + " min"
				}
				return goapp.Li().Body(
					goapp.A().Class("card exercise-card").Href("/exercises/"+ex.ID).
						DataSet("testid", "exercise-card").DataSet("exercise-id", ex.ID).Body(
						goapp.H2().Text(ex.Title),
						goapp.P().Text(ex.Why),
						goapp.P().Class("meta").Text(meta),
						slot(open, func() goapp.UI {
							return goapp.P().Class("badge").DataSet("testid", "exercise-paused").
								Text("Paused at step " + strconv.Itoa(step+1) + ". Pick up where you left off.")
						}),
					),
				)
			}),
		),
	)
}
