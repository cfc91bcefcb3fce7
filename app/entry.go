package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// entry shows one journal entry.
type entry struct{ goapp.Compo }

func (p *entry) Render() goapp.UI {
	return newShell("journal", "Entry not found",
		goapp.P().Text("This entry isn't in your journal on this device."),
		goapp.A().Class("button").Href("/journal").Text("Back to the journal"),
	)
}
