package app

import (
	"github.com/kindly/kindly/app/browser"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// unlockCard asks for the passphrase while the lock is locked. It sits on
// every page; the calm path and the built-in mantras work without it.
type unlockCard struct {
	goapp.Compo

	pass    string
	opening bool
	err     error
	ctx     goapp.Context
}

func (c *unlockCard) OnMount(ctx goapp.Context) { c.ctx = ctx }

func (c *unlockCard) onPass(ctx goapp.Context, e goapp.Event) {
	c.pass = ctx.JSSrc().Get("value").String()
}

func (c *unlockCard) onKey(ctx goapp.Context, e goapp.Event) {
	if e.Get("key").String() == "Enter" {
		c.pass = ctx.JSSrc().Get("value").String()
		c.onUnlock(ctx, e)
	}
}

func (c *unlockCard) onUnlock(goapp.Context, goapp.Event) {
	ctx, pass := c.ctx, c.pass
	if c.opening || pass == "" {
		return
	}
	c.opening, c.err = true, nil
	ctx.Async(func() {
		err := db.unlock(pass) // the shells hear of it and show the page
		ctx.Dispatch(func(goapp.Context) {
			c.opening, c.err = false, err
			if err != nil {
				browser.SetValue("unlock-pass", "")
				c.pass = ""
				browser.Focus("unlock-pass")
			}
		})
	})
}

func (c *unlockCard) Render() goapp.UI {
	label := tr("lock.unlock")
	if c.opening {
		label = tr("lock.unlocking")
	}
	return goapp.Section().Class("card lock").DataSet("testid", "locked").Aria("labelledby", "lock-heading").Body(
		goapp.H2().ID("lock-heading").Text(tr("lock.heading")),
		goapp.P().Text(tr("lock.text")),
		goapp.Label().For("unlock-pass").Class("field-label").Text(tr("lock.passphrase")),
		goapp.Input().Type("password").ID("unlock-pass").DataSet("testid", "passphrase").
			Attr("autocomplete", "current-password").OnInput(c.onPass).OnKeyDown(c.onKey),
		slot(c.err != nil, func() goapp.UI { return alert(storageMessage(c.err)) }),
		goapp.Div().Class("actions").Body(
			goapp.Button().Class("button").DataSet("testid", "unlock").Disabled(c.opening).OnClick(c.onUnlock).Text(label),
		),
	)
}
