package app

import (
	"strconv"

	"github.com/kindly/kindly/internal/exercise"
	"github.com/kindly/kindly/internal/journal"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render is the entry page: the entry once it has been read, or a note
// that it is gone.
func (p *entry) Render() goapp.UI {
	if p.missing {
		return newShell("journal", tr("entry.missing.title"),
			goapp.P().Text(tr("entry.missing")),
			goapp.A().Class("button").Href("/journal").Text(tr("entry.missing.back")),
		)
	}
	heading := tr("entry.title") // until the entry is read, the page still has a heading
	if p.loaded {
		heading = kindName(p.e.Kind)
	}
	if p.isNew && p.e.Kind == journal.KindNote {
		heading = tr("entry.title.new")
	}
	return newShell("journal", heading,
		slot(p.offer != nil, func() goapp.UI {
			return goapp.Div().Class("banner").DataSet("testid", "draft-offer").Body(
				goapp.P().Text(tr("entry.draft.offer")),
				goapp.Button().Class("button").DataSet("testid", "draft-restore").OnClick(p.onRestore).Text(tr("entry.draft.restore")),
				goapp.Button().Class("button quiet").DataSet("testid", "draft-discard").OnClick(p.onDiscard).Text(tr("entry.draft.discard")),
			)
		}),
		slot(p.err != nil, func() goapp.UI {
			return alert(storageMessage(p.err))
		}),
		slot(p.shareMsg != "", func() goapp.UI {
			return goapp.P().Class("success").DataSet("testid", "share-result").Aria("live", "polite").Text(tr(p.shareMsg))
		}),
		slot(p.e.Deleted(), func() goapp.UI {
			return goapp.P().Class("note").Text(tr("entry.deleted"))
		}),
		goapp.Div().Class("editor").Body(
			goapp.If(p.editable(), func() goapp.UI {
				return goapp.Div().Body(
					goapp.Label().For("entry-text").Class("field-label").Text(tr("entry.text")),
					goapp.Textarea().ID("entry-text").Class("entry-editor").DataSet("testid", "entry-text").Dir("auto").
						Rows(10).Placeholder(tr("entry.text.placeholder")).OnInput(p.onText),
					p.nudge.view(p.onNudgeUse, p.onNudgeDismiss),
					&crisisCard{Text: p.text},
				)
			}).Else(func() goapp.UI {
				return goapp.Dl().Class("answers").Body(
					goapp.Range(p.e.Answers).Slice(func(i int) goapp.UI {
						a := p.e.Answers[i]
						items, ok := exercise.Checklist(a.Text)
						if !ok {
							return goapp.Div().Body(goapp.Dt().Dir("auto").Text(a.Prompt), goapp.Dd().Class("entry-body").Dir("auto").Text(a.Text))
						}
						return goapp.Div().Body(goapp.Dt().Dir("auto").Text(a.Prompt), goapp.Dd().Body(p.checklist(i, items)))
					}),
				)
			}),
			slot(p.e.Source != "", func() goapp.UI {
				return goapp.P().Class("hint").DataSet("testid", "entry-source").Text(tr("entry.source", "app", appName(p.e.Source)))
			}),
			goapp.Label().For("entry-when").Class("field-label").Text(tr("entry.when")),
			goapp.Input().ID("entry-when").Type("datetime-local").DataSet("testid", "entry-when").
				Value(p.when).OnChange(p.onWhen),
			goapp.Div().Class("actions").Body(
				goapp.Button().Class("button").DataSet("testid", "entry-save").Disabled(!p.loaded || p.saving).
					OnClick(p.onSave).Text(tr("entry.save")),
				goapp.If(!p.isNew, func() goapp.UI {
					return goapp.Span().Class("call-links").Body(
						goapp.Button().Class("button quiet").DataSet("testid", "entry-share").OnClick(p.onShare).Text(tr("entry.share")),
						goapp.Button().Class("button quiet").DataSet("testid", "entry-delete").OnClick(p.onDelete).Text(tr("entry.delete")),
					)
				}),
				goapp.A().Class("button quiet").Href("/journal").Text(tr("entry.back")),
			),
		),
	)
}

// checklist shows the small steps of answer i as boxes to tick.
func (p *entry) checklist(i int, items []exercise.Item) goapp.UI {
	return goapp.Ul().Class("checklist").Body(
		goapp.Range(items).Slice(func(j int) goapp.UI {
			id := "tick-" + strconv.Itoa(i) + "-" + strconv.Itoa(j)
			return goapp.Li().Body(
				goapp.Label().Class("check").For(id).Body(
					goapp.Input().Type("checkbox").ID(id).DataSet("testid", "small-step").Checked(items[j].Done).
						OnChange(p.onTick(i, j), goapp.EventScope(id)),
					goapp.Span().Dir("auto").Text(items[j].Text),
				),
			)
		}),
	)
}
