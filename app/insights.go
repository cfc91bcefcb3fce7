package app

import (
	"github.com/kindly/kindly/internal/exercise"
	"strconv"
	"strings"
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

// spanKeys name the time ranges in the catalog.
var spanKeys = map[insight.Span]string{
	insight.Week: "insights.span.week", insight.Month: "insights.span.month", insight.Year: "insights.span.year", insight.All: "insights.span.all",
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
	p.emotions = insight.Emotions(p.entries, p.from, p.to, 8, sameFeeling)
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

func (p *insights) Render() goapp.UI {
	var spans []option
	for _, s := range insight.Spans {
		spans = append(spans, option{tr(spanKeys[s]), string(s)})
	}
	wins, exercises, checkins, absolutist := p.totals()
	return newShell("insights", tr("insights.title"),
		goapp.P().Class("lead").Text(tr("insights.lead")),
		goapp.Div().Class("no-print segmented").Body(
			radios("span", "insight-range", tr("insights.span"), spans, string(p.span), p.onSpan),
		),
		goapp.Div().DataSet("testid", "insights").DataSet("ready", p.loaded).Body(
			goapp.Section().Class("card").DataSet("testid", "insight-summary").Aria("labelledby", "ins-summary").Body(
				goapp.H2().ID("ins-summary").Text(tr("insights.showing-up")),
				goapp.If(p.last30 == 0, func() goapp.UI {
					return goapp.P().Text(tr("insights.showing-up.none"))
				}).Else(func() goapp.UI {
					return goapp.P().DataSet("testid", "showed-up").Text(tr("insights.showed-up", "week", local.count(p.last7), "month", local.count(p.last30)))
				}),
				goapp.P().DataSet("testid", "insight-totals").Text(tr("insights.totals",
					"wins", trn("insights.wins", wins), "exercises", trn("insights.exercises", exercises))),
			),
			p.moodSection(),
			p.calendarSection(),
			p.emotionSection(),
			goapp.Section().Class("card").Aria("labelledby", "ins-words").Body(
				goapp.H2().ID("ins-words").Text(tr("insights.words")),
				goapp.If(checkins == 0, func() goapp.UI {
					return goapp.P().Text(tr("insights.words.none"))
				}).Else(func() goapp.UI {
					return goapp.P().DataSet("testid", "insight-words").Text(trn("insights.words.count", checkins, "absolutist", local.count(absolutist)))
				}),
			),
			p.weeksSection(),
		),
	)
}

func (p *insights) moodSection() goapp.UI {
	span := tr(spanKeys[p.span])
	return goapp.Section().Class("card").Aria("labelledby", "ins-mood").Body(
		goapp.H2().ID("ins-mood").Text(tr("insights.mood")),
		goapp.If(len(p.points) == 0, func() goapp.UI {
			return goapp.P().Text(tr("insights.mood.none"))
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
			desc := trn("insights.mood.summary", len(p.points), "high", local.dayMonth(hi.Start), "highvalue", local.number(hi.Pleasantness, 1),
				"low", local.dayMonth(lo.Start), "lowvalue", local.number(lo.Pleasantness, 1))
			return goapp.Div().Body(
				moodChart(p.points, p.from, p.to, tr("insights.mood.chart", "span", span), desc),
				goapp.P().Class("legend-row").Body(
					goapp.Span().Class("key key-pleasant").Text(tr("insights.pleasantness")),
					goapp.Span().Class("key key-energy").Text(tr("insights.energy")),
				),
				goapp.Elem("details").Body(
					goapp.Elem("summary").Text(tr("insights.mood.show-table")),
					// A region that takes focus, so the keyboard can scroll it too.
					goapp.Div().Class("table-scroll").Attr("role", "region").TabIndex(0).Aria("label", tr("insights.mood.table", "span", span)).Body(
						goapp.Elem("table").Class("numbers").DataSet("testid", "mood-table").Body(
							goapp.Elem("caption").Text(tr("insights.mood.table", "span", span)),
							goapp.Elem("thead").Body(goapp.Elem("tr").Body(
								goapp.Elem("th").Attr("scope", "col").Text(tr("insights.table.from")),
								goapp.Elem("th").Attr("scope", "col").Text(tr("insights.pleasantness")),
								goapp.Elem("th").Attr("scope", "col").Text(tr("insights.energy")),
								goapp.Elem("th").Attr("scope", "col").Text(tr("insights.table.moods")),
							)),
							goapp.Elem("tbody").Body(goapp.Range(p.points).Slice(func(i int) goapp.UI {
								pt := p.points[i]
								return goapp.Elem("tr").Body(
									goapp.Elem("th").Attr("scope", "row").Text(local.shortDay(pt.Start)),
									goapp.Elem("td").Text(local.number(pt.Pleasantness, 1)),
									goapp.Elem("td").Text(local.number(pt.Energy, 1)),
									goapp.Elem("td").Text(local.count(pt.N)),
								)
							})),
						),
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
		return goapp.Section().Class("card").Body(goapp.H2().Text(tr("insights.calendar.empty")))
	}
	first := p.calendar[0].Date
	lead := (int(first.Weekday()) - int(local.firstDay) + 7) % 7 // empty cells before the 1st
	cells := make([]goapp.UI, 0, 42)
	for range lead {
		cells = append(cells, goapp.Elem("td").Class("pad"))
	}
	for _, d := range p.calendar {
		label := trn("insights.calendar.day", d.N, "day", local.longDay(d.Date))
		if d.N == 0 {
			label = tr("insights.calendar.day.none", "day", local.longDay(d.Date))
		}
		cells = append(cells, goapp.Elem("td").Class(heat(d.N)).Body(
			goapp.Span().Aria("hidden", "true").Text(strconv.Itoa(d.Date.Day())),
			goapp.Span().Class("visually-hidden").Text(label),
		))
	}
	var rows []goapp.UI
	for i := 0; i < len(cells); i += 7 {
		rows = append(rows, goapp.Elem("tr").Body(cells[i:min(i+7, len(cells))]...))
	}
	var head []goapp.UI
	for i := range 7 {
		d := local.weekdayLong(time.Weekday((int(local.firstDay) + i) % 7))
		head = append(head, goapp.Elem("th").Attr("scope", "col").Attr("abbr", d).Text(string([]rune(d)[:1])))
	}
	return goapp.Section().Class("card").Aria("labelledby", "ins-calendar").Body(
		goapp.H2().ID("ins-calendar").Text(tr("insights.calendar")),
		goapp.Elem("table").Class("calendar").DataSet("testid", "insight-calendar").Body(
			goapp.Elem("caption").Text(local.monthYear(first)),
			goapp.Elem("thead").Body(goapp.Elem("tr").Body(head...)),
			goapp.Elem("tbody").Body(rows...),
		),
		goapp.P().Class("hint").Text(tr("insights.calendar.hint")),
	)
}

func (p *insights) emotionSection() goapp.UI {
	return goapp.Section().Class("card").Aria("labelledby", "ins-feelings").Body(
		goapp.H2().ID("ins-feelings").Text(tr("insights.feelings")),
		goapp.If(len(p.emotions) == 0, func() goapp.UI {
			return goapp.P().Text(tr("insights.feelings.none", "exercise", tr("exercise.name-the-weather.title")))
		}).Else(func() goapp.UI {
			return goapp.Ul().Class("feelings").DataSet("testid", "insight-emotions").Body(
				goapp.Range(p.emotions).Slice(func(i int) goapp.UI {
					c := p.emotions[i]
					return goapp.Li().Body(goapp.Span().Class("feeling").Dir("auto").Text(c.Word), goapp.Text(" · "+trn("insights.feelings.times", c.N)))
				}),
			)
		}),
		goapp.If(len(p.emotions) > 0, func() goapp.UI {
			// The link goes where the sentence has {exercise}, which tr
			// leaves as written when given no value.
			before, after, _ := strings.Cut(tr("insights.feelings.hint"), "{exercise}")
			return goapp.P().Class("hint").Body(
				goapp.Text(before),
				goapp.A().Href("/exercises/name-the-weather").Text(tr("exercise.name-the-weather.title")),
				goapp.Text(after),
			)
		}),
	)
}

func (p *insights) weeksSection() goapp.UI {
	weeks := p.weeks[max(0, len(p.weeks)-8):]
	return goapp.Section().Class("card").Aria("labelledby", "ins-weeks").Body(
		goapp.H2().ID("ins-weeks").Text(tr("insights.weeks")),
		goapp.Ul().Class("wins").DataSet("testid", "insight-weeks").Body(
			goapp.Range(weeks).Slice(func(i int) goapp.UI {
				w := weeks[len(weeks)-1-i] // newest first
				text := tr("insights.week.quiet")
				if w.Days > 0 {
					text = trn("insights.week.days", w.Days) + " · " + trn("insights.wins", w.Wins) + " · " + trn("insights.exercises", w.Exercises)
				}
				if w.Checkins > 0 {
					text += " · " + trn("insights.week.words", w.Checkins, "absolutist", local.count(w.Absolutist))
				}
				return goapp.Li().Body(
					goapp.Span().Class("entry-meta").Text(tr("insights.week", "date", local.dayMonth(w.Start))+" "),
					goapp.Text(text),
				)
			}),
		),
	)
}

// sameFeeling is a feeling word in today's language, so one feeling named
// before and after a change of language is counted once; the person's own
// words stay as written.
func sameFeeling(word string) string {
	if id, ok := exercise.FeelingID(word); ok {
		return tr(exercise.WordKey(id))
	}
	return word
}
