package app

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/draft"
	"github.com/kindly/kindly/internal/exercise"
	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/nudge"
	"github.com/kindly/kindly/internal/store"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// draftDelay is how long after the last keystroke a draft is saved.
const draftDelay = 600 * time.Millisecond

// localMinute is the format of <input type="datetime-local">.
const localMinute = "2006-01-02T15:04"

// entry shows and edits one journal entry. What is typed is saved as a
// draft within a second; a failed save keeps the text on screen.
type entry struct {
	goapp.Compo

	id       string
	isNew    bool
	loaded   bool
	missing  bool
	e        journal.Entry
	text     string
	when     string // datetime-local value
	offer    *draft.Draft
	saving   bool
	err      error
	draftGen int // invalidates pending draft saves when a newer change arrives
	nudge    nudger
	shareMsg string        // the key of what sharing did
	ctx      goapp.Context // the component's own: event contexts die with their element
}

func (p *entry) draftID() string { return "entry:" + p.id }

func (p *entry) OnMount(ctx goapp.Context) { reloadOnUnlock(ctx, p.OnNav) }

func (p *entry) OnNav(ctx goapp.Context) {
	p.ctx = ctx
	u := ctx.Page().URL()
	p.id = strings.TrimPrefix(u.Path, "/journal/")
	p.isNew = u.Query().Get("new") == "1"
	p.nudge.load()
	ctx.Async(func() {
		s, err := db.open()
		if err != nil {
			return
		}
		bg := context.Background()
		e, err := journalOf(s).Get(bg, p.id)
		missing := errors.Is(err, store.ErrNotFound)
		if missing {
			e, err = journal.New(journal.KindNote, time.Now()), nil
			e.ID = p.id
		}
		d, hasDraft, derr := draft.Load(bg, s, p.draftID())
		ctx.Dispatch(func(goapp.Context) {
			p.loaded, p.e, p.err = true, e, err
			p.missing = missing && !p.isNew && !hasDraft
			p.text, p.when = e.Text(), e.OccurredAt.Local().Format(localMinute)
			if hasDraft && derr == nil && d.Fields["text"] != p.text {
				if missing {
					p.restore(d) // a new entry: nothing to choose between
				} else {
					p.offer = &d
				}
			}
			browser.SetValue("entry-text", p.text)
			browser.SetValue("entry-when", p.when)
		})
	})
}

func (p *entry) restore(d draft.Draft) {
	p.text = d.Fields["text"]
	if w := d.Fields["when"]; w != "" {
		p.when = w
	}
	p.offer = nil
}

func (p *entry) onRestore(ctx goapp.Context, e goapp.Event) {
	if p.offer != nil {
		p.restore(*p.offer)
		browser.SetValue("entry-text", p.text)
		browser.SetValue("entry-when", p.when)
	}
}

func (p *entry) onDiscard(_ goapp.Context, e goapp.Event) {
	p.offer = nil
	id := p.draftID()
	p.ctx.Async(func() {
		if s, err := db.open(); err == nil {
			draft.Discard(context.Background(), s, id)
		}
	})
}

func (p *entry) onText(ctx goapp.Context, e goapp.Event) {
	p.text = ctx.JSSrc().Get("value").String()
	p.nudge.check(p.text)
	p.scheduleDraft()
}

func (p *entry) onNudgeUse(s string) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		if p.nudge.hint == nil {
			return
		}
		p.text = nudge.Apply(p.text, *p.nudge.hint, s)
		browser.SetValue("entry-text", p.text)
		p.nudge.check(p.text)
		p.scheduleDraft()
	}
}

func (p *entry) onNudgeDismiss(goapp.Context, goapp.Event) { p.nudge.dismiss() }

func (p *entry) onWhen(ctx goapp.Context, e goapp.Event) {
	p.when = ctx.JSSrc().Get("value").String()
	p.scheduleDraft()
}

// scheduleDraft saves a draft draftDelay after the last change.
func (p *entry) scheduleDraft() {
	p.draftGen++
	gen := p.draftGen
	p.ctx.After(draftDelay, func(ctx goapp.Context) {
		if gen != p.draftGen {
			return
		}
		d := draft.Draft{ID: p.draftID(), Fields: map[string]string{"text": p.text, "when": p.when}, Updated: time.Now()}
		ctx.Async(func() {
			s, err := db.open()
			if err == nil {
				err = draft.Save(context.Background(), s, d)
			}
			if err != nil {
				ctx.Dispatch(func(goapp.Context) { p.err = err })
			}
		})
	})
}

// editable reports whether the text box edits the entry: exercises and
// entries with several answers show them under their prompts instead.
func (p *entry) editable() bool { return p.e.Kind != journal.KindExercise && len(p.e.Answers) <= 1 }

func (p *entry) onSave(_ goapp.Context, e goapp.Event) {
	ctx := p.ctx
	if p.saving {
		return
	}
	ent := p.e
	if p.editable() {
		prompt := ""
		if len(p.e.Answers) == 1 {
			prompt = p.e.Answers[0].Prompt
		}
		ent.Answers = []journal.Answer{{Prompt: prompt, Text: p.text}}
	}
	// Only a changed time is read back: the field holds minutes, and an
	// unchanged 01:30 on the night clocks go back could be either one.
	if p.when != p.e.OccurredAt.Local().Format(localMinute) {
		if t, err := time.ParseInLocation(localMinute, p.when, time.Local); err == nil {
			ent.OccurredAt = t
		}
	}
	p.saving, p.err = true, nil
	p.draftGen++ // a draft save still pending would bring the draft back
	id := p.draftID()
	ctx.Async(func() {
		s, err := db.open()
		if err == nil {
			_, err = journalOf(s).Save(context.Background(), ent, id)
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			p.saving, p.err = false, err
			if err == nil {
				changed()
				ctx.Navigate("/journal")
			}
		})
	})
}

// onTick ticks or unticks one small step and saves the entry at once.
func (p *entry) onTick(i, j int) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		ctx := p.ctx
		items, ok := exercise.Checklist(p.e.Answers[i].Text)
		if !ok || j >= len(items) {
			return
		}
		items[j].Done = !items[j].Done
		e := p.e
		e.Answers = slices.Clone(e.Answers)
		e.Answers[i].Text = exercise.FormatChecklist(items)
		p.e = e
		ctx.Async(func() {
			s, err := db.open()
			var saved journal.Entry
			if err == nil {
				saved, err = journalOf(s).Save(context.Background(), e, "")
			}
			ctx.Dispatch(func(goapp.Context) {
				if p.err = err; err == nil {
					p.e = saved
					changed()
				}
			})
		})
	}
}

// onShare hands the saved entry's text to the share sheet, or copies it:
// only ever on the user's tap.
func (p *entry) onShare(goapp.Context, goapp.Event) {
	ctx, title, text := p.ctx, tr("entry.share.title"), p.e.Plain()
	ctx.Async(func() {
		shared, err := browser.ShareText(title, text)
		ctx.Dispatch(func(goapp.Context) {
			p.shareMsg, p.err = "", nil
			switch {
			case err != nil:
				p.shareMsg = "entry.share.unavailable"
			case !shared:
				p.shareMsg = "entry.share.copied"
			}
		})
	})
}

func (p *entry) onDelete(_ goapp.Context, e goapp.Event) {
	id, ctx := p.id, p.ctx
	ctx.Async(func() {
		s, err := db.open()
		if err == nil {
			_, err = journalOf(s).Delete(context.Background(), id)
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			if p.err = err; err == nil {
				changed()
				ctx.Navigate("/journal?deleted=" + id)
			}
		})
	})
}
