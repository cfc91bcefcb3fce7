package app

import (
	"github.com/kindly/kindly/internal/mantra"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

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
