package app

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/draft"
	"github.com/kindly/kindly/internal/exercise"
	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/mantra"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// vibratePref is the localStorage preference for a gentle buzz at each
// turn of the breath.
const vibratePref = "kindly.vibrate"

// exercisePage runs one exercise step by step, or with ?revisit=ID the
// Later steps of an earlier entry, shown beside it. The session is kept as
// a draft on every change, so closing the tab or pausing loses nothing and
// opening the exercise again picks up where the user was.
type exercisePage struct {
	goapp.Compo

	ex        exercise.Exercise
	found     bool
	loaded    bool
	s         exercise.Session
	orig      *journal.Entry  // the entry looked at again
	gone      bool            // ?revisit named an entry that is not here
	history   []journal.Entry // earlier entries, for the growth story
	resumed   bool
	done      *journal.Entry // the saved entry, once finished
	kept      map[string]bool
	saving    bool
	err       error
	draftGen  int
	nudge     nudger
	breathing bool
	breathRun int
	vibrateOn bool
	ctx       goapp.Context
}

func (p *exercisePage) draftID() string {
	if p.s.Revisit != "" {
		return "revisit:" + p.s.Revisit
	}
	return "exercise:" + p.ex.ID
}

func (p *exercisePage) OnMount(ctx goapp.Context) { reloadOnUnlock(ctx, p.OnNav) }

func (p *exercisePage) OnNav(ctx goapp.Context) {
	u := ctx.Page().URL()
	ex, found := exercise.Find(strings.TrimPrefix(u.Path, "/exercises/"))
	revisit := u.Query().Get("revisit")
	*p = exercisePage{Compo: p.Compo, ctx: ctx, ex: ex, found: found, kept: map[string]bool{}}
	p.nudge.load()
	p.vibrateOn = flagOn(vibratePref)
	if !found {
		return
	}
	now := time.Now()
	p.s = exercise.Start(ex, now)
	if revisit != "" {
		p.s = exercise.StartLater(ex, revisit, now)
	}
	id := p.draftID()
	ctx.Async(func() {
		s, err := db.open()
		if err != nil {
			ctx.Dispatch(func(goapp.Context) { p.loaded = true })
			return
		}
		bg := context.Background()
		var orig *journal.Entry
		if revisit != "" {
			if e, err := journalOf(s).Get(bg, revisit); err == nil && e.Exercise == ex.ID && !e.Deleted() {
				orig = &e
			}
		}
		sess, resumed := p.s, false
		if d, ok, _ := draft.Load(bg, s, id); ok {
			if saved, sex, err := exercise.Parse([]byte(d.Fields["session"])); err == nil && sex.ID == ex.ID &&
				saved.Revisit == revisit && saved.Status != exercise.Finished {
				sess, resumed = saved, true
				if saved.Status == exercise.Paused {
					sess, _ = saved.Do(ex, exercise.Resume, time.Now())
				}
			}
		}
		var history []journal.Entry
		if hasRole(ex, exercise.Story) {
			l, _ := loaded.get(s)
			history = l.Entries
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			p.loaded, p.orig, p.gone, p.history = true, orig, revisit != "" && orig == nil, history
			p.s, p.resumed = sess, resumed
			p.enterStep(ctx)
		})
	})
}

func (p *exercisePage) OnDismount() {
	if p.breathing {
		browser.Vibrate(nil)
	}
}

func hasRole(ex exercise.Exercise, r exercise.Role) bool {
	for _, st := range ex.Steps {
		if st.Role == r {
			return true
		}
	}
	return false
}

// current is the step on screen and what the user has given it.
func (p *exercisePage) current() (exercise.Step, exercise.Answer) {
	st := p.s.Current(p.ex)
	return st, p.s.Answers[st.ID]
}

// enterStep prepares the step now on screen: a growth story starts from a
// draft of the user's own words, inputs show this step's answer (go-app
// keeps an element's typed value when the same element is reused), and
// focus moves to where the user will act.
func (p *exercisePage) enterStep(ctx goapp.Context) {
	st, a := p.current()
	if st.Role == exercise.Story && a.Empty() {
		a.Text = p.s.Compose(msg, p.history)
		p.set(a)
	}
	p.nudge.hint = nil
	if st.Input == exercise.Text {
		p.nudge.check(a.Text)
	}
	ctx.Defer(func(goapp.Context) {
		browser.SetValue(fieldID(st, ""), a.Text)
		browser.SetValue(fieldID(st, "own"), a.Text)
		for i := range exercise.MaxSmallSteps {
			v := ""
			if i < len(a.Items) {
				v = a.Items[i]
			}
			browser.SetValue(fieldID(st, itemSuffix(i)), v)
		}
		if st.Input == exercise.Text {
			browser.Focus(fieldID(st, ""))
		} else {
			browser.Focus("step-prompt")
		}
	})
}

// fieldID is the DOM id of a step's field (suffix "" for its main one).
// Typed fields never bind their value in Render: go-app writes a changed
// value back on every render, which drops keys typed while a render is
// pending. enterStep sets their values once, with browser.SetValue.
func fieldID(st exercise.Step, suffix string) string {
	if suffix == "" {
		return "step-" + st.ID
	}
	return "step-" + st.ID + "-" + suffix
}

func itemSuffix(i int) string { return "item-" + strconv.Itoa(i) }

// set records an answer for the current step and saves the session soon.
func (p *exercisePage) set(a exercise.Answer) {
	n, err := p.s.Set(p.ex, p.s.Current(p.ex).ID, a, time.Now())
	if err != nil {
		p.err = err
		return
	}
	p.s = n
	p.scheduleDraft(draftDelay)
}

// scheduleDraft saves the session after delay, unless a newer change comes.
func (p *exercisePage) scheduleDraft(delay time.Duration) {
	p.draftGen++
	gen := p.draftGen
	p.ctx.After(delay, func(ctx goapp.Context) {
		if gen != p.draftGen || p.done != nil {
			return
		}
		p.saveDraft(ctx, nil)
	})
}

// saveDraft stores the session now, then calls then (if any) on success.
func (p *exercisePage) saveDraft(ctx goapp.Context, then func(goapp.Context)) {
	data, err := p.s.JSON()
	if err != nil {
		p.err = err
		return
	}
	d := draft.Draft{ID: p.draftID(), Fields: map[string]string{"session": string(data)}, Updated: time.Now()}
	ctx.Async(func() {
		s, err := db.open()
		if err == nil {
			err = draft.Save(context.Background(), s, d)
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			if p.err = err; err == nil && then != nil {
				then(ctx)
			}
		})
	})
}

// move applies a navigation event and keeps the session.
func (p *exercisePage) move(ev exercise.Event) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		ctx := p.ctx
		n, err := p.s.Do(p.ex, ev, time.Now())
		if err != nil {
			return
		}
		p.s, p.resumed = n, false
		p.stopBreathing()
		p.draftGen++
		if ev == exercise.Pause {
			p.saveDraft(ctx, func(ctx goapp.Context) { ctx.Navigate("/exercises") })
			return
		}
		p.saveDraft(ctx, nil)
		p.enterStep(ctx)
	}
}

// onRestart drops the saved answers and begins again.
func (p *exercisePage) onRestart(goapp.Context, goapp.Event) {
	now := time.Now()
	if p.s.Revisit != "" {
		p.s = exercise.StartLater(p.ex, p.s.Revisit, now)
	} else {
		p.s = exercise.Start(p.ex, now)
	}
	p.resumed = false
	p.saveDraft(p.ctx, nil)
	p.enterStep(p.ctx)
}

// onFinish saves the journal entry and drops the draft in one transaction.
// If saving fails the session stays open with every answer on screen.
func (p *exercisePage) onFinish(goapp.Context, goapp.Event) {
	ctx := p.ctx
	if p.saving {
		return
	}
	now := time.Now()
	n, err := p.s.Do(p.ex, exercise.Finish, now)
	if err != nil {
		p.err = err
		return
	}
	e := n.Entry(msg, p.ex, now)
	if p.orig != nil {
		e = n.Revisited(msg, *p.orig, p.ex)
	}
	p.saving, p.err = true, nil
	p.draftGen++
	p.stopBreathing()
	id := p.draftID()
	ctx.Async(func() {
		s, err := db.open()
		var saved journal.Entry
		if err == nil {
			saved, err = journalOf(s).Save(context.Background(), e, id)
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			p.saving, p.err = false, err
			if err != nil {
				return
			}
			p.s, p.done = n, &saved
			changed()
			ctx.Defer(func(goapp.Context) { browser.Focus("page-heading") })
		})
	})
}

// onKeep keeps an answer as one of the user's mantras.
func (p *exercisePage) onKeep(text string) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		ctx, from := p.ctx, p.ex.ID
		ctx.Async(func() {
			s, err := db.open()
			if err == nil {
				_, err = mantra.Book{Store: s, Now: time.Now, Clock: db.clock()}.Add(context.Background(), text, from)
			}
			ctx.Dispatch(func(goapp.Context) {
				if p.err = err; err == nil {
					p.kept[text] = true
					changed()
				}
			})
		})
	}
}

// breathPattern buzzes briefly at each turn of six ten-second breaths.
var breathPattern = func() []int {
	var p []int
	for range 6 {
		p = append(p, 80, 3920, 80, 5920)
	}
	return p
}()

func (p *exercisePage) onBreathe(goapp.Context, goapp.Event) {
	p.breathing = true
	p.breathRun++
	run := p.breathRun
	if p.vibrateOn {
		browser.Vibrate(breathPattern)
	}
	p.ctx.After(time.Minute, func(goapp.Context) {
		if p.breathRun == run && p.breathing {
			p.breathing = false
			p.set(exercise.Answer{Text: "done"})
		}
	})
}

func (p *exercisePage) stopBreathing() {
	if p.breathing {
		browser.Vibrate(nil)
	}
	p.breathing = false
	p.breathRun++
}

func (p *exercisePage) onStopBreathing(goapp.Context, goapp.Event) { p.stopBreathing() }

func (p *exercisePage) onVibrate(ctx goapp.Context, e goapp.Event) {
	p.vibrateOn = ctx.JSSrc().Get("checked").Bool()
	setFlag(vibratePref, p.vibrateOn)
}
