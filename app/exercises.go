package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// exercises lists the guided exercises.
type exercises struct{ goapp.Compo }

func (p *exercises) Render() goapp.UI {
	return newShell("exercises", "Exercises",
		goapp.P().Class("lead").Text("Gentle, guided steps for the days after something went wrong: naming how you feel, looking back calmly, and choosing one small next step."),
		goapp.Section().Class("card empty").Body(
			goapp.P().Text("The first exercises are being written and arrive with the next update. Until then, the calm path is here for you."),
			goapp.A().Class("button").Href("/?calm=1").Text("Take a calm minute"),
		),
	)
}
