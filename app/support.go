package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// support says what Kindly is not, and where real help is.
type support struct{ goapp.Compo }

func (p *support) Render() goapp.UI {
	return newShell("support", "Support",
		goapp.P().Class("lead").Text("Kindly can help you be gentler with yourself. It is not therapy, and it can't help in an emergency."),
		goapp.Section().Class("card urgent").Aria("labelledby", "support-now").Body(
			goapp.H2().ID("support-now").Text("If you might be in danger"),
			goapp.P().Text("Please call your local emergency number now, or ask someone near you to call for you."),
			goapp.Ul().Class("phone-list").Body(
				goapp.Li().Body(goapp.A().Href("tel:911").Text("911"), goapp.Text(" in the US and Canada")),
				goapp.Li().Body(goapp.A().Href("tel:112").Text("112"), goapp.Text(" in the EU and many other countries")),
				goapp.Li().Body(goapp.A().Href("tel:999").Text("999"), goapp.Text(" in the UK and Ireland")),
			),
		),
		goapp.Section().Class("card").Aria("labelledby", "support-talk").Body(
			goapp.H2().ID("support-talk").Text("When to talk to someone"),
			goapp.P().Text("If low moods last for weeks, get in the way of sleep, work or people you love, or if you think about hurting yourself, a doctor or a counsellor can help. Reaching out is a strong thing to do."),
		),
	)
}
