package app

import (
	"strconv"
	"time"

	"github.com/kindly/kindly/internal/mantra"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// today is the home page and the calm path: from it, breathing and a kind
// word are one tap away, and ?calm=… opens them directly (the sos button
// and the manifest shortcut link there).
type today struct {
	goapp.Compo

	calm string // "", "1" (choose), "breathe" or "mantra"
	pick int    // which built-in mantra to show
}

func (p *today) OnNav(ctx goapp.Context) {
	q := ctx.Page().URL().Query()
	p.calm = q.Get("calm")
	if n, err := strconv.Atoi(q.Get("n")); err == nil {
		p.pick = n
	} else {
		p.pick = int(time.Now().Unix() / 86400) // a new mantra each day
	}
}

func (p *today) Render() goapp.UI {
	switch p.calm {
	case "breathe":
		return newShell("today", "Breathe with me", breathing())
	case "mantra":
		m := mantra.Pick(p.pick)
		return newShell("today", "A kind word",
			goapp.Blockquote().Class("mantra-large").DataSet("testid", "calm-mantra-text").Text(m.Text),
			goapp.Div().Class("actions").Body(
				goapp.A().Class("button").Href("/?calm=mantra&n="+strconv.Itoa(p.pick+1)).Text("Another one"),
				goapp.A().Class("button quiet").Href("/?calm=breathe").Text("Breathe instead"),
				goapp.A().Class("button quiet").Href("/").Text("I'm done for now"),
			),
		)
	case "":
	default:
		return newShell("today", "Take a moment",
			goapp.P().Class("lead").Text("Nothing to decide and nothing to type. Pick whichever feels easier."),
			calmChoices(),
		)
	}
	return newShell("today", "Today",
		goapp.P().Class("lead").Text("However today went, you are welcome here."),
		calmChoices(),
		goapp.Section().Class("card").Aria("labelledby", "today-coming").Body(
			goapp.H2().ID("today-coming").Text("What Kindly can do today"),
			goapp.P().Text("Right now you can breathe with a guide and read kind words, even offline. Guided exercises, a daily check-in and your journal are on their way in the next updates."),
			goapp.P().Text("Whatever you write will stay on this device. Nobody else can read it, not even us."),
		),
	)
}

// calmChoices are the two large doors of the calm path.
func calmChoices() goapp.UI {
	return goapp.Div().Class("calm-choices").Body(
		goapp.A().Class("calm-choice").Href("/?calm=breathe").DataSet("testid", "breathe").Body(
			goapp.Span().Class("calm-choice-title").Text("Breathe for a minute"),
			goapp.Span().Class("calm-choice-hint").Text("Follow a slow circle"),
		),
		goapp.A().Class("calm-choice").Href("/?calm=mantra").DataSet("testid", "calm-mantra").Body(
			goapp.Span().Class("calm-choice-title").Text("Read a kind word"),
			goapp.Span().Class("calm-choice-hint").Text("One short phrase, large"),
		),
	)
}

// breathing is a paced guide drawn by CSS alone: in for four, out for six,
// six times. With reduced motion the circle stays still and the words lead.
func breathing() goapp.UI {
	return goapp.Div().Class("breathe").Body(
		breathCircle(),
		goapp.P().Class("lead").Text("Breathe in while the circle grows, for about four counts. Breathe out while it shrinks, for about six. Six rounds make a minute."),
		goapp.P().Text("If your mind wanders, that's fine. Just come back to the circle."),
		goapp.Div().Class("actions").Body(
			goapp.A().Class("button").Href("/?calm=mantra").Text("Read a kind word"),
			goapp.A().Class("button quiet").Href("/").Text("I'm done for now"),
		),
	)
}

// breathCircle is the paced circle; its CSS animation runs six rounds of
// ten seconds from the moment it is drawn.
func breathCircle() goapp.UI {
	return goapp.Div().Class("breathe-circle").Aria("hidden", "true").Body(
		goapp.Span().Class("breathe-word breathe-in").Text("in"),
		goapp.Span().Class("breathe-word breathe-out").Text("out"),
	)
}
