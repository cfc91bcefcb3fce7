package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// insights will show gentle trends once there are entries.
type insights struct{ goapp.Compo }

func (p *insights) Render() goapp.UI {
	return newShell("insights", "Insights",
		goapp.Section().Class("card empty").Body(
			goapp.P().Text("Once you have written a few entries, gentle patterns show up here: how your days felt, and the small wins you noted. Nothing here will ever grade you."),
		),
	)
}
