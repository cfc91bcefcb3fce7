package app

import (
	"github.com/kindly/kindly/internal/mantra"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The mantras page's rendering.

func (p *mantras) Render() goapp.UI {
	rotation := mantra.Rotation(p.saved)
	if p.showing >= 0 {
		return newShell("mantras", tr("mantras.one.title"), p.oneAtATime(rotation))
	}
	var own, favs []mantra.Saved
	for _, s := range p.saved {
		if s.Own() {
			own = append(own, s)
		}
	}
	for _, m := range rotation {
		if p.favourite(m.ID) {
			favs = append(favs, mantra.Saved{ID: m.ID, Text: m.Text})
		}
	}
	return newShell("mantras", tr("mantras.title"),
		goapp.P().Class("lead").Text(tr("mantras.lead")),
		goapp.Div().Class("actions").Body(
			goapp.Button().Class("button").DataSet("testid", "mantra-now").OnClick(p.onShow(0)).Text(tr("mantras.now")),
			goapp.Button().Class("button quiet").DataSet("testid", "mantra-add").OnClick(p.onAdd).Text(tr("mantras.add")),
		),
		slot(p.err != nil, func() goapp.UI { return alert(storageMessage(p.err)) }),
		slot(p.adding, func() goapp.UI {
			return goapp.Section().Class("card").Aria("labelledby", "mantra-new").Body(
				goapp.H2().ID("mantra-new").Text(tr("mantras.new.title")),
				goapp.Label().For("mantra-text").Class("field-label").Text(tr("mantras.new.label")),
				goapp.Textarea().ID("mantra-text").DataSet("testid", "mantra-text").Dir("auto").Rows(3).MaxLength(mantra.MaxLen).
					Placeholder(tr("mantras.new.placeholder")).OnInput(p.onText),
				goapp.Div().Class("actions").Body(
					goapp.Button().Class("button").DataSet("testid", "mantra-save").OnClick(p.onSave).Text(tr("mantras.new.save")),
				),
			)
		}),
		slot(len(favs) > 0, func() goapp.UI {
			return p.section("favourites", tr("mantras.favourites"), favs)
		}),
		slot(len(own) > 0, func() goapp.UI {
			return p.section("own", tr("mantras.own"), own)
		}),
		goapp.Range(mantra.Needs).Slice(func(i int) goapp.UI {
			n := mantra.Needs[i]
			list := mantra.ByNeed(n)
			items := make([]mantra.Saved, len(list))
			for j, m := range list {
				items[j] = mantra.Saved{ID: m.ID, Text: m.Text}
			}
			return p.section(string(n), tr(n.Key()), items)
		}),
	)
}

// section is one card of mantras, each with its favourite button and, for
// the user's own, edit and delete.
func (p *mantras) section(id, title string, items []mantra.Saved) goapp.UI {
	return goapp.Section().Class("card").Aria("labelledby", "need-"+id).Body(
		goapp.H2().ID("need-"+id).Text(title),
		goapp.Ul().Class("mantra-list").Body(
			goapp.Range(items).Slice(func(i int) goapp.UI {
				m := items[i]
				scope := goapp.EventScope(id + m.ID)
				fav := p.favourite(m.ID)
				favLabel := tr("mantras.fav.add")
				if fav {
					favLabel = tr("mantras.fav.on")
				}
				if p.editing == m.ID {
					return goapp.Li().Class("mantra").Body(
						goapp.Label().For("mantra-edit-text").Class("visually-hidden").Text(tr("mantras.edit.label")),
						goapp.Textarea().ID("mantra-edit-text").Dir("auto").Rows(3).MaxLength(mantra.MaxLen).OnInput(p.onEditText),
						goapp.Div().Class("actions").Body(
							goapp.Button().Class("button").DataSet("testid", "mantra-edit-save").OnClick(p.onEditSave, scope).Text(tr("mantras.edit.save")),
							goapp.Button().Class("button quiet").OnClick(p.onEditCancel, scope).Text(tr("mantras.edit.cancel")),
						),
					)
				}
				return goapp.Li().Class("mantra mantra-item").DataSet("testid", "mantra-item").Body(
					goapp.Span().Class("mantra-words").Dir("auto").Text(mantraWords(m.ID, m.Text)),
					goapp.Button().Type("button").Class("chip fav").DataSet("testid", "mantra-fav").
						Aria("pressed", fav).OnClick(p.onFavourite(m.ID, !fav), scope).Text(favLabel),
					goapp.If(m.Own() && id == "own", func() goapp.UI {
						return goapp.Span().Body(
							goapp.Button().Type("button").Class("chip quiet").DataSet("testid", "mantra-edit").
								OnClick(p.onEdit(m), scope).Text(tr("mantras.edit")),
							goapp.Button().Type("button").Class("chip quiet").DataSet("testid", "mantra-delete").
								OnClick(p.onDelete(m.ID), scope).Text(tr("mantras.delete")),
						)
					}),
				)
			}),
		),
	)
}

// oneAtATime shows a single mantra filling the screen, favourites first.
func (p *mantras) oneAtATime(rotation []mantra.Mantra) goapp.UI {
	i := p.showing % len(rotation)
	return goapp.Div().Class("mantra-screen").DataSet("testid", "mantra-screen").
		Attr("role", "dialog").Aria("modal", "true").Aria("label", tr("mantras.one.label")).Body(
		goapp.Blockquote().ID("mantra-screen-text").TabIndex(-1).Class("mantra-large").
			DataSet("testid", "mantra-screen-text").Dir("auto").Aria("live", "polite").Text(mantraWords(rotation[i].ID, rotation[i].Text)),
		goapp.Div().Class("actions").Body(
			goapp.Button().Class("button").DataSet("testid", "mantra-next").OnClick(p.onShow(i+1)).Text(tr("mantras.one.next")),
			goapp.Button().Class("button quiet").DataSet("testid", "mantra-close").OnClick(p.onShow(-1)).Text(tr("mantras.one.close")),
		),
	)
}
