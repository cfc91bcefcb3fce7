package app

import (
	"context"
	"github.com/kindly/kindly/app/browser"
	"slices"

	"github.com/kindly/kindly/internal/crisis"
	"github.com/kindly/kindly/internal/people"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// crisisCard is the calm card shown under writing that sounds like
// self-harm or suicidal intent: it offers the Support page, the crisis
// lines of where the person is and the user's people, blocks nothing,
// sends nothing, and can be waved away.
type crisisCard struct {
	goapp.Compo

	Text string // what is being written

	people    []people.Person
	lines     []lineLink // calls and texts of where the person is
	asked     bool       // the people and lines were read (once, when the card first showed)
	dismissed bool
}

func (c *crisisCard) OnMount(ctx goapp.Context) { c.OnUpdate(ctx) }

// OnUpdate reads the user's people the first time the card is needed,
// rather than on every editor that might one day show it.
func (c *crisisCard) OnUpdate(ctx goapp.Context) {
	if c.asked || !crisis.Concerning(c.Text) {
		return
	}
	c.asked = true
	c.lines = countryLinks()
	ctx.Async(func() {
		s, err := db.open()
		if err != nil {
			return
		}
		list, _ := people.Book{Store: s}.List(context.Background())
		ctx.Dispatch(func(goapp.Context) { c.people = list })
	})
}

// onDismiss waves the card away and returns focus to where the person
// was writing, rather than to the top of the page. FocusLastField waits a
// task itself: the button's own context ends with it, so a ctx.Defer
// would never run.
func (c *crisisCard) onDismiss(goapp.Context, goapp.Event) {
	c.dismissed = true
	browser.FocusLastField()
}

func (c *crisisCard) Render() goapp.UI {
	show := !c.dismissed && crisis.Concerning(c.Text)
	return slot(show, func() goapp.UI {
		return goapp.Section().Class("card urgent").DataSet("testid", "crisis-card").Aria("labelledby", "crisis-heading").Body(
			goapp.H2().ID("crisis-heading").Text(tr("crisiscard.heading")),
			goapp.P().Text(tr("crisiscard.text")),
			goapp.Div().Class("actions").Body(
				goapp.A().Class("button").Href("/support").DataSet("testid", "crisis-support").Text(tr("crisiscard.support")),
				goapp.Range(c.lines).Slice(func(i int) goapp.UI {
					l := c.lines[i]
					return goapp.A().Class("button quiet").Href(l.href).Text(tr(l.key, "number", l.shown))
				}),
				goapp.Range(c.people).Slice(func(i int) goapp.UI {
					pe := c.people[i]
					if tel, ok := pe.Phone(); ok {
						return goapp.A().Class("button quiet").Href("tel:" + tel).Body(around(tr("crisiscard.call"), "name", goapp.Bdi().Text(pe.Name))...)
					}
					return goapp.Span().Class("chip quiet").Dir("auto").Text(tr("crisiscard.reach", "name", pe.Name, "reach", pe.Reach))
				}),
			),
			goapp.Button().Type("button").Class("chip quiet").DataSet("testid", "crisis-dismiss").OnClick(c.onDismiss).Text(tr("crisiscard.dismiss")),
		)
	})
}

// lineLink is a call or text link to a crisis line; key is its label's
// message key.
type lineLink struct{ href, key, shown string }

// countryLinks are the calls and texts of the crisis lines of where the
// person is, each number once (the US lines share 988).
func countryLinks() []lineLink {
	country, ok := crisisCountry()
	if !ok {
		return nil
	}
	var links []lineLink
	add := func(l lineLink) {
		if !slices.ContainsFunc(links, func(o lineLink) bool { return o.href == l.href }) {
			links = append(links, l)
		}
	}
	for _, l := range country.Lines {
		for _, n := range l.Call {
			add(lineLink{"tel:" + n.Dial, "support.line.call", n.Shown})
		}
		if l.Text.Dial != "" {
			add(lineLink{"sms:" + l.Text.Dial, "support.line.text", l.Text.Shown})
		}
	}
	return links
}
