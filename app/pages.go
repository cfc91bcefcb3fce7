package app

import (
	"github.com/kindly/kindly/internal/mantra"
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

// exercise is one exercise, by id.
type exercise struct{ goapp.Compo }

func (p *exercise) Render() goapp.UI {
	return newShell("exercises", "Exercise not found",
		goapp.P().Text("This exercise isn't here yet. It may arrive in an update."),
		goapp.A().Class("button").Href("/exercises").Text("See the exercises"),
	)
}

// mantras shows the built-in mantras by need.
type mantras struct{ goapp.Compo }

func (p *mantras) Render() goapp.UI {
	return newShell("mantras", "Mantras",
		goapp.P().Class("lead").Text("Short, kind phrases for hard moments. Read one slowly, maybe twice."),
		goapp.Range(mantra.Needs).Slice(func(i int) goapp.UI {
			n := mantra.Needs[i]
			list := mantra.ByNeed(n)
			return goapp.Section().Class("card").Aria("labelledby", "need-"+string(n)).Body(
				goapp.H2().ID("need-"+string(n)).Text(n.Title()),
				goapp.Ul().Class("mantra-list").Body(
					goapp.Range(list).Slice(func(j int) goapp.UI {
						return goapp.Li().Class("mantra").DataSet("testid", "mantra-item").Text(list[j].Text)
					}),
				),
			)
		}),
	)
}

// insights will show gentle trends once there are entries.
type insights struct{ goapp.Compo }

func (p *insights) Render() goapp.UI {
	return newShell("insights", "Insights",
		goapp.Section().Class("card empty").Body(
			goapp.P().Text("Once you have written a few entries, gentle patterns show up here: how your days felt, and the small wins you noted. Nothing here will ever grade you."),
		),
	)
}

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

// notFound is the friendly page for an unknown address.
type notFound struct{ goapp.Compo }

func (p *notFound) Render() goapp.UI {
	return newShell("", "This page isn't here",
		goapp.P().DataSet("testid", "not-found").Text("The link may be old or mistyped. Nothing is wrong with your notes."),
		goapp.A().Class("button").Href("/").Text("Go to Today"),
	)
}
