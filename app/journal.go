package app

import (
	"context"

	"github.com/kindly/kindly/internal/store"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// journal lists what the user has written.
type journal struct {
	goapp.Compo

	loaded bool
	count  int
}

func (p *journal) OnMount(ctx goapp.Context) {
	ctx.Async(func() {
		s, err := db.open()
		if err != nil {
			return // the shell shows the storage error
		}
		rs, err := s.List(context.Background(), store.Entries)
		ctx.Dispatch(func(goapp.Context) { p.loaded, p.count = err == nil, len(rs) })
	})
}

func (p *journal) Render() goapp.UI {
	return newShell("journal", "Journal",
		goapp.If(p.loaded && p.count == 0, func() goapp.UI {
			return goapp.Section().Class("card empty").DataSet("testid", "journal-empty").Body(
				goapp.P().Text("Your journal is empty, and that's fine. Writing here opens with the next update; everything you write will stay on this device."),
				goapp.A().Class("button").Href("/?calm=1").Text("Take a calm minute meanwhile"),
			)
		}),
	)
}
