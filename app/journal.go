package app

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/draft"
	"github.com/kindly/kindly/internal/journal"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageSize is how many entries the journal renders at a time, so that a
// journal of thousands stays smooth.
const pageSize = 50

// journalPage lists what the user has written, grouped by day, with search,
// a kind filter, and undo after a delete.
type journalPage struct {
	goapp.Compo

	loaded  bool            // the first page is here
	first   []journal.Entry // the newest entries, shown until the index is ready
	ix      *journal.Index
	filter  journal.Filter
	limit   int
	page    journal.Page
	total   int           // live entries, all filters aside
	deleted string        // id of the entry just deleted, offered for undo
	drafts  []draft.Draft // unsaved writing of entries, offered back
	err     error
	stop    func()
	ctx     goapp.Context // the component's own: event contexts die with their element
}

func (p *journalPage) OnNav(ctx goapp.Context) {
	p.deleted = ctx.Page().URL().Query().Get("deleted")
	p.limit = pageSize
	p.load(ctx)
}

func (p *journalPage) OnMount(ctx goapp.Context) {
	p.ctx = ctx
	reloadOnUnlock(ctx, p.OnNav)
	p.stop = onOtherTab(func() { ctx.Dispatch(func(ctx goapp.Context) { p.load(ctx) }) })
}

func (p *journalPage) OnDismount() {
	if p.stop != nil {
		p.stop()
	}
}

// load shows the newest entries first, read alone, then reads and indexes
// the whole journal, all off the UI goroutine.
func (p *journalPage) load(ctx goapp.Context) {
	ctx.Async(func() {
		s, err := db.open()
		if err != nil {
			return // the shell explains that storage is unavailable
		}
		j := journalOf(s)
		if p.ix == nil {
			first, err := j.Newest(context.Background(), pageSize)
			ctx.Dispatch(func(goapp.Context) {
				if p.ix == nil && err == nil && len(first) > 0 {
					p.first, p.loaded = first, true
				}
			})
			browser.Breathe() // let the first page paint
		}
		l, err := loaded.get(s)
		ix := journal.NewIndex(l.Entries)
		drafts, _ := draft.All(context.Background(), s)
		ctx.Dispatch(func(goapp.Context) {
			p.loaded, p.err, p.drafts = true, err, drafts
			if err == nil {
				p.ix, p.total = ix, ix.Search(journal.Filter{}, 0, 0).Total
				p.search()
				// Fold the text for search once the page is shown, pausing so
				// the browser can paint and respond meanwhile.
				ctx.Defer(func(ctx goapp.Context) {
					ctx.Async(func() { ix.Prepare(browser.Breathe) })
				})
			}
		})
	})
}

func (p *journalPage) search() {
	if p.ix != nil {
		p.page = p.ix.Search(p.filter, 0, p.limit)
	}
}

// refilter shows the first page of what the changed filter matches.
func (p *journalPage) refilter() {
	p.limit = pageSize
	p.search()
}

func (p *journalPage) onSearch(ctx goapp.Context, e goapp.Event) {
	p.filter.Query = ctx.JSSrc().Get("value").String()
	p.refilter()
}

func (p *journalPage) onKind(ctx goapp.Context, e goapp.Event) {
	p.filter.Kind = ctx.JSSrc().Get("value").String()
	p.refilter()
}

// onDate sets one end of the date range; the end day is included whole.
func (p *journalPage) onDate(end bool) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) {
		t, err := time.ParseInLocation("2006-01-02", ctx.JSSrc().Get("value").String(), time.Local)
		switch {
		case err != nil:
			t = time.Time{} // cleared
		case end:
			t = t.AddDate(0, 0, 1)
		}
		if end {
			p.filter.To = t
		} else {
			p.filter.From = t
		}
		p.refilter()
	}
}

func (p *journalPage) more(ctx goapp.Context, e goapp.Event) {
	p.limit += pageSize
	p.search()
}

func (p *journalPage) newEntry(ctx goapp.Context, e goapp.Event) {
	ctx.Navigate("/journal/" + journal.New(journal.KindNote, time.Now()).ID + "?new=1")
}

func (p *journalPage) undo(_ goapp.Context, e goapp.Event) {
	id, ctx := p.deleted, p.ctx
	ctx.Async(func() {
		s, err := db.open()
		if err == nil {
			_, err = journalOf(s).Undo(context.Background(), id)
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			if p.err = err; err == nil {
				changed()
				p.deleted = ""
				p.load(ctx)
			}
		})
	})
}

func (p *journalPage) Render() goapp.UI {
	return newShell("journal", tr("journal.title"),
		goapp.P().Class("lead").Text(tr("journal.lead")),
		slot(p.deleted != "", func() goapp.UI {
			return goapp.Div().Class("banner").Aria("live", "polite").Body(
				goapp.P().Text(tr("journal.deleted")),
				goapp.Button().Class("button").DataSet("testid", "undo").OnClick(p.undo).Text(tr("journal.undo")),
			)
		}),
		slot(p.err != nil, func() goapp.UI {
			return alert(storageMessage(p.err))
		}),
		slot(len(p.drafts) > 0, func() goapp.UI {
			return goapp.Section().Class("card").Aria("labelledby", "unfinished").Body(
				goapp.H2().ID("unfinished").Text(tr("journal.drafts")),
				goapp.Ul().Class("entries").Body(
					goapp.Range(p.drafts).Slice(func(i int) goapp.UI { return draftItem(p.drafts[i]) }),
				),
			)
		}),
		goapp.Div().Class("toolbar").Body(
			goapp.Button().Class("button").DataSet("testid", "new-entry").OnClick(p.newEntry).Text(tr("journal.new")),
			goapp.Label().Class("field").Body(
				goapp.Span().Class("field-label").Text(tr("journal.search")),
				goapp.Input().Type("search").DataSet("testid", "search").Dir("auto").Placeholder(tr("journal.search.placeholder")).
					AutoComplete(false).OnInput(p.onSearch),
			),
			goapp.Label().Class("field").Body(
				goapp.Span().Class("field-label").Text(tr("journal.filter.kind")),
				goapp.Select().DataSet("testid", "filter-kind").OnChange(p.onKind).Body(
					goapp.Option().Value("").Text(tr("journal.filter.all")),
					goapp.Range(journal.Kinds).Slice(func(i int) goapp.UI {
						return goapp.Option().Value(journal.Kinds[i]).Text(kindName(journal.Kinds[i]))
					}),
				),
			),
			goapp.Label().Class("field").Body(
				goapp.Span().Class("field-label").Text(tr("journal.filter.from")),
				goapp.Input().Type("date").DataSet("testid", "filter-from").OnChange(p.onDate(false)),
			),
			goapp.Label().Class("field").Body(
				goapp.Span().Class("field-label").Text(tr("journal.filter.to")),
				goapp.Input().Type("date").DataSet("testid", "filter-to").OnChange(p.onDate(true)),
			),
		),
		p.list(p.total),
	)
}

func (p *journalPage) list(total int) goapp.UI {
	loaded, indexed := "0", "0"
	if p.loaded {
		loaded = "1"
	}
	if p.ix != nil {
		indexed = "1"
	}
	list := goapp.Div().Class("entry-list").DataSet("testid", "entry-list").DataSet("loaded", loaded).DataSet("indexed", indexed)
	entries, count := p.first, ""
	switch {
	case !p.loaded:
		return list
	case p.ix != nil && total == 0:
		return list.Body(goapp.Section().Class("card empty").DataSet("testid", "journal-empty").Body(
			goapp.P().Text(tr("journal.empty")),
		))
	case p.ix != nil && p.page.Total == 0:
		return list.Body(goapp.P().Class("empty").Text(tr("journal.no-match")))
	case p.ix != nil:
		entries, count = p.page.Entries, countText(p.page.Total, total)
	}
	// The same three children whether the whole journal is indexed yet or
	// only the first page is shown, so entries are updated, not replaced.
	return list.Body(
		goapp.P().Class("count").Aria("live", "polite").Text(count),
		p.days(journal.ByDay(entries, time.Local)),
		slot(p.ix != nil && p.page.More(), func() goapp.UI {
			return goapp.Button().Class("button quiet").DataSet("testid", "entry-more").OnClick(p.more).Text(tr("journal.more"))
		}),
	)
}

func (p *journalPage) days(days []journal.Day) goapp.UI {
	return goapp.Div().Body(goapp.Range(days).Slice(func(i int) goapp.UI {
		d := days[i]
		return goapp.Section().Class("day").Body(
			goapp.H2().Class("day-title").Text(local.longDayYear(d.Date)),
			goapp.Ul().Class("entries").Body(
				goapp.Range(d.Entries).Slice(func(j int) goapp.UI { return entryItem(d.Entries[j]) }),
			),
		)
	}))
}

func entryItem(e journal.Entry) goapp.UI {
	text := e.Text()
	if r := []rune(text); len(r) > 160 {
		text = string(r[:160]) + "…"
	}
	if text == "" {
		text = tr("journal.no-words")
	}
	return goapp.Li().Class("entry-item").DataSet("testid", "entry-item").DataSet("id", e.ID).Body(
		goapp.A().Href("/journal/"+e.ID).Body(
			goapp.Span().Class("entry-meta").Text(local.clock(e.OccurredAt.Local())+" · "+kindName(e.Kind)),
			goapp.Span().Class("entry-text").Dir("auto").Text(text),
			goapp.If(len(e.Emotions) > 0, func() goapp.UI {
				return goapp.Span().Class("entry-feelings").Dir("auto").Text(strings.Join(e.Emotions, ", "))
			}),
		),
	)
}

// draftItem links back to unsaved writing; only entry drafts are listed.
func draftItem(d draft.Draft) goapp.UI {
	id, ok := strings.CutPrefix(d.ID, "entry:")
	if !ok {
		return nil
	}
	text := []rune(d.Fields["text"])
	if len(text) > 80 {
		text = append(text[:80], '…')
	}
	return goapp.Li().Class("entry-item").DataSet("testid", "draft-item").Body(
		goapp.A().Href("/journal/"+id+"?new=1").Body(
			goapp.Span().Class("entry-meta").Text(tr("journal.draft")),
			goapp.Span().Class("entry-text").Dir("auto").Text(string(text)),
		),
	)
}

func countText(shown, total int) string {
	if shown == total {
		return trn("journal.count", total)
	}
	return trn("journal.count.filtered", shown, "total", strconv.Itoa(total))
}

// kindName is how a kind of entry is named to the user.
func kindName(kind string) string {
	switch kind {
	case journal.KindNote:
		return tr("journal.kind.note")
	case journal.KindCheckin:
		return tr("journal.kind.checkin")
	case journal.KindExercise:
		return tr("journal.kind.exercise")
	case journal.KindWin:
		return tr("journal.kind.win")
	}
	return kind
}
