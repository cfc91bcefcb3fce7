package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notFound is the friendly page for an unknown address.
type notFound struct{ goapp.Compo }

func (p *notFound) Render() goapp.UI {
	return newShell("", "This page isn't here",
		goapp.P().DataSet("testid", "not-found").Text("The link may be old or mistyped. Nothing is wrong with your notes."),
		goapp.A().Class("button").Href("/").Text("Go to Today"),
	)
}
