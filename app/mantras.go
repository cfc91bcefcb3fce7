package app

import (
	"context"
	"slices"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/mantra"
	"github.com/kindly/kindly/internal/store"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mantras shows the built-in mantras by need, the user's favourites and
// own mantras (add, edit, delete), and one mantra at a time, large.
type mantras struct {
	goapp.Compo

	saved    []mantra.Saved // live records
	adding   bool
	text     string // the new mantra being written
	editing  string // id of the own mantra being edited
	editText string
	showing  int // index in the rotation shown one at a time; -1 for the list
	err      error
	unsub    func()
	ctx      goapp.Context
}

func (p *mantras) book(s store.Store) mantra.Book {
	return mantra.Book{Store: s, Now: time.Now, Clock: db.clock()}
}

func (p *mantras) OnNav(ctx goapp.Context) {
	p.ctx, p.showing = ctx, -1
	if ctx.Page().URL().Query().Get("now") == "1" {
		p.showing = 0
	}
	p.load()
}

func (p *mantras) OnMount(ctx goapp.Context) {
	reloadOnUnlock(ctx, p.OnNav)
	p.unsub = onOtherTab(func() { ctx.Dispatch(func(goapp.Context) { p.load() }) })
}

func (p *mantras) OnDismount() {
	if p.unsub != nil {
		p.unsub()
	}
}

func (p *mantras) load() {
	ctx := p.ctx
	ctx.Async(func() {
		s, err := db.open()
		var saved []mantra.Saved
		if err == nil {
			saved, err = p.book(s).List(context.Background())
		}
		ctx.Dispatch(func(goapp.Context) { p.saved, p.err = saved, err })
	})
}

// change runs one change to the user's mantras, then reloads them and
// tells other tabs; what was typed stays on screen if it fails.
func (p *mantras) change(f func(b mantra.Book) error, done func()) {
	ctx := p.ctx
	ctx.Async(func() {
		s, err := db.open()
		if err == nil {
			err = f(p.book(s))
		}
		ctx.Dispatch(func(goapp.Context) {
			if p.err = err; err == nil {
				done()
				changed()
				p.load()
			}
		})
	})
}

func (p *mantras) onAdd(goapp.Context, goapp.Event) {
	p.adding = true
	p.ctx.Defer(func(goapp.Context) { browser.Focus("mantra-text") })
}

func (p *mantras) onText(ctx goapp.Context, e goapp.Event) {
	p.text = ctx.JSSrc().Get("value").String()
}

func (p *mantras) onSave(goapp.Context, goapp.Event) {
	text := p.text
	p.change(func(b mantra.Book) error {
		_, err := b.Add(context.Background(), text, "")
		return err
	}, func() {
		p.adding, p.text = false, ""
		browser.SetValue("mantra-text", "")
	})
}

func (p *mantras) onEdit(m mantra.Saved) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		p.editing, p.editText = m.ID, m.Text
		p.ctx.Defer(func(goapp.Context) {
			browser.SetValue("mantra-edit-text", m.Text)
			browser.Focus("mantra-edit-text")
		})
	}
}

func (p *mantras) onEditText(ctx goapp.Context, e goapp.Event) {
	p.editText = ctx.JSSrc().Get("value").String()
}

func (p *mantras) onEditSave(goapp.Context, goapp.Event) {
	id, text := p.editing, p.editText
	p.change(func(b mantra.Book) error {
		_, err := b.Edit(context.Background(), id, text)
		return err
	}, func() { p.editing = "" })
}

func (p *mantras) onEditCancel(goapp.Context, goapp.Event) { p.editing = "" }

func (p *mantras) onDelete(id string) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		p.change(func(b mantra.Book) error { return b.Delete(context.Background(), id) }, func() {})
	}
}

func (p *mantras) onFavourite(id string, on bool) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		p.change(func(b mantra.Book) error {
			_, err := b.Favourite(context.Background(), id, on)
			return err
		}, func() {})
	}
}

func (p *mantras) onShow(i int) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		p.showing = i
		p.ctx.Defer(func(goapp.Context) { browser.Focus("mantra-screen-text") })
	}
}

func (p *mantras) favourite(id string) bool {
	return slices.ContainsFunc(p.saved, func(s mantra.Saved) bool { return s.ID == id && s.Favourite })
}

// mantraWords is what a mantra says in the interface language: a
// built-in's words from the catalog, the user's own as they wrote them.
func mantraWords(id, text string) string {
	if k := mantra.Key(id); k != "" {
		return tr(k)
	}
	return text
}
