package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// exercise is one exercise, by id.
type exercise struct{ goapp.Compo }

func (p *exercise) Render() goapp.UI {
	return newShell("exercises", "Exercise not found",
		goapp.P().Text("This exercise isn't here yet. It may arrive in an update."),
		goapp.A().Class("button").Href("/exercises").Text("See the exercises"),
	)
}
