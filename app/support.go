package app

import (
	"context"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/crisis"
	"github.com/kindly/kindly/internal/people"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// support says what Kindly is and is not, where real help is (crisis lines
// with call and text links, emergency numbers), when to see a professional,
// and keeps the user's own list of people to reach out to. Everything but
// that list is in the page itself, so it opens offline from a cold start.
type support struct {
	goapp.Compo

	people      []people.Person
	name, reach string
	err         error
	ctx         goapp.Context
}

func (p *support) OnMount(ctx goapp.Context) { reloadOnUnlock(ctx, p.OnNav) }

func (p *support) OnNav(ctx goapp.Context) {
	p.ctx = ctx
	ctx.Async(func() {
		s, err := db.open()
		if err != nil {
			return // the lines work without storage
		}
		list, err := people.Book{Store: s}.List(context.Background())
		ctx.Dispatch(func(goapp.Context) { p.people, p.err = list, err })
	})
}

func (p *support) field(dst *string) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) { *dst = ctx.JSSrc().Get("value").String() }
}

// change runs one change to the list, then reads it again.
func (p *support) change(f func(people.Book) error, done func()) {
	ctx := p.ctx
	ctx.Async(func() {
		s, err := db.open()
		if err == nil {
			err = f(people.Book{Store: s, Now: time.Now})
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			if p.err = err; err == nil {
				done()
				changed()
				p.OnNav(ctx)
			}
		})
	})
}

func (p *support) onAdd(goapp.Context, goapp.Event) {
	name, reach := p.name, p.reach
	p.change(func(b people.Book) error {
		_, err := b.Add(context.Background(), name, reach)
		return err
	}, func() {
		p.name, p.reach = "", ""
		browser.SetValue("person-name", "")
		browser.SetValue("person-reach", "")
	})
}

func (p *support) onRemove(id string) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		p.change(func(b people.Book) error { return b.Remove(context.Background(), id) }, func() {})
	}
}

// callLinks are the call and text links of a line.
func callLinks(l crisis.Line) goapp.UI {
	return goapp.Span().Class("call-links").Body(
		goapp.A().Class("button").Href("tel:"+l.Call).Text("Call "+l.Shown),
		goapp.If(l.Text != "", func() goapp.UI {
			return goapp.A().Class("button quiet").Href("sms:" + l.Text).Text("Text")
		}),
	)
}

func (p *support) Render() goapp.UI {
	return newShell("support", "Support",
		goapp.P().Class("lead").Text("Kindly can help you be gentler with yourself. It is not therapy, and it can't help in an emergency. Real people can, and reaching them is a strong thing to do."),
		goapp.Section().Class("card urgent").Aria("labelledby", "support-now").Body(
			goapp.H2().ID("support-now").Text("If you might be in danger"),
			goapp.P().Text("Please call your local emergency number now, or ask someone near you to call for you."),
			goapp.Ul().Class("phone-list").Body(
				goapp.Range(crisis.Emergency).Slice(func(i int) goapp.UI {
					l := crisis.Emergency[i]
					return goapp.Li().Body(goapp.A().Href("tel:"+l.Call).Text(l.Shown), goapp.Text(" in "+l.Region))
				}),
			),
		),
		goapp.Section().Class("card").DataSet("testid", "crisis-lines").Aria("labelledby", "support-lines").Body(
			goapp.H2().ID("support-lines").Text("Talk to someone now"),
			goapp.P().Text("These lines are free and confidential, with trained people who listen. You don't need to be in crisis to call."),
			goapp.Ul().Class("lines").Body(
				goapp.Range(crisis.Lines).Slice(func(i int) goapp.UI {
					l := crisis.Lines[i]
					return goapp.Li().Class("line").Body(
						goapp.P().Class("line-region").Text(l.Region),
						goapp.P().Body(goapp.Span().Class("feeling").Text(l.Name), goapp.Text(". "+l.Note)),
						callLinks(l),
					)
				}),
			),
			goapp.P().Text("Somewhere else? Search for a crisis line with your country's name, or look it up on findahelpline.com, which lists free helplines in many countries."),
			goapp.P().Class("hint").DataSet("testid", "lines-checked").Text("Numbers last checked: "+crisis.Checked+"."),
		),
		p.peopleSection(),
		goapp.Section().Class("card").Aria("labelledby", "support-talk").Body(
			goapp.H2().ID("support-talk").Text("When to talk to a professional"),
			goapp.Ul().Body(
				goapp.Li().Text("Low moods or worry that last more than a couple of weeks."),
				goapp.Li().Text("Sleep, eating, work or time with people you love getting hard to manage."),
				goapp.Li().Text("Using alcohol or other things to get through the day."),
				goapp.Li().Text("Thoughts of hurting yourself, even fleeting ones."),
			),
			goapp.P().Text("A family doctor or GP is a good first step: they can talk it through and point you to a counsellor, psychologist or other help near you. Many workplaces, colleges and universities offer free, private counselling too."),
		),
		goapp.Section().Class("card").Aria("labelledby", "support-what").Body(
			goapp.H2().ID("support-what").Text("What Kindly is"),
			goapp.P().Text("A private companion for the days after a setback: a calm minute, kind words, gentle exercises and a journal, all kept on this device. It doesn't diagnose or treat anything, and nobody reads what you write here."),
		),
	)
}

func (p *support) peopleSection() goapp.UI {
	return goapp.Section().Class("card").DataSet("testid", "my-people").Aria("labelledby", "support-people").Body(
		goapp.H2().ID("support-people").Text("My people"),
		goapp.P().Text("A few people you trust, and how to reach them, for the moments it is hard to think. They stay on this device."),
		goapp.Ul().Class("mantra-list").Body(
			goapp.Range(p.people).Slice(func(i int) goapp.UI {
				pe := p.people[i]
				tel, ok := pe.Phone()
				return goapp.Li().Class("mantra mantra-item").DataSet("testid", "person").Body(
					goapp.Span().Class("mantra-words").Dir("auto").Body(
						goapp.Span().Class("feeling").Dir("auto").Text(pe.Name),
						goapp.If(pe.Reach != "" && !ok, func() goapp.UI { return goapp.Text(" · " + pe.Reach) }),
					),
					goapp.If(ok, func() goapp.UI {
						return goapp.Span().Class("call-links").Body(
							goapp.A().Class("button").Href("tel:"+tel).Text("Call"),
							goapp.A().Class("button quiet").Href("sms:"+tel).Text("Text"),
						)
					}),
					goapp.Button().Type("button").Class("chip quiet").DataSet("testid", "person-remove").
						OnClick(p.onRemove(pe.ID), goapp.EventScope(pe.ID)).Text("Remove"),
				)
			}),
		),
		slot(p.err != nil, func() goapp.UI { return alert(storageMessage(p.err)) }),
		goapp.Div().Class("toolbar").Body(
			goapp.Div().Class("field").Body(
				goapp.Label().For("person-name").Class("field-label").Text("Name"),
				goapp.Input().Type("text").ID("person-name").DataSet("testid", "person-name").MaxLength(200).Dir("auto").OnInput(p.field(&p.name)),
			),
			goapp.Div().Class("field").Body(
				goapp.Label().For("person-reach").Class("field-label").Text("Phone, or how to reach them"),
				goapp.Input().Type("text").ID("person-reach").DataSet("testid", "person-reach").MaxLength(500).Dir("auto").OnInput(p.field(&p.reach)),
			),
		),
		goapp.Button().Class("button quiet").DataSet("testid", "person-add").OnClick(p.onAdd).Text("Add to my people"),
	)
}
