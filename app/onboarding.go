package app

import (
	"strconv"

	"github.com/kindly/kindly/app/browser"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// onboardedPref is set once the first-run screens are skipped or finished:
// they never show again.
const onboardedPref = "kindly.onboarded"

// welcome is one first-run screen.
type welcome struct{ title, text string }

var welcomes = []welcome{
	{"Everything stays on this device", "There is no account, and nobody else can read what you write here, not even us. Because it lives only on this device, saving a backup now and then from Settings keeps it safe if the phone is lost."},
	{"Keep Kindly on your home screen", "Installed, Kindly opens like an app, even offline. On iPhone or iPad: tap Share, then \u201cAdd to Home Screen\u201d. On Android: open the browser menu and choose \u201cInstall app\u201d. Settings can help too."},
	{"Calm is two taps away", "\u201cCalm now\u201d sits at the top of every page. Tap it for a minute of slow breathing or one kind sentence, with nothing to type."},
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
		label := "Next"
		if last {
			label = "Start"
		}
		return goapp.Section().Class("card welcome").DataSet("testid", "onboarding").Aria("labelledby", "welcome-title").Body(
			goapp.P().Class("step-count").Text("Welcome · "+strconv.Itoa(o.step+1)+" of "+strconv.Itoa(len(welcomes))),
			goapp.H2().ID("welcome-title").TabIndex(-1).Text(w.title),
			goapp.P().Text(w.text),
			goapp.Div().Class("actions").Body(
				goapp.Button().Class("button").DataSet("testid", "onboarding-next").OnClick(o.next).Text(label),
				goapp.Button().Class("button quiet").DataSet("testid", "onboarding-skip").OnClick(o.finish).Text("Skip"),
			),
		)
	})
}
