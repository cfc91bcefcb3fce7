// Command bare is the smallest go-app page that marks itself ready, built
// by the same toolchain as Kindly, with the server kept out of the wasm as
// Kindly's is, so that make bench can put Kindly's start-up beside go-app's
// own floor. It serves web/ from next to the executable.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type page struct {
	app.Compo
	ready bool
}

func (p *page) OnMount(ctx app.Context) { ctx.Dispatch(func(app.Context) { p.ready = true }) }

func (p *page) Render() app.UI {
	ready := "0"
	if p.ready {
		ready = "1"
	}
	return app.Div().DataSet("testid", "app").DataSet("ready", ready).Text("Hello")
}

func route() { app.Route("/", func() app.Composer { return &page{} }) }
