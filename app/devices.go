package app

import (
	"time"

	"github.com/kindly/kindly/app/browser"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// devices is the Settings section that keeps the person's devices in
// step, with no account and nothing on a server: a sync file that any
// path can carry, and live pairing on the same network.
type devices struct {
	goapp.Compo

	busy   bool
	code   string // the one-time code that opens the file just made
	lock   bool   // the file just made opens with the lock's passphrase
	name   string
	err    error
	pair   string // "start" or "join" while pairing, else ""
	shared bool
}

// send writes the sync file and hands it to the share sheet where there
// is one (Chromium's refuses most files but passes text), else downloads.
func (c *devices) send(ctx goapp.Context, e goapp.Event) {
	c.busy, c.err, c.code, c.name = true, nil, "", ""
	ctx.Async(func() {
		now := time.Now()
		file, code, err := sealedFile(now)
		name := syncFileName(now)
		shared := false
		if err == nil {
			if browser.CanShareFiles() {
				err = browser.ShareFile(name, "text/plain", file)
				shared = err == nil
			}
			if !shared {
				err = browser.SaveFile(name, "text/plain", file)
			}
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			c.busy, c.err = false, err
			if err == nil {
				c.code, c.lock, c.name, c.shared = code, code == "", name, shared
				ctx.Defer(func(goapp.Context) { browser.Focus("sync-sent") })
			}
		})
	})
}

func (c *devices) startPairing(goapp.Context, goapp.Event) { c.pair = "start" }
func (c *devices) joinPairing(goapp.Context, goapp.Event)  { c.pair = "join" }
func (c *devices) pairingDone()                            { c.pair = "" }

func (c *devices) Render() goapp.UI {
	return goapp.Section().Class("card").Aria("labelledby", "settings-devices").Body(
		goapp.H2().ID("settings-devices").Text(tr("sync.title")),
		goapp.P().Text(tr("sync.lead")),
		goapp.Div().Class("actions").Body(
			goapp.Button().Class("button").DataSet("testid", "sync-send").Disabled(c.busy).OnClick(c.send).Text(tr("sync.send")),
		),
		slot(c.busy, func() goapp.UI { return goapp.P().Class("hint").Aria("live", "polite").Text(tr("sync.sealing")) }),
		slot(c.name != "", func() goapp.UI { return c.renderSent() }),
		slot(c.err != nil, func() goapp.UI { return alert(syncMessage(c.err)) }),
		goapp.P().Class("hint").Text(tr("sync.receive.hint")),
		goapp.H3().Text(tr("pair.title")),
		goapp.P().Text(tr("pair.lead")),
		goapp.If(c.pair != "", func() goapp.UI {
			return &pairPanel{Join: c.pair == "join", Done: c.pairingDone}
		}).Else(func() goapp.UI {
			return goapp.Div().Class("actions").Body(
				goapp.Button().Class("button").DataSet("testid", "pair-start").OnClick(c.startPairing).Text(tr("pair.start")),
				goapp.Button().Class("button quiet").DataSet("testid", "pair-join").OnClick(c.joinPairing).Text(tr("pair.join")),
			)
		}),
	)
}

// renderSent says where the file went and what opens it.
func (c *devices) renderSent() goapp.UI {
	where := tr("sync.sent.saved", "file", c.name)
	if c.shared {
		where = tr("sync.sent.shared", "file", c.name)
	}
	return goapp.Div().ID("sync-sent").TabIndex(-1).Class("sync-sent").Aria("live", "polite").Body(
		goapp.P().Class("success").Text(where),
		goapp.If(c.lock, func() goapp.UI {
			return goapp.P().Text(tr("sync.sent.lock"))
		}).Else(func() goapp.UI {
			return goapp.Div().Body(
				goapp.P().Text(tr("sync.sent.code")),
				goapp.P().Class("sync-code").DataSet("testid", "sync-code").Text(c.code),
				goapp.P().Class("hint").Text(tr("sync.sent.code.hint")),
			)
		}),
	)
}
