package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notFound is the friendly page for an unknown address.
type notFound struct{ goapp.Compo }

func (p *notFound) Render() goapp.UI {
	return newShell("", tr("notfound.heading"),
		goapp.P().DataSet("testid", "not-found").Text(tr("notfound.text")),
		goapp.A().Class("button").Href("/").Text(tr("notfound.home")),
	)
}
