package app

import (
	"strconv"

	"github.com/kindly/kindly/app/browser"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// onboardedPref is set once the first-run screens are skipped or finished:
// they never show again.
const onboardedPref = "kindly.onboarded"

// welcome is one first-run screen: catalog keys of its title and text.
type welcome struct{ title, text string }

var welcomes = []welcome{
	{"onboarding.private.title", "onboarding.private.text"},
	{"onboarding.install.title", "onboarding.install.text"},
	{"onboarding.calm.title", "onboarding.calm.text"},
}

// onboarding shows the first-run screens at the top of Today, once. They
// sit in the page rather than over it, so the calm path stays in reach.
// The page shell the server renders has them (a first visit shows them
// before the wasm has even arrived); once they are finished, web/boot.js
// hides them there and OnMount takes them out.
type onboarding struct {
	goapp.Compo

	done bool
	step int
}

func (o *onboarding) OnMount(ctx goapp.Context) { o.done = flagOn(onboardedPref) }

func (o *onboarding) finish(goapp.Context, goapp.Event) {
	o.done = true
	setFlag(onboardedPref, true)
}

func (o *onboarding) next(ctx goapp.Context, e goapp.Event) {
	if o.step == len(welcomes)-1 {
		o.finish(ctx, e)
		return
	}
	o.step++
	ctx.Defer(func(goapp.Context) { browser.Focus("welcome-title") })
}

func (o *onboarding) Render() goapp.UI {
	return slot(!o.done, func() goapp.UI {
		w := welcomes[o.step]
		last := o.step == len(welcomes)-1
		label := tr("onboarding.next")
		if last {
			label = tr("onboarding.start")
		}
		return goapp.Section().Class("card welcome").DataSet("testid", "onboarding").Aria("labelledby", "welcome-title").Body(
			goapp.P().Class("step-count").Text(tr("onboarding.step", "n", strconv.Itoa(o.step+1), "total", strconv.Itoa(len(welcomes)))),
			goapp.H2().ID("welcome-title").TabIndex(-1).Text(tr(w.title)),
			goapp.P().Text(tr(w.text)),
			goapp.If(o.step == 0, func() goapp.UI {
				return &languagePicker{ID: "welcome-language", TestID: "onboarding-language"}
			}),
			goapp.Div().Class("actions").Body(
				goapp.Button().Class("button").DataSet("testid", "onboarding-next").OnClick(o.next).Text(label),
				goapp.Button().Class("button quiet").DataSet("testid", "onboarding-skip").OnClick(o.finish).Text(tr("onboarding.skip")),
			),
		)
	})
}
