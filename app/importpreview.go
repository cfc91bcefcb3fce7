package app

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/backup"
	"github.com/kindly/kindly/internal/exercise"
	"github.com/kindly/kindly/internal/importer"
	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/store"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// importPreview takes another app's export from the chosen file to the
// journal: it reads the file, shows what will come in (and what will not),
// asks what each Daylio mood name means, and writes only on confirmation,
// all or nothing.
type importPreview struct {
	goapp.Compo

	// File is the chosen file; Done is told the result (nil: cancelled)
	// or the error that stopped the import.
	File *browser.ChosenFile
	Done func(result func() string, err error)

	ctx   goapp.Context
	stage string // "reading", "preview" or "writing"
	done  int64  // progress of the stage, of total
	total int64
	pct   int64 // the last percentage reported, of pctOf (the reading goroutine's)
	pctOf int64
	preview
}

func (p *importPreview) OnMount(ctx goapp.Context) {
	p.ctx, p.stage = ctx, "reading"
	f := p.File
	ctx.Async(func() {
		file, err := importer.Read(f, p.progress)
		var l journal.Loaded
		if err == nil {
			var s store.Store
			if s, err = db.open(); err == nil {
				l, err = journalOf(s).Load(context.Background())
			}
		}
		var pv preview
		if err == nil {
			pv, err = prepare(file, l.Entries, func(int, int) { browser.Yield() })
		}
		if err != nil {
			p.finish(nil, err)
			return
		}
		p.ctx.Dispatch(func(goapp.Context) {
			p.preview, p.stage = pv, "preview"
			p.ctx.Defer(func(goapp.Context) { browser.Focus("import-preview-heading") })
		})
	})
}

// progress is the reading or writing having reached done of total; the
// page hears of it once per percent, so a zip's many small reads do not
// each cost a render.
func (p *importPreview) progress(done, total int64) {
	if total <= 0 {
		return
	}
	pct := done * 100 / total
	if pct == p.pct && total == p.pctOf {
		return
	}
	p.pct, p.pctOf = pct, total
	p.ctx.Dispatch(func(goapp.Context) { p.done, p.total = done, total })
}

// finish hands the result to the Settings section, which unmounts this.
func (p *importPreview) finish(result func() string, err error) {
	p.ctx.Dispatch(func(goapp.Context) { p.Done(result, err) })
}

func (p *importPreview) onMood(key string) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) {
		v := ctx.JSSrc().Get("value").String()
		if v == unchosen {
			v = ""
		}
		p.chosen[key] = v
		p.resample()
	}
}

// unmapped is whether a mood name still waits for its place.
func (p *importPreview) unmapped() bool {
	for _, v := range p.chosen {
		if v == "" {
			return true
		}
	}
	return false
}

func (p *importPreview) onCancel(goapp.Context, goapp.Event) {
	p.Done(func() string { return tr("import.cancelled") }, nil)
}

func (p *importPreview) onConfirm(goapp.Context, goapp.Event) {
	if p.unmapped() || p.stage != "preview" {
		return
	}
	p.stage, p.done, p.total = "writing", 0, int64(len(p.file.Records))
	o, app := options(p.chosen), p.file.App
	// The bar's first half is turning records into entries, the second
	// storing them; the page gets the main thread back between batches.
	o.Progress = func(done, total int) {
		p.progress(int64(done), 2*int64(total))
		browser.Yield()
	}
	saving := func(done, total int) {
		p.progress(int64(total+done), 2*int64(total))
		browser.Yield()
	}
	file := p.file
	p.ctx.Async(func() {
		entries, _, err := file.Entries(o)
		var stats backup.Stats
		if err == nil {
			s, err2 := db.open()
			if err = err2; err == nil {
				stats, err = backup.ImportEntries(context.Background(), s, entries, saving)
			}
		}
		if err != nil {
			p.finish(nil, err)
			return
		}
		changed()
		p.finish(func() string {
			s := trn("import.done", stats.Added, "app", appName(app))
			if n := stats.Unchanged + stats.Updated; n > 0 {
				s += " " + trn("import.done.unchanged", n)
			}
			return s
		}, nil)
	})
}

// appName is the name of an app Kindly imports from.
func appName(app string) string { return tr("import.app." + app) }

func (p *importPreview) Render() goapp.UI {
	if p.stage != "preview" {
		label := tr("import.writing")
		if p.stage == "reading" {
			label = tr("import.reading", "file", p.File.Name)
		}
		return goapp.Div().Class("import-progress").DataSet("testid", "import-progress").Body(
			goapp.Label().For("import-bar").Text(label),
			goapp.Progress().ID("import-bar").Max(max(p.total, 1)).Value(p.done),
		)
	}
	f, s := p.file, p.summary
	return goapp.Section().Class("import-preview").DataSet("testid", "import-preview").Aria("labelledby", "import-preview-heading").Body(
		goapp.H3().ID("import-preview-heading").TabIndex(-1).Text(tr("import.heading", "app", appName(f.App))),
		goapp.P().DataSet("testid", "import-count").Text(trn("import.count", s.Entries)+" "+p.span()),
		goapp.If(p.fresh == 0, func() goapp.UI {
			return goapp.P().DataSet("testid", "import-new").Text(tr("import.nothing-new"))
		}).Else(func() goapp.UI {
			return goapp.P().DataSet("testid", "import-new").Text(trn("import.new", p.fresh))
		}),
		slot(p.present > 0 && p.fresh > 0, func() goapp.UI {
			return goapp.P().DataSet("testid", "import-present").Text(trn("import.present", p.present))
		}),
		goapp.Ul().Class("import-notes").Body(notes(f, s)...),
		slot(len(f.Lost) > 0, func() goapp.UI {
			return goapp.Div().DataSet("testid", "import-lost").Body(
				goapp.H4().Text(tr("import.lost.heading")),
				goapp.Ul().Body(lost(f.Lost)...),
				goapp.P().Class("hint").Text(tr("import.lost.hint", "app", appName(f.App))),
			)
		}),
		slot(len(p.moods) > 0, func() goapp.UI { return p.moodChoices() }),
		slot(len(p.samples) > 0, func() goapp.UI {
			items := make([]goapp.UI, len(p.samples))
			for i, e := range p.samples {
				items[i] = sampleItem(e)
			}
			return goapp.Div().Body(
				goapp.H4().Text(tr("import.samples")),
				goapp.Ul().Class("entry-list").DataSet("testid", "import-samples").Body(items...),
			)
		}),
		goapp.Div().Class("actions").Body(
			goapp.Button().Class("button").DataSet("testid", "import-confirm").Disabled(p.unmapped() || p.fresh == 0).
				OnClick(p.onConfirm).Text(tr("import.confirm")),
			goapp.Button().Class("button quiet").DataSet("testid", "import-cancel").OnClick(p.onCancel).Text(tr("import.cancel")),
		),
	)
}

// span is the dates the entries were written between.
func (p *importPreview) span() string {
	first, last := local.shortDay(p.summary.First), local.shortDay(p.summary.Last)
	if first == last {
		return tr("import.span.day", "first", first)
	}
	return tr("import.span", "first", first, "last", last)
}

// notes are the preview's remarks on times and on what is left out.
func notes(f *importer.File, s importer.Summary) []goapp.UI {
	var out []goapp.UI
	add := func(key string, n int) {
		if n > 0 {
			out = append(out, goapp.Li().DataSet("testid", "import-note").Text(trn(key, n)))
		}
	}
	add("import.shifted", s.Shifted)
	add("import.notime", f.NoTime)
	add("import.skipped.empty", f.Skipped["empty"])
	add("import.skipped.duplicate", f.Skipped["duplicate"])
	return out
}

// lostKinds are the things a file can hold that Kindly has no place for,
// in the order the preview lists them.
var lostKinds = []string{"photo", "video", "audio", "pdf", "location", "weather"}

func lost(l map[string]int) []goapp.UI {
	var out []goapp.UI
	for _, k := range lostKinds {
		if n := l[k]; n > 0 {
			out = append(out, goapp.Li().Text(trn("import.lost."+k, n)))
		}
	}
	var others []string
	for k, n := range l {
		if n > 0 && !slices.Contains(lostKinds, k) {
			others = append(others, k)
		}
	}
	slices.Sort(others)
	for _, k := range others {
		out = append(out, goapp.Li().Text(trn("import.lost.other", l[k], "what", k)))
	}
	return out
}

// unchosen is the value of a mood name's first option, "Choose…": go-app
// writes no value attribute for "", and the option's text would then be
// its value.
const unchosen = "ask"

// moodChoices asks where each of the file's mood names sits on Kindly's
// pleasantness scale; the usual names come chosen.
func (p *importPreview) moodChoices() goapp.UI {
	rows := make([]goapp.UI, len(p.moods))
	for i, m := range p.moods {
		key, id := importer.MoodKey(m.Name), "import-mood-"+strconv.Itoa(i)
		chosen := cmp.Or(p.chosen[key], unchosen)
		option := func(value, label string) goapp.UI {
			return goapp.Option().Value(value).Selected(value == chosen).Text(label)
		}
		opts := []goapp.UI{option(unchosen, tr("import.moods.choose"))}
		for v := 2; v >= -2; v-- {
			opts = append(opts, option(strconv.Itoa(v), tr(exercise.PleasantnessLabels[v+2])))
		}
		opts = append(opts, option("none", tr("import.moods.none")))
		rows[i] = goapp.Div().Class("import-mood").Body(
			goapp.Label().For(id).Text(trn("import.moods.uses", m.Count, "name", m.Name)),
			goapp.Select().ID(id).DataSet("testid", "import-mood").DataSet("name", key).
				OnChange(p.onMood(key)).Body(opts...),
		)
	}
	return goapp.Div().DataSet("testid", "import-moods").Body(
		goapp.H4().Text(tr("import.moods.heading")),
		goapp.P().Class("hint").Text(tr("import.moods.hint")),
		goapp.Div().Body(rows...),
		slot(p.unmapped(), func() goapp.UI {
			return goapp.P().Class("hint").DataSet("testid", "import-moods-missing").Text(tr("import.moods.missing"))
		}),
	)
}

// sampleItem is an entry as the journal will list it.
func sampleItem(e journal.Entry) goapp.UI {
	text := e.Text()
	if r := []rune(text); len(r) > 160 {
		text = string(r[:160]) + "…"
	}
	meta := local.shortDay(e.OccurredAt) + " · " + local.clock(e.OccurredAt) + " · " + kindName(e.Kind)
	if e.Mood != nil {
		meta += " · " + tr(exercise.PleasantnessLabels[e.Mood.Pleasantness+2])
	}
	words := strings.Join(append(append([]string{}, e.Emotions...), e.Tags...), ", ")
	return goapp.Li().Class("entry-item").DataSet("testid", "import-sample").Body(
		goapp.Span().Class("entry-meta").Text(meta),
		goapp.Span().Class("entry-text").Dir("auto").Text(text),
		slot(words != "", func() goapp.UI {
			return goapp.Span().Class("entry-feelings").Dir("auto").Text(words)
		}),
	)
}

// importMessage explains why another app's file was not imported, in the
// person's language, and where in the file the problem is.
func importMessage(err error) string {
	var e *importer.Error
	if !errors.As(err, &e) {
		return ""
	}
	s := tr("import.unchanged") + " " + tr("import.err."+string(e.Code), "format", e.Format, "detail", e.Detail)
	switch {
	case e.Line > 0:
		s += " " + tr("import.where.line", "line", local.count(e.Line))
	case e.Entry > 0:
		s += " " + tr("import.where.entry", "entry", local.count(e.Entry))
	}
	return s
}
