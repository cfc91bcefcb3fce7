package app

import (
	"strconv"
	"time"

	"github.com/kindly/kindly/internal/insight"
	"github.com/kindly/kindly/internal/journal"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// insights shows the journal kindly: days shown up, mood over time, a
// month calendar, the feelings named most, wins and exercises by week, and
// how often check-ins lean on all-or-nothing words. It counts what
// happened and never what did not.
type insights struct {
	goapp.Compo

	span     insight.Span
	loaded   bool
	now      time.Time
	entries  []journal.Entry // shared: read, never modified
	from, to time.Time
	points   []insight.Point
	weeks    []insight.WeekSummary
	emotions []insight.Count
	calendar []insight.CalendarDay
	last7    int
	last30   int
	ctx      goapp.Context
}

var spanLabels = map[insight.Span]string{
	insight.Week: "Last 7 days", insight.Month: "Last 30 days", insight.Year: "Last year", insight.All: "Everything",
}

func (p *insights) OnMount(ctx goapp.Context) { reloadOnUnlock(ctx, p.OnNav) }

func (p *insights) OnNav(ctx goapp.Context) {
	p.ctx = ctx
	if p.span == "" {
		p.span = insight.Month
	}
	ctx.Async(func() {
		s, err := db.open()
		if err != nil {
			return
		}
		l, err := loaded.get(s)
		if err != nil {
			return
		}
		ctx.Dispatch(func(goapp.Context) {
			p.entries, p.now, p.loaded = l.Entries, time.Now(), true
			p.compute()
		})
	})
}

// compute works out everything the page shows for the chosen span.
func (p *insights) compute() {
	loc := time.Local
	p.from, p.to = insight.Range(p.span, p.now, loc, p.entries)
	p.points = insight.Mood(p.entries, p.from, p.to, loc, local.firstDay)
	p.weeks = insight.Weeks(p.entries, p.from, p.to, loc, local.firstDay)
	p.emotions = insight.Emotions(p.entries, p.from, p.to, 8)
	p.calendar = insight.Calendar(p.entries, p.now, loc)
	p.last7, p.last30 = insight.ShowedUp(p.entries, p.now, loc)
}

func (p *insights) onSpan(v string) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		p.span = insight.Span(v)
		if p.loaded {
			p.compute()
		}
	}
}

// totals adds up the weeks shown.
func (p *insights) totals() (wins, exercises, checkins, absolutist int) {
	for _, w := range p.weeks {
		wins += w.Wins
		exercises += w.Exercises
		checkins += w.Checkins
		absolutist += w.Absolutist
	}
	return
}

func times(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func (p *insights) Render() goapp.UI {
	var spans []option
	for _, s := range insight.Spans {
		spans = append(spans, option{spanLabels[s], string(s)})
	}
	wins, exercises, checkins, absolutist := p.totals()
	return newShell("insights", "Insights",
		goapp.P().Class("lead").Text("A kind look at how things have been. Nothing here grades you, and a quiet day takes nothing away."),
		goapp.Div().Class("no-print segmented").Body(
			radios("span", "insight-range", "Show", spans, string(p.span), p.onSpan),
		),
		goapp.Div().DataSet("testid", "insights").DataSet("ready", p.loaded).Body(
			goapp.Section().Class("card").DataSet("testid", "insight-summary").Aria("labelledby", "ins-summary").Body(
				goapp.H2().ID("ins-summary").Text("Showing up"),
				goapp.If(p.last30 == 0, func() goapp.UI {
					return goapp.P().Text("Whenever you come back, Kindly is here. One line on Today is enough to begin.")
				}).Else(func() goapp.UI {
					return goapp.P().DataSet("testid", "showed-up").Text("You showed up on " + strconv.Itoa(p.last7) + " of the last 7 days, and on " + strconv.Itoa(p.last30) + " of the last 30.")
				}),
				goapp.P().DataSet("testid", "insight-totals").Text("In this time you noted "+times(wins, "tiny win", "tiny wins")+" and finished "+times(exercises, "exercise", "exercises")+"."),
			),
			p.moodSection(),
			p.calendarSection(),
			p.emotionSection(),
			goapp.Section().Class("card").Aria("labelledby", "ins-words").Body(
				goapp.H2().ID("ins-words").Text("Gentler words"),
				goapp.If(checkins == 0, func() goapp.UI {
					return goapp.P().Text("Once you've done a few check-ins, you'll see here how often their words were all-or-nothing, and how that changes.")
				}).Else(func() goapp.UI {
					return goapp.P().DataSet("testid", "insight-words").Text(strconv.Itoa(absolutist) + " of " + times(checkins, "check-in", "check-ins") + " in this time used all-or-nothing words. Noticing them is how they soften.")
				}),
			),
			p.weeksSection(),
		),
	)
}

func (p *insights) moodSection() goapp.UI {
	label := spanLabels[p.span]
	return goapp.Section().Class("card").Aria("labelledby", "ins-mood").Body(
		goapp.H2().ID("ins-mood").Text("How things felt"),
		goapp.If(len(p.points) == 0, func() goapp.UI {
			return goapp.P().Text("No moods yet in this time. The check-in on Today takes about thirty seconds, and this chart grows from it.")
		}).Else(func() goapp.UI {
			lo, hi := p.points[0], p.points[0]
			for _, pt := range p.points {
				if pt.Pleasantness < lo.Pleasantness {
					lo = pt
				}
				if pt.Pleasantness > hi.Pleasantness {
					hi = pt
				}
			}
			desc := "Average pleasantness and energy, from −2 to +2, " + strconv.Itoa(len(p.points)) + " points. Most pleasant: " +
				local.dayMonth(hi.Start) + " (" + num(hi.Pleasantness) + "); least: " + local.dayMonth(lo.Start) + " (" + num(lo.Pleasantness) + ")."
			return goapp.Div().Body(
				moodChart(p.points, p.from, p.to, "Mood, "+label, desc),
				goapp.P().Class("legend-row").Body(
					goapp.Span().Class("key key-pleasant").Text("Pleasantness"),
					goapp.Span().Class("key key-energy").Text("Energy"),
				),
				goapp.Elem("details").Body(
					goapp.Elem("summary").Text("Show the numbers as a table"),
					goapp.Elem("table").Class("numbers").DataSet("testid", "mood-table").Body(
						goapp.Elem("caption").Text("Average mood, "+label),
						goapp.Elem("thead").Body(goapp.Elem("tr").Body(
							goapp.Elem("th").Attr("scope", "col").Text("From"),
							goapp.Elem("th").Attr("scope", "col").Text("Pleasantness"),
							goapp.Elem("th").Attr("scope", "col").Text("Energy"),
							goapp.Elem("th").Attr("scope", "col").Text("Moods"),
						)),
						goapp.Elem("tbody").Body(goapp.Range(p.points).Slice(func(i int) goapp.UI {
							pt := p.points[i]
							return goapp.Elem("tr").Body(
								goapp.Elem("th").Attr("scope", "row").Text(local.shortDay(pt.Start)),
								goapp.Elem("td").Text(num(pt.Pleasantness)),
								goapp.Elem("td").Text(num(pt.Energy)),
								goapp.Elem("td").Text(strconv.Itoa(pt.N)),
							)
						})),
					),
				),
			)
		}),
	)
}

// heat is the shade of a calendar day: none, one, two, three or more.
func heat(n int) string { return "heat-" + strconv.Itoa(min(n, 3)) }

func (p *insights) calendarSection() goapp.UI {
	if len(p.calendar) == 0 {
		return goapp.Section().Class("card").Body(goapp.H2().Text("This month"))
	}
	first := p.calendar[0].Date
	lead := (int(first.Weekday()) - int(local.firstDay) + 7) % 7 // empty cells before the 1st
	cells := make([]goapp.UI, 0, 42)
	for range lead {
		cells = append(cells, goapp.Elem("td").Class("pad"))
	}
	for _, d := range p.calendar {
		entries := times(d.N, "entry", "entries")
		if d.N == 0 {
			entries = "no entries"
		}
		cells = append(cells, goapp.Elem("td").Class(heat(d.N)).Body(
			goapp.Span().Aria("hidden", "true").Text(strconv.Itoa(d.Date.Day())),
			goapp.Span().Class("visually-hidden").Text(local.longDay(d.Date)+": "+entries),
		))
	}
	var rows []goapp.UI
	for i := 0; i < len(cells); i += 7 {
		rows = append(rows, goapp.Elem("tr").Body(cells[i:min(i+7, len(cells))]...))
	}
	var head []goapp.UI
	for i := range 7 {
		d := time.Weekday((int(local.firstDay) + i) % 7).String()
		head = append(head, goapp.Elem("th").Attr("scope", "col").Attr("abbr", d).Text(d[:1]))
	}
	return goapp.Section().Class("card").Aria("labelledby", "ins-calendar").Body(
		goapp.H2().ID("ins-calendar").Text("Days you wrote, this month"),
		goapp.Elem("table").Class("calendar").DataSet("testid", "insight-calendar").Body(
			goapp.Elem("caption").Text(first.Format("January 2006")),
			goapp.Elem("thead").Body(goapp.Elem("tr").Body(head...)),
			goapp.Elem("tbody").Body(rows...),
		),
		goapp.P().Class("hint").Text("Darker days have more entries. Empty days are just days."),
	)
}

func (p *insights) emotionSection() goapp.UI {
	return goapp.Section().Class("card").Aria("labelledby", "ins-feelings").Body(
		goapp.H2().ID("ins-feelings").Text("Feelings you named"),
		goapp.If(len(p.emotions) == 0, func() goapp.UI {
			return goapp.P().Text("Feelings you name in check-ins and in Name the weather gather here.")
		}).Else(func() goapp.UI {
			return goapp.Ul().Class("feelings").DataSet("testid", "insight-emotions").Body(
				goapp.Range(p.emotions).Slice(func(i int) goapp.UI {
					c := p.emotions[i]
					return goapp.Li().Body(goapp.Span().Class("feeling").Dir("auto").Text(c.Word), goapp.Text(" · "+times(c.N, "time", "times")))
				}),
			)
		}),
		goapp.If(len(p.emotions) > 0, func() goapp.UI {
			return goapp.P().Class("hint").Body(
				goapp.Text("Every feeling here makes sense. Naming them is a skill, and "),
				goapp.A().Href("/exercises/name-the-weather").Text("Name the weather"),
				goapp.Text(" practises it."),
			)
		}),
	)
}

func (p *insights) weeksSection() goapp.UI {
	weeks := p.weeks[max(0, len(p.weeks)-8):]
	return goapp.Section().Class("card").Aria("labelledby", "ins-weeks").Body(
		goapp.H2().ID("ins-weeks").Text("Week by week"),
		goapp.Ul().Class("wins").DataSet("testid", "insight-weeks").Body(
			goapp.Range(weeks).Slice(func(i int) goapp.UI {
				w := weeks[len(weeks)-1-i] // newest first
				text := "a quiet week"
				if w.Days > 0 {
					text = times(w.Days, "day", "days") + " with an entry · " + times(w.Wins, "tiny win", "tiny wins") + " · " + times(w.Exercises, "exercise", "exercises")
				}
				if w.Checkins > 0 {
					text += " · all-or-nothing words in " + strconv.Itoa(w.Absolutist) + " of " + times(w.Checkins, "check-in", "check-ins")
				}
				return goapp.Li().Body(
					goapp.Span().Class("entry-meta").Text("Week of "+local.dayMonth(w.Start)+": "),
					goapp.Text(text),
				)
			}),
		),
	)
}
