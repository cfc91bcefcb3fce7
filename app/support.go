package app

import (
	"context"
	"slices"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/crisis"
	"github.com/kindly/kindly/internal/people"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// support says what Kindly is and is not, where real help is (the crisis
// lines and emergency numbers of where the person is first, then every
// other country's), when to see a professional, and keeps the user's own
// list of people to reach out to. Everything but that list is in the page
// itself, so it opens offline from a cold start.
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
			err = f(people.Book{Store: s, Now: time.Now, Clock: db.clock()})
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

// onCountry keeps where the person says they are; the page then shows
// that country's lines first.
func (p *support) onCountry(ctx goapp.Context, e goapp.Event) {
	browser.SetPreference(countryPref, ctx.JSSrc().Get("value").String())
}

func (p *support) Render() goapp.UI {
	country, listed := crisisCountry()
	others := slices.DeleteFunc(byName(), func(c crisis.Country) bool { return c.Code == country.Code })
	return newShell("support", tr("support.title"),
		goapp.P().Class("lead").Text(tr("support.lead")),
		goapp.Section().Class("card urgent").Aria("labelledby", "support-now").Body(
			goapp.H2().ID("support-now").Text(tr("support.danger.title")),
			goapp.P().Text(tr("support.danger.text")),
			goapp.Ul().Class("phone-list").Body(
				goapp.Range(country.Emergency).Slice(func(i int) goapp.UI {
					e := country.Emergency[i]
					return goapp.Li().Body(goapp.A().Href("tel:"+e.Dial).Text(e.Shown),
						goapp.If(e.For != "", func() goapp.UI { return goapp.Text(" (" + tr(e.For) + ")") }))
				}),
				goapp.If(!listed, func() goapp.UI {
					return goapp.Li().Body(goapp.A().Href("tel:112").Text("112"), goapp.Text(" "+tr("support.danger.112")))
				}),
			),
		),
		goapp.Section().Class("card").DataSet("testid", "crisis-lines").Aria("labelledby", "support-lines").Body(
			goapp.H2().ID("support-lines").Text(tr("support.lines.title")),
			goapp.P().Text(tr("support.lines.lead")),
			countryPicker(country.Code, p.onCountry),
			slot(listed, func() goapp.UI { return lineList(country) }),
			slot(!listed, func() goapp.UI { return goapp.P().Text(tr("support.lines.none")) }),
			goapp.P().Text(tr("support.lines.elsewhere")),
			directories(),
			goapp.Details().Body(
				goapp.Summary().Text(tr("support.lines.others")),
				goapp.Range(others).Slice(func(i int) goapp.UI {
					c := others[i]
					return goapp.Div().Body(
						goapp.H3().Text(tr(c.Name)),
						goapp.P().Class("hint").Text(tr("support.lines.emergency", "numbers", emergencyNumbers(c))),
						lineList(c),
					)
				}),
			),
			goapp.P().Class("hint").DataSet("testid", "lines-checked").Text(tr("support.lines.checked", "date", local.monthYear(lastChecked()))),
		),
		p.peopleSection(),
		goapp.Section().Class("card").Aria("labelledby", "support-talk").Body(
			goapp.H2().ID("support-talk").Text(tr("support.pro.title")),
			goapp.Ul().Body(
				goapp.Li().Text(tr("support.pro.mood")),
				goapp.Li().Text(tr("support.pro.daily")),
				goapp.Li().Text(tr("support.pro.coping")),
				goapp.Li().Text(tr("support.pro.harm")),
			),
			goapp.P().Text(tr("support.pro.first-step")),
		),
		goapp.Section().Class("card").Aria("labelledby", "support-what").Body(
			goapp.H2().ID("support-what").Text(tr("support.about.title")),
			goapp.P().Text(tr("support.about.text")),
		),
	)
}

func (p *support) peopleSection() goapp.UI {
	return goapp.Section().Class("card").DataSet("testid", "my-people").Aria("labelledby", "support-people").Body(
		goapp.H2().ID("support-people").Text(tr("people.title")),
		goapp.P().Text(tr("people.lead")),
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
							goapp.A().Class("button").Href("tel:"+tel).Text(tr("people.call")),
							goapp.A().Class("button quiet").Href("sms:"+tel).Text(tr("people.text")),
						)
					}),
					goapp.Button().Type("button").Class("chip quiet").DataSet("testid", "person-remove").
						OnClick(p.onRemove(pe.ID), goapp.EventScope(pe.ID)).Text(tr("people.remove")),
				)
			}),
		),
		slot(p.err != nil, func() goapp.UI { return alert(storageMessage(p.err)) }),
		goapp.Div().Class("toolbar").Body(
			goapp.Div().Class("field").Body(
				goapp.Label().For("person-name").Class("field-label").Text(tr("people.name")),
				goapp.Input().Type("text").ID("person-name").DataSet("testid", "person-name").MaxLength(200).Dir("auto").OnInput(p.field(&p.name)),
			),
			goapp.Div().Class("field").Body(
				goapp.Label().For("person-reach").Class("field-label").Text(tr("people.reach")),
				goapp.Input().Type("text").ID("person-reach").DataSet("testid", "person-reach").MaxLength(500).Dir("auto").OnInput(p.field(&p.reach)),
			),
		),
		goapp.Button().Class("button quiet").DataSet("testid", "person-add").OnClick(p.onAdd).Text(tr("people.add")),
	)
}
