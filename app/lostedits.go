package app

import (
	"context"
	"encoding/json"
	"time"

	"github.com/kindly/kindly/internal/backup"
	"github.com/kindly/kindly/internal/journal"
	ksync "github.com/kindly/kindly/internal/sync"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// lostEdits shows, once, the edits that lost to a delete made on another
// device without knowing of them, each with its first words, and lets the
// person keep any of them as a new record.
type lostEdits struct {
	goapp.Compo

	Conflicts []ksync.Conflict

	kept map[int]bool
	err  error
}

func (c *lostEdits) keep(i int) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) {
		lost := c.Conflicts[i].Lost
		ctx.Async(func() {
			s, err := db.open()
			if err == nil {
				err = backup.KeepConflict(context.Background(), s, db.clock(), time.Now(), lost)
			}
			ctx.Dispatch(func(goapp.Context) {
				c.err = err
				if err == nil {
					if c.kept == nil {
						c.kept = map[int]bool{}
					}
					c.kept[i] = true
					changed()
				}
			})
		})
	}
}

func (c *lostEdits) Render() goapp.UI {
	items := make([]goapp.UI, len(c.Conflicts))
	for i, x := range c.Conflicts {
		why := tr("sync.lost.there")
		if x.Here {
			why = tr("sync.lost.here")
		}
		items[i] = goapp.Li().Class("entry-item").DataSet("testid", "sync-lost").Body(
			goapp.Span().Class("entry-meta").Text(why),
			goapp.Span().Class("entry-text").Dir("auto").Text(firstWords(x.Lost)),
			goapp.If(c.kept[i], func() goapp.UI {
				return goapp.P().Class("success").Text(tr("sync.lost.kept"))
			}).Else(func() goapp.UI {
				return goapp.Button().Class("button quiet").DataSet("testid", "sync-keep").OnClick(c.keep(i)).Text(tr("sync.lost.keep"))
			}),
		)
	}
	return goapp.Div().Class("lost-edits").Body(
		goapp.H4().Text(tr("sync.lost.heading")),
		goapp.Ul().Class("entry-list").Body(items...),
		slot(c.err != nil, func() goapp.UI { return alert(syncMessage(c.err)) }),
	)
}

// firstWords is how a lost record is recognised: an entry's opening
// words, a mantra's, or a person's name.
func firstWords(r ksync.Record) string {
	var v struct {
		journal.Entry
		Text string `json:"text"`
		Name string `json:"name"`
	}
	_ = json.Unmarshal(r.Body, &v) // checked when the merge was planned
	text := v.Entry.Text()
	if text == "" {
		text = v.Text + v.Name
	}
	if runes := []rune(text); len(runes) > 120 {
		text = string(runes[:120]) + "…"
	}
	return text
}
