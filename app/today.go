package app

import (
	"context"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/kindly/kindly/internal/exercise"
	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/mantra"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// today is the home page and the calm path: from it, breathing and a kind
// word are one tap away, and ?calm=… opens them directly (the sos button
// and the manifest shortcut link there). Below them: notes due to be looked
// at again, the daily check-in (?checkin=1 brings focus to it) and tiny
// wins.
type today struct {
	goapp.Compo

	calm    string // "", "1" (choose), "breathe" or "mantra"
	pick    int    // which built-in mantra to show
	checkin bool
	week    time.Time       // Monday of this week, when loaded
	done    *journal.Entry  // today's latest check-in
	remind  bool            // the reminder time has passed
	wins    []journal.Entry // every live win, newest first
	due     []journal.Entry // notes asking to be looked at again
	unsub   func()
	left    atomic.Bool // the user moved on: skip the long read
	ctx     goapp.Context
}

func (p *today) OnNav(ctx goapp.Context) {
	q := ctx.Page().URL().Query()
	p.ctx = ctx
	p.calm = q.Get("calm")
	p.checkin = q.Get("checkin") == "1"
	if n, err := strconv.Atoi(q.Get("n")); err == nil {
		p.pick = n
	} else {
		y, m, d := time.Now().Date() // a new mantra each local day, not at UTC midnight
		p.pick = int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	if p.calm == "" {
		p.load()
	}
}

func (p *today) OnMount(ctx goapp.Context) {
	reloadOnUnlock(ctx, p.OnNav)
	ctx.Handle(journalChanged, func(goapp.Context, goapp.Action) { p.load() })
	p.unsub = onOtherTab(func() { ctx.Dispatch(func(goapp.Context) { p.load() }) })
}

func (p *today) OnDismount() {
	p.left.Store(true)
	if p.unsub != nil {
		p.unsub()
	}
}

// recent is how many of the newest entries Today reads at once: enough for
// today's check-in and this week's wins in all but the busiest journals.
const recent = 200

// load shows today's check-in and recent wins from the newest entries
// straight away, then, unless the user has moved on, reads the whole
// journal for notes due again and older wins. The pause keeps that long
// read from holding up a page the user taps to right after opening Kindly.
func (p *today) load() {
	ctx := p.ctx
	ctx.Async(func() {
		s, err := db.open()
		if err != nil {
			return
		}
		l, full := loaded.fresh()
		if !full {
			if l.Entries, err = journalOf(s).Newest(context.Background(), recent); err != nil {
				return
			}
			ctx.Dispatch(func(goapp.Context) { p.show(l.Entries, false) })
			time.Sleep(2 * time.Second)
			if p.left.Load() {
				return
			}
			if l, err = loaded.get(s); err != nil {
				return
			}
		}
		ctx.Dispatch(func(goapp.Context) { p.show(l.Entries, true) })
	})
}

// show picks what Today shows from entries (all of them, if full).
func (p *today) show(entries []journal.Entry, full bool) {
	now := time.Now()
	y, m, d := now.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, now.Location())
	p.done = nil
	if c := journal.Between(entries, journal.KindCheckin, day, day.AddDate(0, 0, 1)); len(c) > 0 {
		p.done = &c[0]
	}
	p.week = journal.WeekStartOn(now, local.firstDay)
	p.remind = reminderDue(now)
	p.wins = journal.Between(entries, journal.KindWin, time.Time{}, now.AddDate(1, 0, 0))
	if full {
		p.due = journal.Due(entries, now)
	}
}

func (p *today) Render() goapp.UI {
	switch p.calm {
	case "breathe":
		return newShell("today", tr("today.breathe.heading"), breathing())
	case "mantra":
		m := mantra.Pick(p.pick)
		return newShell("today", tr("today.mantra.heading"),
			goapp.Blockquote().Class("mantra-large").DataSet("testid", "calm-mantra-text").Text(mantraWords(m.ID, m.Text)),
			goapp.Div().Class("actions").Body(
				goapp.A().Class("button").Href("/?calm=mantra&n="+strconv.Itoa(p.pick+1)).Text(tr("today.mantra.another")),
				goapp.A().Class("button quiet").Href("/?calm=breathe").Text(tr("today.mantra.breathe")),
				goapp.A().Class("button quiet").Href("/").Text(tr("today.calm.done")),
			),
		)
	case "":
	default:
		return newShell("today", tr("today.calm.heading"),
			goapp.P().Class("lead").Text(tr("today.calm.lead")),
			calmChoices(),
		)
	}
	return newShell("today", tr("today.heading"),
		&onboarding{},
		goapp.P().Class("lead").Text(tr("today.lead")),
		calmChoices(),
		slot(len(p.due) > 0, p.revisits),
		&checkin{Done: p.done, Focus: p.checkin, Due: p.remind},
		&wins{All: p.wins, Week: p.week},
		goapp.Section().Class("card").Aria("labelledby", "today-exercises").Body(
			goapp.H2().ID("today-exercises").Text(tr("today.exercises.heading")),
			goapp.P().Text(tr("today.exercises.text")),
			goapp.A().Class("button quiet").Href("/exercises").Text(tr("today.exercises.link")),
		),
	)
}

// revisits lists the notes the user asked to see again, now due.
func (p *today) revisits() goapp.UI {
	return goapp.Section().Class("card revisit").DataSet("testid", "revisits").Aria("labelledby", "revisit-heading").Body(
		goapp.H2().ID("revisit-heading").Text(tr("today.revisit.heading")),
		goapp.Ul().Class("mantra-list").Body(
			goapp.Range(p.due).Slice(func(i int) goapp.UI {
				e := p.due[i]
				title, href, excerpt := tr("today.revisit.notes"), "/journal/"+e.ID, ""
				if ex, ok := exercise.Find(e.Exercise); ok && len(ex.Later) > 0 {
					title, href = tr(ex.LaterTitle), "/exercises/"+e.Exercise+"?revisit="+e.ID
				}
				if len(e.Answers) > 0 {
					excerpt = e.Answers[0].Text
					if r := []rune(excerpt); len(r) > 120 {
						excerpt = string(r[:120]) + "…"
					}
				}
				return goapp.Li().Class("mantra").Body(
					goapp.A().Href(href).DataSet("testid", "revisit-open").Text(title),
					goapp.P().Class("entry-meta").Text(tr("today.revisit.written", "date", local.longDay(e.OccurredAt.Local()))),
					goapp.P().Class("entry-text").Dir("auto").Text(excerpt),
				)
			}),
		),
	)
}

// calmChoices are the two large doors of the calm path.
func calmChoices() goapp.UI {
	return goapp.Div().Class("calm-choices").Body(
		goapp.A().Class("calm-choice").Href("/?calm=breathe").DataSet("testid", "breathe").Body(
			goapp.Span().Class("calm-choice-title").Text(tr("today.choice.breathe")),
			goapp.Span().Class("calm-choice-hint").Text(tr("today.choice.breathe-hint")),
		),
		goapp.A().Class("calm-choice").Href("/?calm=mantra").DataSet("testid", "calm-mantra").Body(
			goapp.Span().Class("calm-choice-title").Text(tr("today.choice.mantra")),
			goapp.Span().Class("calm-choice-hint").Text(tr("today.choice.mantra-hint")),
		),
	)
}

// breathing is a paced guide drawn by CSS alone: in for four, out for six,
// six times. With reduced motion the circle stays still and the words lead.
func breathing() goapp.UI {
	return goapp.Div().Class("breathe").Body(
		breathCircle(),
		goapp.P().Class("lead").Text(tr("today.breathe.lead")),
		goapp.P().Text(tr("today.breathe.wander")),
		goapp.Div().Class("actions").Body(
			goapp.A().Class("button").Href("/?calm=mantra").Text(tr("today.breathe.to-mantra")),
			goapp.A().Class("button quiet").Href("/").Text(tr("today.calm.done")),
		),
	)
}

// breathCircle is the paced circle; its CSS animation runs six rounds of
// ten seconds from the moment it is drawn.
func breathCircle() goapp.UI {
	return goapp.Div().Class("breathe-circle").Aria("hidden", "true").Body(
		goapp.Span().Class("breathe-word breathe-in").Text(tr("today.breathe.in")),
		goapp.Span().Class("breathe-word breathe-out").Text(tr("today.breathe.out")),
	)
}
